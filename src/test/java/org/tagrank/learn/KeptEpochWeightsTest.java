package org.tagrank.learn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.SparseVector;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Model selection on dev data keeps the weights of the epoch it reports: dev data change no update, so the model
 * kept at train.best_epoch = k equals, bit for bit, the model trained for k epochs without dev data. The L-BFGS
 * models are also the same with 1 and 3 gradient threads. (Passes as is: a check.)
 */
class KeptEpochWeightsTest {
    private static final int FEATURES = 8;

    static Dataset labels(long seed, int n) {
        Random r = new Random(seed);
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int y = r.nextInt(3);
            // label noise and a weak signal: the dev accuracy goes up and down over the epochs
            xs.add(new LabelInstance(SparseVector.of(new int[]{r.nextBoolean() ? y : r.nextInt(FEATURES),
                    r.nextInt(FEATURES), FEATURES - 1}, new double[]{r.nextGaussian() + 1, r.nextGaussian(), 1}), y));
        }
        return new Dataset(xs, LabelSet.of("a", "b", "c"), index());
    }

    static Dataset candidates(long seed, int n) {
        return ToyData.randomCandidates(new Random(seed), n, FEATURES, 0.7);
    }

    static FeatureIndex index() {
        return ToyData.numbered(FEATURES);
    }

    static TrainerConfig config(String learner, String optimizer, int epochs, int threads) {
        return TrainerConfig.builder(TrainerConfig.Learner.parse(learner))
                .optimizer(TrainerConfig.OptimizerKind.parse(optimizer)).epochs(epochs).patience(4).seed(3).l2(0.01)
                .threads(threads).build();
    }

    @ParameterizedTest
    @CsvSource({"perceptron,adagrad,labels", "perceptron,adagrad,candidates", "lr,sgd,labels", "lr,adagrad,labels",
            "lr,lbfgs,labels", "lr,adagrad,candidates", "lr,lbfgs,candidates", "svm,sgd,labels", "svm,adagrad,labels",
            "svm,adagrad,candidates", "ova,sgd,labels", "ova,lbfgs,labels", "ova,adagrad,candidates", "ava,sgd,labels",
            "ava,adagrad,labels", "ava,lbfgs,labels"})
    void theKeptModelIsTheOneOfItsEpoch(String learner, String optimizer, String kind) {
        boolean labels = kind.equals("labels");
        Dataset train = labels ? labels(11, 60) : candidates(11, 60);
        Dataset dev = labels ? labels(12, 40) : candidates(12, 40);
        dev = new Dataset(dev.instances(), train.labels(), train.features());
        LinearModel kept = Trainers.create(config(learner, optimizer, 15, 1)).train(train, dev, TrainingListener.SILENT);
        int best = Integer.parseInt(kept.provenance().get("train.best_epoch"));
        assertTrue(best >= 1 && best <= 15, "best epoch " + best);
        LinearModel plain = Trainers.create(config(learner, optimizer, best, 1)).train(train, null, TrainingListener.SILENT);
        assertEquals(Integer.toString(best), plain.provenance().get("train.best_epoch"));
        assertArrayEquals(plain.weights(), kept.weights(), "epoch " + best);
        if (optimizer.equals("lbfgs")) {
            LinearModel threads = Trainers.create(config(learner, optimizer, 15, 3)).train(train, dev, TrainingListener.SILENT);
            assertArrayEquals(kept.weights(), threads.weights(), "3 threads");
        }
    }
}
