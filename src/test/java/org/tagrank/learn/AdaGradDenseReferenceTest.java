package org.tagrank.learn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseVector;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The lazy L2 of SGD (a global scale) and AdaGrad (catch-up shrinks) against dense references that touch every
 * weight at every step, on sparse label and candidate data where most weights sit out most steps. SGD:
 * w ← (1 − η_t λ) w − η_t ∇loss. AdaGrad, as its class comment says: a weight the example updates steps along
 * g + λw (whose square G_j adds up), every other weight shrinks by (1 − λη/√G_j). (Passes as is: a check.)
 */
class AdaGradDenseReferenceTest {
    private static final int FEATURES = 8;
    private static final double L2 = 0.05;
    private static final double RATE = 0.3;
    private static final int EPOCHS = 3;
    private static final long SEED = 9;

    static Dataset labels() {
        Random r = new Random(7);
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int y = r.nextInt(3);
            xs.add(new LabelInstance(SparseVector.of(new int[]{r.nextBoolean() ? y : r.nextInt(FEATURES), 3 + r.nextInt(5)},
                    new double[]{r.nextGaussian() + 1, r.nextGaussian()}), y));
        }
        return new Dataset(xs, LabelSet.of("a", "b", "c"), index());
    }

    static Dataset candidates() {
        return ToyData.randomCandidates(new Random(8), 30, FEATURES, 1);
    }

    static FeatureIndex index() {
        return ToyData.numbered(FEATURES);
    }

    @ParameterizedTest
    @CsvSource({"lr,sgd,labels", "lr,sgd,candidates", "svm,sgd,labels", "svm,sgd,candidates",
            "lr,adagrad,labels", "lr,adagrad,candidates", "svm,adagrad,labels", "svm,adagrad,candidates",
            "ova,adagrad,labels"})
    void lazyL2EqualsTheDenseUpdate(String learner, String optimizer, String kind) {
        Dataset d = kind.equals("labels") ? labels() : candidates();
        int columns = kind.equals("labels") ? 3 : 1;
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.parse(learner))
                .optimizer(TrainerConfig.OptimizerKind.parse(optimizer)).l2(L2).learningRate(RATE).epochs(EPOCHS)
                .seed(SEED).patience(0).build();
        float[] trained = Trainers.create(config).train(d, null, TrainingListener.SILENT).weights();
        Objective objective = switch (learner) {
            case "lr" -> new LogLoss();
            case "svm" -> new CostSensitiveHinge(CostFunction.ZERO_ONE);
            default -> new OneVsAllLogistic();
        };
        double[] w = dense(d, columns, objective, optimizer.equals("sgd"));
        for (int j = 0; j < w.length; j++) {
            assertEquals(w[j], trained[j], 1e-5 * Math.max(1, Math.abs(w[j])), "weight " + j);
        }
    }

    private static double[] dense(Dataset d, int columns, Objective objective, boolean sgd) {
        double[] w = new double[d.features().size() * columns];
        double[] sumSq = new double[w.length];
        int[] order = OnlineTrainer.identity(d.size());
        SplittableRandom random = new SplittableRandom(SEED);
        double[] scores = new double[8];
        double[] grad = new double[8];
        long t = 0;
        for (int e = 0; e < EPOCHS; e++) {
            OnlineTrainer.shuffle(order, random);
            for (int i : order) {
                Instance x = d.instances().get(i);
                int n = x.numOutputs(columns);
                if (sgd) {
                    double eta = RATE / (1 + RATE * L2 * t++);
                    for (int j = 0; j < w.length; j++) {
                        w[j] *= 1 - eta * L2;
                    }
                    x.scores(w, 1.0, columns, scores);
                    objective.lossAndGradient(x, scores, n, grad);
                    for (int o = 0; o < n; o++) {
                        x.addTo(w, columns, o, -eta * grad[o]);
                    }
                    continue;
                }
                x.scores(w, 1.0, columns, scores);
                objective.lossAndGradient(x, scores, n, grad);
                double[] g = new double[w.length];
                boolean[] updated = new boolean[w.length];
                for (int o = 0; o < n; o++) {
                    if (grad[o] != 0) {
                        SparseVector f = x.features(o, columns);
                        for (int k = 0; k < f.size(); k++) {
                            updated[f.id(k)] = true;
                            g[f.id(k)] += grad[o] * f.value(k);
                        }
                    }
                }
                for (int j = 0; j < w.length; j++) {
                    if (updated[j]) {
                        double total = g[j] + L2 * w[j];
                        sumSq[j] += total * total;
                        w[j] -= RATE * total / (Math.sqrt(sumSq[j]) + 1e-8);
                    } else {
                        w[j] *= 1 - RATE / (Math.sqrt(sumSq[j]) + 1e-8) * L2;
                    }
                }
            }
        }
        return w;
    }
}
