package org.tagrank.integration.opennlp;

import opennlp.tools.doccat.DocumentCategorizerEvaluator;
import opennlp.tools.doccat.DocumentSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;
import org.tagrank.task.classify.Document;
import org.tagrank.task.classify.NgramConfig;
import org.tagrank.task.classify.SyntheticDocs;
import org.tagrank.task.classify.TextClassifier;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagRankDocumentCategorizerTest {
    static TagRankDocumentCategorizer cat;

    @BeforeAll
    static void train() {
        TrainerConfig t = TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(5).patience(0).build();
        cat = new TagRankDocumentCategorizer(TextClassifier.train(SyntheticDocs.make(30, 1), null,
                NgramConfig.defaults(), t, TrainingListener.SILENT));
    }

    private static String[] tokens(String s) {
        return s.split(" ");
    }

    @Test
    void aNullTokenIsRefusedNotClassifiedAsTheWordNull() {
        for (java.util.function.Consumer<String[]> call : List.<java.util.function.Consumer<String[]>>of(
                cat::categorize, t -> cat.categorize(t, Map.of()), cat::scoreMap, cat::sortedScoreMap)) {
            NullPointerException e = assertThrows(NullPointerException.class,
                    () -> call.accept(new String[]{"some", null, "words"}));
            assertEquals("null token at position 1", e.getMessage());
        }
    }

    @Test
    void categoriesAndIndexes() {
        assertEquals(3, cat.getNumberOfCategories());
        for (int i = 0; i < 3; i++) {
            assertEquals(i, cat.getIndex(cat.getCategory(i)));
        }
        assertEquals(-1, cat.getIndex("no.such.group"));
    }

    @Test
    void categorizeMatchesTheClassifier() {
        String text = "the rocket launch to the planet";
        double[] p = cat.categorize(tokens(text));
        assertArrayEquals(cat.classifier().probabilities(text), p, 0.0);
        assertArrayEquals(p, cat.categorize(tokens(text), Map.of("ignored", 1)), 0.0);
        assertEquals("sci.space", cat.getBestCategory(p));
        assertEquals(1.0, java.util.Arrays.stream(p).sum(), 1e-9);
        assertTrue(cat.getAllResults(p).startsWith("rec.sport["), cat.getAllResults(p));
        assertThrows(IllegalArgumentException.class, () -> cat.getBestCategory(new double[2]));
    }

    @Test
    void scoreMaps() {
        String[] doc = tokens("the doctor and the patients");
        Map<String, Double> m = cat.scoreMap(doc);
        assertEquals(List.of("rec.sport", "sci.med", "sci.space"), List.copyOf(m.keySet()));
        SortedMap<Double, Set<String>> s = cat.sortedScoreMap(doc);
        assertEquals(Set.of("sci.med"), s.get(s.lastKey()));
        assertEquals(m.get("sci.med"), s.lastKey());
    }

    /** DocumentCategorizerME's scoreMap is a new HashMap the caller owns (and may trim); so is ours, in label order. */
    @Test
    void scoreMapIsTheCallersToChange() {
        String[] doc = tokens("the doctor and the patients");
        Map<String, Double> m = cat.scoreMap(doc);
        double med = m.remove("sci.med");
        m.keySet().retainAll(Set.of("sci.space"));
        assertEquals(Set.of("sci.space"), m.keySet());
        assertEquals(med, cat.scoreMap(doc).get("sci.med"));
        assertEquals(List.of("rec.sport", "sci.med", "sci.space"), List.copyOf(cat.scoreMap(doc).keySet()));
    }

    @Test
    void openNlpEvaluatorAgreesWithOwnAccuracy() {
        List<Document> docs = SyntheticDocs.make(20, 5);
        DocumentCategorizerEvaluator ev = new DocumentCategorizerEvaluator(cat);
        int correct = 0;
        for (Document d : docs) {
            ev.evaluateSample(new DocumentSample(d.label(), tokens(d.text())));
            if (cat.classifier().classify(d.text()).equals(d.label())) {
                correct++;
            }
        }
        assertEquals(docs.size(), ev.getDocumentCount());
        assertEquals(correct / (double) docs.size(), ev.getAccuracy(), 1e-12);
    }

    @Test
    void concurrentCallsGiveTheSameAnswers() throws Exception {
        List<Document> docs = SyntheticDocs.make(30, 9);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> fs = new java.util.ArrayList<>();
            for (Document d : docs) {
                fs.add(pool.submit(() -> cat.getBestCategory(cat.categorize(tokens(d.text())))));
            }
            for (int i = 0; i < docs.size(); i++) {
                assertEquals(cat.classifier().classify(docs.get(i).text()), fs.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
