package org.tagrank.learn;

import org.tagrank.core.Dataset;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** Batch training of a smooth objective with L-BFGS; epochs = iterations. */
public final class LbfgsTrainer implements Trainer {
    private final TrainerConfig config;
    private final Function<LabelSet, Objective> objectiveFactory;

    public LbfgsTrainer(TrainerConfig config, Function<LabelSet, Objective> objectiveFactory) {
        this.config = Objects.requireNonNull(config);
        this.objectiveFactory = Objects.requireNonNull(objectiveFactory);
    }

    @Override
    public TrainerConfig config() {
        return config;
    }

    @Override
    public LinearModel train(Dataset train, Dataset dev, TrainingListener listener) {
        train.requireGold("training data");
        Objective probe = objectiveFactory.apply(train.labels());
        if (!probe.smooth()) {
            throw new IllegalArgumentException("L-BFGS needs a smooth objective, not " + probe.name());
        }
        int columns = WeightsEval.columns(train, probe);
        ExecutorService executor = config.threads() > 1 ? Executors.newFixedThreadPool(config.threads() - 1, r -> {
            Thread t = new Thread(r, "tagrank-lbfgs");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            DatasetObjective f = new DatasetObjective(train, columns, config.l2(),
                    () -> objectiveFactory.apply(train.labels()), config.threads(), executor);
            double[] w = new double[f.dimension()];
            EarlyStopping<double[]> stopping = new EarlyStopping<>(config.patience(), config.tolerance(), dev != null);
            long start = System.nanoTime();
            long[] last = {start};
            int[] iterations = {0};
            new Lbfgs(10, config.epochs(), 1e-7).minimise(f, w, (it, value, gNorm, step, weights) -> {
                iterations[0] = it;
                if (!Double.isFinite(value)) {
                    throw TrainingDivergedException.in(it, "the objective became " + value, config);
                }
                TrainingDivergedException.requireFinite(weights, 1.0, it, config);
                double[] copy = weights.clone();
                double devAcc = dev == null ? Double.NaN : WeightsEval.accuracy(dev, copy, 1.0, columns, probe, config.devTiesShareCredit());
                double trainAcc = f.lastAccuracy(); // the accepted step was the last point evaluated
                long now = System.nanoTime();
                listener.onEpoch(new TrainingListener.EpochReport(it, config.epochs(), value, trainAcc, devAcc,
                        WeightsEval.nonZero(copy), train.size() / ((now - last[0]) / 1e9), (now - start) / 1_000_000,
                        gNorm, step));
                last[0] = now;
                return !stopping.record(it, devAcc, copy);
            });
            if (stopping.bestWeights() == null) { // no iteration accepted: converged at the start, or no step at all
                requireGradientZero(f, w, config.l2());
                stopping.record(0, dev == null ? Double.NaN : WeightsEval.accuracy(dev, w, 1.0, columns, probe, config.devTiesShareCredit()), w);
            }
            listener.onMessage(stopping.stopReason(iterations[0], config.epochs()));
            return WeightsEval.model(train, stopping.bestWeights(), config, probe, OnlineTrainer.scores(stopping, dev));
        } finally {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }

    /**
     * Without an accepted iteration the start was either optimal (a zero gradient: the zero model is right) or every
     * step from it raised the objective; then the zero weights were written as if converged ("done: 0 epochs").
     */
    private static void requireGradientZero(DatasetObjective f, double[] w, double l2) {
        double[] g = new double[f.dimension()];
        double value = f.valueAndGradient(w, g);
        double norm = Lbfgs.norm(g);
        if (!(norm < Lbfgs.GRADIENT_ZERO)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "L-BFGS found no step that lowers "
                    + "the objective from the zero weights (objective %s, gradient norm %s, l2 %s): the scores overflow "
                    + "(scale the feature values down) or the l2 is so large that zero weights are as good as optimal "
                    + "(lower it)", value, norm, l2));
        }
    }
}
