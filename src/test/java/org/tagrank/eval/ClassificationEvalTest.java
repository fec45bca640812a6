package org.tagrank.eval;

import org.junit.jupiter.api.Test;
import org.tagrank.core.LabelSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClassificationEvalTest {
    @Test
    void confusionEntriesKeepOneKeyOrderInJson() {
        ClassificationEval e = new ClassificationEval(LabelSet.of("A", "B", "C"));
        e.add(0, 1);
        e.add(0, 1);
        e.add(2, 0);
        e.add(1, 1);
        List<?> conf = (List<?>) e.toMap().get("top_confusions");
        assertEquals(2, conf.size());
        for (Object o : conf) {
            // the JSON must not depend on the JVM's hash seed: Map.of's iteration order does
            assertEquals(List.of("gold", "predicted", "count"), new ArrayList<>(((Map<?, ?>) o).keySet()));
        }
        assertEquals("[{\"gold\":\"A\",\"predicted\":\"B\",\"count\":2},{\"gold\":\"C\",\"predicted\":\"A\",\"count\":1}]",
                Json.write(conf));
    }
    @Test
    void macroF1IsTheMeanOverLabelsInGoldOrPredictions() {
        ClassificationEval e = new ClassificationEval(LabelSet.of("A", "B", "C", "D"));
        e.add(0, 0); // A: gold 2, predicted 1, tp 1: F1 2/3
        e.add(0, 2); // C: never gold, predicted once: F1 0 (it averaged only A and B, giving 5/6)
        e.add(1, 1); // B: F1 1; D: neither gold nor predicted, not listed
        List<ClassificationEval.LabelScores> per = e.perLabel();
        assertEquals(List.of("A", "B", "C"), per.stream().map(ClassificationEval.LabelScores::label).toList());
        assertEquals((2.0 / 3 + 1 + 0) / 3, e.macroF1(), 1e-12);
        assertEquals(per.stream().mapToDouble(ClassificationEval.LabelScores::f1).average().orElseThrow(), e.macroF1(), 1e-12);
    }

    @Test
    void theReportsColumnsLineUpWhateverTheLabelsLength() {
        String longLabel = "comp.os.ms-windows.misc.extra"; // longer than the 16 characters the table used to allow
        ClassificationEval e = new ClassificationEval(LabelSet.of("a", longLabel));
        e.add(0, 1);
        e.add(1, 0);
        e.add(1, 1);
        List<String> lines = e.report().lines().toList();
        int support = lines.get(1).indexOf("support") + "support".length(); // right-aligned numbers end here
        for (String row : lines.subList(2, 4)) {
            assertEquals(support + 9, row.indexOf('%'), "precision's % one 8-wide column after support: " + row);
        }
        List<String> confusions = lines.subList(5, lines.size());
        assertEquals(2, confusions.size());
        assertEquals(confusions.get(0).indexOf("->"), confusions.get(1).indexOf("->"), String.join("\n", confusions));
    }

    /** Merging over other labels mixed their counts (or threw an index error); bad ids threw index errors too. */
    @Test
    void mergingOtherLabelsAndOutOfRangeIdsAreRefused() {
        ClassificationEval two = new ClassificationEval(LabelSet.of("A", "B"));
        ClassificationEval three = new ClassificationEval(LabelSet.of("X", "Y", "Z"));
        three.add(2, 2);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> two.addAll(three));
        assertEquals(true, e.getMessage().startsWith("cannot merge evaluations over different label sets"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> three.addAll(two));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> two.add(-1, 0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> two.add(0, 2));
        assertEquals(0, two.total());
        ClassificationEval same = new ClassificationEval(LabelSet.of("A", "B"));
        same.add(1, 1);
        two.addAll(same);
        assertEquals(1, two.correct());
    }

    @Test
    void anEmptyEvaluationReportsNotApplicableRatherThanNaN() {
        ClassificationEval e = new ClassificationEval(LabelSet.of("A", "B"));
        assertEquals("accuracy n/a (0/0), macro-F1 n/a", e.report().lines().findFirst().orElseThrow());
        e.add(0, 0);
        e.add(0, 1);
        assertEquals("accuracy 50.00% (1/2), macro-F1 33.33%", e.report().lines().findFirst().orElseThrow());
    }
}
