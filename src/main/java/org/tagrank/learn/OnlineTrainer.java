package org.tagrank.learn;

import org.tagrank.core.Dataset;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;

/** Online training of any {@link Objective} with SGD or AdaGrad, one shuffled example at a time. */
public final class OnlineTrainer implements Trainer {
    private final TrainerConfig config;
    private final Function<LabelSet, Objective> objectiveFactory;

    public OnlineTrainer(TrainerConfig config, Function<LabelSet, Objective> objectiveFactory) {
        this.config = Objects.requireNonNull(config);
        this.objectiveFactory = Objects.requireNonNull(objectiveFactory);
        if (config.optimizer() == TrainerConfig.OptimizerKind.LBFGS) {
            throw new IllegalArgumentException("OnlineTrainer runs sgd or adagrad, not lbfgs");
        }
    }

    @Override
    public TrainerConfig config() {
        return config;
    }

    @Override
    public LinearModel train(Dataset train, Dataset dev, TrainingListener listener) {
        train.requireGold("training data");
        Objective objective = objectiveFactory.apply(train.labels());
        int columns = WeightsEval.columns(train, objective);
        Optimizer opt = config.optimizer() == TrainerConfig.OptimizerKind.SGD
                ? new Sgd(config.learningRate(), config.l2()) : new AdaGrad(config.learningRate(), config.l2());
        opt.initialise(WeightsEval.dimension(train, columns));
        List<Instance> data = train.instances();
        int[] order = identity(data.size());
        SplittableRandom random = new SplittableRandom(config.seed());
        int width = Math.max(train.maxOutputs(columns), columns);
        double[] scores = new double[width];
        double[] grad = new double[width];
        EarlyStopping<double[]> stopping = new EarlyStopping<>(config.patience(), config.tolerance(), dev != null);
        long start = System.nanoTime();
        int epoch = 0;
        while (epoch < config.epochs()) {
            epoch++;
            long epochStart = System.nanoTime();
            shuffle(order, random);
            double loss = 0;
            int correct = 0;
            int done = 0;
            int nextReport = firstReport(listener, data.size()); // -1: no progress lines within epochs
            try {
                for (int i : order) {
                    Instance x = data.get(i);
                    int n = x.numOutputs(columns);
                    opt.step();
                    opt.touch(x, columns);
                    x.scores(opt.raw(), opt.scale(), columns, scores);
                    if (objective.predict(scores, n) == x.gold()) {
                        correct++;
                    }
                    loss += objective.lossAndGradient(x, scores, n, grad);
                    for (int o = 0; o < n; o++) {
                        if (grad[o] != 0) {
                            opt.update(x, columns, o, grad[o]);
                        }
                    }
                    opt.endExample();
                    if (++done == nextReport) {
                        nextReport = report(listener, epoch, config.epochs(), done, data.size(), loss / done, correct,
                                epochStart, start);
                    }
                }
            } catch (AdaGrad.Overflow e) {
                throw TrainingDivergedException.in(epoch, e.getMessage(), config);
            }
            // without dev data only the last epoch's weights are kept: no per-epoch copy
            boolean last = epoch == config.epochs();
            double[] w = dev != null || last ? opt.snapshot() : null;
            double devAcc = dev == null ? Double.NaN : WeightsEval.accuracy(dev, w, 1.0, columns, objective, config.devTiesShareCredit());
            long now = System.nanoTime();
            listener.onEpoch(new TrainingListener.EpochReport(epoch, config.epochs(), loss / data.size(),
                    correct / (double) data.size(), devAcc, WeightsEval.nonZero(w != null ? w : opt.raw()),
                    data.size() / ((now - epochStart) / 1e9), (now - start) / 1_000_000));
            if (!Double.isFinite(loss)) {
                throw TrainingDivergedException.in(epoch, "the training loss became " + loss, config);
            }
            TrainingDivergedException.requireFinite(w != null ? w : opt.raw(), w != null ? 1.0 : opt.scale(), epoch, config);
            if (w != null && stopping.record(epoch, devAcc, w)) {
                break;
            }
        }
        listener.onMessage(stopping.stopReason(epoch, config.epochs()));
        return WeightsEval.model(train, stopping.bestWeights(), config, objective, scores(stopping, dev));
    }

    /**
     * The example count of an epoch's first progress report, or -1 when the listener wants none (or the epoch is not
     * longer than its interval: the epoch line says it all).
     */
    static int firstReport(TrainingListener listener, int total) {
        int every = listener.progressEvery();
        return every > 0 && every < total ? every : -1;
    }

    /** Reports progress after {@code done} examples of the epoch; returns the count of the next report (-1: none). */
    static int report(TrainingListener listener, int epoch, int epochs, int done, int total, double loss, int correct,
                      long epochStart, long start) {
        long now = System.nanoTime();
        listener.onProgress(new TrainingListener.ProgressReport(epoch, epochs, done, total, loss, correct / (double) done,
                done / ((now - epochStart) / 1e9), (now - start) / 1_000_000));
        int every = listener.progressEvery();
        return done + every < total ? done + every : -1; // none at the very end: the epoch line follows
    }

    static Map<String, String> scores(EarlyStopping<?> stopping, Dataset dev) {
        if (dev == null) {
            return Map.of("train.best_epoch", Integer.toString(stopping.bestEpoch()));
        }
        return Map.of("train.best_epoch", Integer.toString(stopping.bestEpoch()),
                "score.dev_accuracy", WeightsEval.pct(stopping.bestDevAccuracy()));
    }

    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
