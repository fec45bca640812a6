package org.tagrank.task.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.core.Contribution;
import org.tagrank.io.ModelFormatException;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextClassifierTest {
    @TempDir
    Path dir;

    static TextClassifier train(long seed) {
        TrainerConfig t = TrainerConfig.builder(TrainerConfig.Learner.SVM).optimizer(TrainerConfig.OptimizerKind.SGD)
                .l2(1e-4).learningRate(1).epochs(5).patience(0).seed(seed).build();
        NgramConfig f = new NgramConfig(List.of(Template.UNIGRAM, Template.BIGRAM, Template.SUBJECT),
                Weighting.LOG_TFIDF, true, 1);
        return TextClassifier.train(SyntheticDocs.make(40, 1), null, f, t, TrainingListener.SILENT);
    }

    @Test
    void learnsTheSyntheticTopics() {
        TextClassifier c = train(1);
        List<Document> test = SyntheticDocs.make(30, 99);
        int correct = 0;
        for (Document d : test) {
            if (c.classify(d.text()).equals(d.label())) {
                correct++;
            }
        }
        assertTrue(correct >= 0.9 * test.size(), "accuracy " + correct + "/" + test.size());
        assertEquals(SyntheticDocs.LABELS, c.labels().labels());
    }

    @Test
    void topKIsSortedAndProbabilitiesSumToOne() {
        TextClassifier c = train(1);
        List<Prediction> all = c.topK("the rocket launch to the planet", 3);
        assertEquals("sci.space", all.get(0).label());
        assertTrue(all.get(0).probability() >= all.get(1).probability());
        assertTrue(all.get(1).probability() >= all.get(2).probability());
        assertEquals(1.0, all.stream().mapToDouble(Prediction::probability).sum(), 1e-9);
        assertEquals(1, c.topK("x", 1).size());
        double[] p = c.probabilities("the rocket launch to the planet");
        assertEquals(all.get(0).probability(), p[c.labels().indexOf("sci.space")], 1e-12);
    }

    @Test
    void explainNamesTheTopicWords() {
        TextClassifier c = train(1);
        List<Contribution> why = c.explain("the doctor gave the drug", "sci.med", 2);
        assertEquals(2, why.size());
        assertTrue(why.stream().anyMatch(w -> w.feature().equals("w=doctor") || w.feature().equals("w=drug")), why.toString());
        assertThrows(IllegalArgumentException.class, () -> c.explain("x", "no.such.group", 2));
    }

    @Test
    void saveAndLoadGiveTheSamePredictions() throws IOException {
        TextClassifier c = train(1);
        Path f = dir.resolve("m.lin.zip");
        c.save(f);
        TextClassifier d = TextClassifier.load(f.toString());
        for (Document doc : SyntheticDocs.make(10, 7)) {
            assertArrayEquals(c.probabilities(doc.text()), d.probabilities(doc.text()), 0.0);
        }
        assertEquals(c.vectorizer().config(), d.vectorizer().config());
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherModel() throws IOException {
        Path a = dir.resolve("a.zip");
        Path b = dir.resolve("b.zip");
        Path other = dir.resolve("c.zip");
        train(5).save(a);
        train(5).save(b);
        train(6).save(other);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertTrue(!java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(other)));
    }

    @Test
    void nullArgumentsAreNamed() {
        TextClassifier c = train(1);
        for (org.junit.jupiter.api.function.Executable call : List.<org.junit.jupiter.api.function.Executable>of(
                () -> c.classify(null), () -> c.best(null), () -> c.topK(null, 2), () -> c.probabilities(null),
                () -> c.instance(null), () -> c.explain(null, "x", 1))) {
            assertEquals("text", assertThrows(NullPointerException.class, call).getMessage());
        }
        assertEquals("label", assertThrows(NullPointerException.class,
                () -> c.explain("some text", null, 1)).getMessage());
        TrainerConfig t = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(1).build();
        List<Document> docs = SyntheticDocs.make(3, 1);
        assertEquals("listener", assertThrows(NullPointerException.class,
                () -> TextClassifier.train(docs, null, NgramConfig.defaults(), t, null)).getMessage());
        assertEquals("trainer", assertThrows(NullPointerException.class,
                () -> TextClassifier.train(docs, null, NgramConfig.defaults(), null, TrainingListener.SILENT)).getMessage());
        assertEquals("features", assertThrows(NullPointerException.class,
                () -> TextClassifier.train(docs, null, null, t, TrainingListener.SILENT)).getMessage());
        assertEquals("train", assertThrows(NullPointerException.class,
                () -> TextClassifier.train(null, null, NgramConfig.defaults(), t, TrainingListener.SILENT)).getMessage());
        List<Document> withNull = new java.util.ArrayList<>(docs);
        withNull.add(null);
        assertEquals("dev: null document at position " + docs.size(), assertThrows(NullPointerException.class,
                () -> TextClassifier.train(docs, withNull, NgramConfig.defaults(), t, TrainingListener.SILENT)).getMessage());
    }

    @Test
    void devLabelsMustBeKnown() {
        TrainerConfig t = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(1).build();
        List<Document> dev = List.of(new Document("alt.unknown", "text"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextClassifier.train(
                SyntheticDocs.make(3, 1), dev, NgramConfig.defaults(), t, TrainingListener.SILENT));
        assertTrue(e.getMessage().contains("alt.unknown"), e.getMessage());
    }

    /**
     * A document without a label is named by its 1-based number, as one with an unknown label is: the dev one was
     * "dev data: instance 1 has no gold output" for the second document, the training one had no number at all.
     */
    @Test
    void documentsWithoutALabelAreNamedByNumber() {
        TrainerConfig t = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(1).build();
        List<Document> train = SyntheticDocs.make(3, 1);
        List<Document> dev = List.of(train.get(0), new Document(null, "text"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextClassifier.train(
                train, dev, NgramConfig.defaults(), t, TrainingListener.SILENT));
        assertEquals("dev document 2 has no label", e.getMessage());
        List<Document> unlabelled = new java.util.ArrayList<>(train);
        unlabelled.add(1, new Document(null, "text"));
        e = assertThrows(IllegalArgumentException.class, () -> TextClassifier.train(
                unlabelled, null, NgramConfig.defaults(), t, TrainingListener.SILENT));
        assertEquals("training document 2 has no label", e.getMessage());
    }

    @Test
    void aModelOfAnotherTaskIsRejected() throws IOException {
        TextClassifier c = train(1);
        Path f = dir.resolve("m.zip");
        org.tagrank.io.ModelIO.write(new org.tagrank.io.ModelBundle("pos", c.model()), f);
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> TextClassifier.load(f.toString()));
        assertTrue(e.getMessage().contains("'pos' model"), e.getMessage());
    }

    /** It said only "the classify model lacks its 'classify.properties' entry": which of the user's models? */
    @Test
    void aModelWithoutItsFeatureSettingsIsNamed() throws IOException {
        TextClassifier c = train(1);
        Path f = dir.resolve("m.zip");
        org.tagrank.io.ModelIO.write(new org.tagrank.io.ModelBundle("classify", c.model(),
                java.util.Map.of("classify-df.txt", "")), f);
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> TextClassifier.load(f.toString()));
        assertEquals(f + ": the classify model lacks its 'classify.properties' entry", e.getMessage());
    }

    /** A number that is none said Java's 'For input string: "x"', naming neither the entry nor the key. */
    @Test
    void aBadNumberInTheModelNamesItsKeyOrLine() throws IOException {
        TextClassifier c = train(1);
        org.tagrank.io.ModelBundle b = c.toBundle();
        String props = b.attachments().get("classify.properties");
        String df = b.attachments().get("classify-df.txt");
        String[][] cases = {
                {props.replaceAll("features.documents=\\d+", "features.documents=x"), df,
                        "bad classify model: classify.properties: features.documents is not a number: 'x'"},
                {props.replaceAll("features.cutoff=\\d+", "features.cutoff=1.5"), df,
                        "bad classify model: classify.properties: features.cutoff is not a number: '1.5'"},
                {props, secondLine(df, "z"),
                        "bad classify model: classify-df.txt line 2 is not a document count: 'z'"}};
        for (String[] k : cases) {
            Path f = dir.resolve("bad.zip");
            org.tagrank.io.ModelIO.write(new org.tagrank.io.ModelBundle("classify", c.model(),
                    java.util.Map.of("classify.properties", k[0], "classify-df.txt", k[1])), f);
            ModelFormatException e = assertThrows(ModelFormatException.class, () -> TextClassifier.load(f.toString()));
            assertEquals(f + ": " + k[2], e.getMessage());
        }
    }

    private static String secondLine(String text, String line) {
        String[] lines = text.split("\n", -1);
        lines[1] = line;
        return String.join("\n", lines);
    }
}
