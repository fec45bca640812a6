package org.tagrank.task.pos;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tagrank.core.ScoredOutput;
import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;
import org.tagrank.testutil.Fixtures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PosTaggerTest {
    static List<ConlluSentence> train;
    static List<ConlluSentence> dev;
    static ModelBundle bundle;
    static PosTagger tagger;

    @BeforeAll
    static void trainTinyModel() throws IOException {
        train = ConlluReader.readAll(Fixtures.resource("org/tagrank/task/pos/tiny-train.conllu"));
        dev = ConlluReader.readAll(Fixtures.resource("org/tagrank/task/pos/tiny-dev.conllu"));
        bundle = train(TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(10).patience(0).build());
        tagger = PosTagger.fromBundle(bundle);
    }

    static ModelBundle train(TrainerConfig config) throws IOException {
        PosTrainerSettings s = PosTrainerSettings.builder(PosTemplates.defaults(), config)
                .dictionary(new TagDictionary.Settings(2, 3, 0.99)).build();
        return PosTrainer.train(train, dev, s, TrainingListener.SILENT, Map.of("created.at", "2026-01-01T00:00:00Z"), "tiny");
    }

    @Test
    void tagsTheTrainingSentencesAndUnseenOnes() {
        TaggedSentence s = tagger.tag(List.of("The", "dog", "sleeps", "."));
        assertEquals(List.of("DT", "NN", "VBZ", "."), s.xpos());
        assertEquals(List.of("DET", "NOUN", "VERB", "PUNCT"), s.upos());
        TaggedSentence u = tagger.tag(List.of("The", "zorblax", "runs", "."));
        assertEquals(4, u.size());
        assertEquals("DT", u.xpos().get(0));
    }

    @Test
    void tagProbabilitiesNamesANullSequence() {
        List<String> words = List.of("The", "dog");
        assertEquals("sequence", assertThrows(NullPointerException.class,
                () -> tagger.tagProbabilities(words, null)).getMessage());
        assertEquals("sequence: null tag at position 1", assertThrows(NullPointerException.class,
                () -> tagger.tagProbabilities(words, java.util.Arrays.asList("DT", null))).getMessage());
    }

    @Test
    void uposRefusesATagTheModelDoesNotKnow() {
        assertEquals("NOUN", tagger.upos("NN", "dog"));
        assertEquals("xpos", assertThrows(NullPointerException.class, () -> tagger.upos(null, "dog")).getMessage());
        assertEquals("word", assertThrows(NullPointerException.class, () -> tagger.upos("NN", null)).getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tagger.upos("ZZZ", "dog"));
        assertTrue(e.getMessage().contains("'ZZZ'"), e.getMessage());
        // every tag of the model has an answer
        for (String t : tagger.tags().labels()) {
            assertTrue(tagger.upos(t, "dog") != null, t);
        }
    }

    @Test
    void longSentencesAreTaggedInFull() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            words.addAll(List.of("the", "cat", "sleeps"));
        }
        TaggedSentence s = tagger.tag(words);
        assertEquals(words.size(), s.size());
        assertFalse(s.xpos().contains("X"));
        assertEquals(words.size(), tagger.withBeam(4).tag(words).size());
    }

    @Test
    void beamAndGreedyAgreeOnEasyInput() {
        List<String> words = List.of("She", "reads", "a", "book", ".");
        assertEquals(tagger.tag(words).xpos(), tagger.withBeam(5).tag(words).xpos());
        assertThrows(IllegalArgumentException.class, () -> tagger.withBeam(0));
    }

    @Test
    void lexiconForcesAndRestricts() {
        List<String> words = List.of("The", "cat", "sleeps", ".");
        PosTagger forced = tagger.withLexicon(Lexicon.of(Map.of("cat", List.of("VB"))));
        assertEquals("VB", forced.tag(words).xpos().get(1));
        PosTagger restricted = tagger.withLexicon(Lexicon.of(Map.of("sleeps", List.of("NNS", "VBP"))));
        String t = restricted.tag(words).xpos().get(2);
        assertTrue(t.equals("NNS") || t.equals("VBP"), t);
        assertEquals("VBZ", tagger.tag(words).xpos().get(2), "the original tagger is unchanged");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tagger.withLexicon(Lexicon.of(Map.of("cat", List.of("NOPE")))));
        assertTrue(e.getMessage().contains("NOPE"));
    }

    @Test
    void topKIsSortedWithProbabilities() {
        List<List<ScoredOutput>> top = tagger.topK(List.of("The", "cat", "sleeps", "."), 3);
        assertEquals(4, top.size());
        for (List<ScoredOutput> row : top) {
            // fewer than 3 for a word whose tags the tag dictionary fixes or restricts
            assertTrue(row.size() >= 1 && row.size() <= 3, row.toString());
            for (int r = 1; r < row.size(); r++) {
                assertTrue(row.get(r - 1).probability() >= row.get(r).probability());
            }
            double sum = row.stream().mapToDouble(ScoredOutput::probability).sum();
            assertTrue(sum <= 1.0 + 1e-9 && sum > 0);
        }
        assertEquals("NN", top.get(1).get(0).label());
    }

    /**
     * topK and tagProbabilities give the tags the tagger may choose: a word the lexicon (or the tag
     * dictionary) fixes has that tag alone, with probability 1; one it restricts, only those tags.
     * The first of topK is the tag greedy tagging gives.
     */
    @Test
    void topKAndTagProbabilitiesHonourTheLexiconAndTheFirstIsTheTag() {
        List<String> words = List.of("The", "cat", "sleeps", ".");
        PosTagger forced = tagger.withLexicon(Lexicon.of(Map.of("cat", List.of("VB"))));
        List<ScoredOutput> cat = forced.topK(words, 3).get(1);
        assertEquals(1, cat.size(), cat.toString());
        assertEquals("VB", cat.get(0).label());
        assertEquals(1.0, cat.get(0).probability(), 1e-12);
        assertEquals(1.0, forced.tagProbabilities(words, forced.tag(words).xpos())[1], 1e-12);
        assertEquals(0.0, forced.tagProbabilities(words, List.of("DT", "NN", "VBZ", "."))[1], 0.0,
                "a tag the lexicon rules out has probability 0");

        PosTagger restricted = tagger.withLexicon(Lexicon.of(Map.of("sleeps", List.of("NNS", "VBP"))));
        List<ScoredOutput> sleeps = restricted.topK(words, 5).get(2);
        assertEquals(2, sleeps.size(), sleeps.toString());
        assertEquals(java.util.Set.of("NNS", "VBP"), java.util.Set.of(sleeps.get(0).label(), sleeps.get(1).label()));
        assertEquals(1.0, sleeps.get(0).probability() + sleeps.get(1).probability(), 1e-9);
        assertEquals(restricted.tag(words).xpos().get(2), sleeps.get(0).label());
        for (PosTagger t : List.of(tagger, forced, restricted)) {
            List<String> tags = t.tag(words).xpos();
            List<List<ScoredOutput>> top = t.topK(words, 1);
            for (int i = 0; i < words.size(); i++) {
                assertEquals(tags.get(i), top.get(i).get(0).label(), words.get(i));
            }
        }
    }

    @Test
    void explainNamesFeaturesOfTheChosenTag() {
        var c = tagger.explain(List.of("The", "cat", "sleeps", "."), 1, 5);
        assertFalse(c.isEmpty());
        assertTrue(c.stream().allMatch(x -> x.feature().endsWith("∧ NN")), c.toString());
    }

    @Test
    void sameDataSameSeedSameBytesAndRoundTrip() throws IOException {
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(5).patience(0).seed(9).build();
        byte[] a = bytes(train(config));
        byte[] b = bytes(train(config));
        assertArrayEquals(a, b);
        PosTagger loaded = PosTagger.fromBundle(ModelIO.read(new ByteArrayInputStream(bytes(bundle)), "pos", "mem"));
        for (ConlluSentence s : train) {
            assertEquals(tagger.tag(s.forms()), loaded.tag(s.forms()));
        }
    }

    @Test
    void everyLearnerTrainsATagger() throws IOException {
        for (TrainerConfig.Learner l : List.of(TrainerConfig.Learner.LR, TrainerConfig.Learner.SVM, TrainerConfig.Learner.OVA)) {
            PosTagger t = PosTagger.fromBundle(train(TrainerConfig.builder(l).epochs(15).patience(0).learningRate(0.5).build()));
            assertEquals(List.of("DT", "NN", "VBZ", "."), t.tag(List.of("The", "cat", "sleeps", ".")).xpos(), l.id());
        }
    }

    @Test
    void evaluationCountsUnknownWordsAndSentences() {
        PosEvaluation e = PosEvaluation.run(tagger, dev);
        assertEquals(9, e.tokens());
        assertTrue(e.unknownTokens() >= 1, "'ca' and 'n't' are not in the fixture's training data");
        Map<String, Object> m = e.toMap();
        assertTrue(m.keySet().containsAll(List.of("n", "accuracy", "unknown_accuracy", "sentence_accuracy")));
    }

    @Test
    void everyMethodTakingWordsRefusesANullOrEmptyTokenWithItsPosition() {
        List<String> withNull = java.util.Arrays.asList("The", null, ".");
        List<String> withEmpty = List.of("The", "", ".");
        List<java.util.function.Consumer<List<String>>> calls = List.of(
                w -> tagger.tag(w),
                w -> tagger.tagIds(w),
                w -> tagger.topK(w, 2),
                w -> tagger.kBest(w, 2),
                w -> tagger.tagProbabilities(w, List.of("DT", "NN", ".")),
                w -> tagger.explain(w, 0, 3));
        for (int c = 0; c < calls.size(); c++) {
            var call = calls.get(c);
            NullPointerException npe = assertThrows(NullPointerException.class, () -> call.accept(withNull), "call " + c);
            assertEquals("null token at position 1", npe.getMessage(), "call " + c);
            IllegalArgumentException iae = assertThrows(IllegalArgumentException.class, () -> call.accept(withEmpty), "call " + c);
            assertEquals("empty token at position 1", iae.getMessage(), "call " + c);
        }
    }

    @Test
    void explainRefusesANegativeFeatureCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tagger.explain(List.of("The", "cat", "sleeps", "."), 1, -1));
        assertEquals("n must be >= 0, got -1", e.getMessage());
        assertEquals(List.of(), tagger.explain(List.of("The", "cat", "sleeps", "."), 1, 0));
    }

    private static byte[] bytes(ModelBundle b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelIO.write(b, out);
        return out.toByteArray();
    }
}
