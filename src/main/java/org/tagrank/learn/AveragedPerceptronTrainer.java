package org.tagrank.learn;

import org.tagrank.core.Dataset;
import org.tagrank.core.Instance;
import org.tagrank.core.LinearModel;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Averaged perceptron with the cheap averaging trick: besides w, keep u += c·Δw at each
 * update (c = examples seen); the average is w − u/c, so averaging costs nothing per
 * example without a mistake.
 */
public final class AveragedPerceptronTrainer implements Trainer {
    private final TrainerConfig config;

    public AveragedPerceptronTrainer(TrainerConfig config) {
        this.config = Objects.requireNonNull(config);
    }

    @Override
    public TrainerConfig config() {
        return config;
    }

    /**
     * One perceptron step: predicts with w and, on a mistake, moves w towards the gold output
     * and away from the prediction (and u by c times that). Returns the prediction.
     */
    public static int step(Instance x, double[] w, double[] u, double c, int columns, double[] scores) {
        int n = x.numOutputs(columns);
        x.scores(w, 1.0, columns, scores);
        int pred = 0;
        for (int o = 1; o < n; o++) {
            if (scores[o] > scores[pred]) {
                pred = o;
            }
        }
        int gold = x.gold();
        if (pred != gold) {
            x.addTo(w, columns, gold, 1.0);
            x.addTo(w, columns, pred, -1.0);
            x.addTo(u, columns, gold, c);
            x.addTo(u, columns, pred, -c);
        }
        return pred;
    }

    @Override
    public LinearModel train(Dataset train, Dataset dev, TrainingListener listener) {
        train.requireGold("training data");
        int columns = train.kind() == LinearModel.Kind.LABELS ? train.labels().size() : 1;
        int dim = Math.multiplyExact(train.features().size(), columns);
        double[] w = new double[dim];
        double[] u = new double[dim];
        List<Instance> data = train.instances();
        int[] order = OnlineTrainer.identity(data.size());
        SplittableRandom random = new SplittableRandom(config.seed());
        double[] scores = new double[Math.max(train.maxOutputs(columns), columns)];
        Objective argmax = new LogLoss();
        EarlyStopping stopping = new EarlyStopping(config.patience(), dev != null);
        long start = System.nanoTime();
        double c = 1;
        int epoch = 0;
        while (epoch < config.epochs()) {
            epoch++;
            long epochStart = System.nanoTime();
            OnlineTrainer.shuffle(order, random);
            int correct = 0;
            for (int i : order) {
                Instance x = data.get(i);
                if (step(x, w, u, c, columns, scores) == x.gold()) {
                    correct++;
                }
                c++;
            }
            double[] avg = new double[dim];
            for (int j = 0; j < dim; j++) {
                avg[j] = w[j] - u[j] / c;
            }
            double devAcc = dev == null ? Double.NaN : WeightsEval.accuracy(dev, avg, 1.0, columns, argmax);
            long now = System.nanoTime();
            listener.onEpoch(new TrainingListener.EpochReport(epoch, config.epochs(), Double.NaN,
                    correct / (double) data.size(), devAcc, WeightsEval.nonZero(avg),
                    data.size() / ((now - epochStart) / 1e9), (now - start) / 1_000_000));
            if (stopping.record(epoch, devAcc, avg)) {
                break;
            }
        }
        listener.onMessage(stopping.stopReason(epoch, config.epochs()));
        return WeightsEval.model(train, stopping.bestWeights(), config, null, OnlineTrainer.scores(stopping, dev));
    }
}
