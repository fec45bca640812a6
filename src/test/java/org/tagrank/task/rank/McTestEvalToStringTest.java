package org.tagrank.task.rank;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Printing {@code ranker.evaluate(stories)} showed {@code McTestEval@1b2c3d}; it now shows its figures. */
class McTestEvalToStringTest {
    @Test
    void toStringGivesTheFigures() { // q1 ranked first (1); q2 tied first with one other (accuracy 1/2, RR 3/4)
        McTestEval e = new McTestEval();
        e.add(new McTestQuestion("q1", McTestQuestion.Type.ONE, List.of("a", "b", "c", "d"), 1), new double[]{0, 2, 1, 0});
        e.add(new McTestQuestion("q2", McTestQuestion.Type.MULTIPLE, List.of("a", "b", "c", "d"), 0), new double[]{1, 1, 0, 0});
        assertEquals("McTestEval[n=2, accuracy=0.7500, accuracy_one=1.0000, accuracy_multiple=0.5000, mrr=0.8750]",
                e.toString());
    }
}
