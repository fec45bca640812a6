package org.tagrank.learn;

import org.junit.jupiter.api.Test;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.SparseVector;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Candidate data that lists the gold candidate first (as generated ranking files often do): at zero weights every
 * candidate ties and the first one "wins", so the perceptron counted every example right, never updated and wrote
 * an all-zero model (train-acc 100%, |w|≠0 0), which ranks unseen data by input order.
 */
class PerceptronCandidateTiesTest {

    @Test
    void aTieWithTheGoldCandidateIsAMistake() {
        Dataset goldFirst = data(true);
        LinearModel m = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(3).build())
                .train(goldFirst, null, TrainingListener.SILENT);
        int strictlyBest = 0;
        for (Instance x : data(false).instances()) {
            double[] s = m.scores(x);
            boolean best = true;
            for (int o = 0; o < s.length; o++) {
                best &= o == x.gold() || s[o] < s[x.gold()];
            }
            strictlyBest += best ? 1 : 0;
        }
        // separable data: the gold's match feature is always the highest, so a learned model puts it strictly first
        assertTrue(strictlyBest == 40, strictlyBest + " of 40 examples with the gold strictly first");
    }

    /** 40 examples of 3 candidates: the gold has match 2..3, the others 0..1; gold first, or last when not. */
    private static Dataset data(boolean goldFirst) {
        Random r = new Random(7);
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int gold = goldFirst ? 0 : 2;
            List<SparseVector> cands = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                double match = c == gold ? 2 + r.nextInt(2) : r.nextInt(2);
                cands.add(SparseVector.of(new int[]{0, 1}, new double[]{match, 1 + r.nextInt(3)}));
            }
            xs.add(new CandidateInstance(cands, gold));
        }
        return new Dataset(xs, LabelSet.of(List.of()), FeatureIndex.of(List.of("match", "len")));
    }
}
