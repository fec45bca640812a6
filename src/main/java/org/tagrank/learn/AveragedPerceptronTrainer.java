package org.tagrank.learn;

import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LinearModel;
import org.tagrank.core.SparseVector;
import org.tagrank.core.Ties;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Averaged perceptron with the cheap averaging trick: besides w, keep u += c·Δw at each
 * update (c = examples seen, the current one included); the average is w − u/c with c = T + 1 after T steps, the
 * mean of w_0 = 0, w_1, ..., w_T (T/(T+1) times the mean of the weights after each step: the same decisions), so
 * averaging costs nothing per example without a mistake.
 *
 * <p>Memory: w is kept as floats when that is exact (integral feature values and |w| provably
 * below 2^24, as with binary features), u as doubles; the average is never materialised in
 * doubles (dev accuracy scores w − u/c on the fly) and the best epoch's average is kept in one
 * reused float buffer, which is what the model stores. The result is the same as with double w
 * and a double copy of the average per epoch.
 */
public final class AveragedPerceptronTrainer implements Trainer {
    /** Floats hold every integer of magnitude up to 2^24 exactly. */
    private static final double FLOAT_EXACT = 1 << 24;

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
        x.scores(w, 1.0, columns, scores);
        int pred = predict(x, scores, x.numOutputs(columns));
        int gold = x.gold();
        if (pred != gold) {
            x.addTo(w, columns, gold, 1.0);
            x.addTo(w, columns, pred, -1.0);
            x.addTo(u, columns, gold, c);
            x.addTo(u, columns, pred, -c);
        }
        return pred;
    }

    /** As {@link #step(Instance, double[], double[], double, int, double[])} with float w (exact for integral updates below 2^24). */
    public static int step(Instance x, float[] w, double[] u, double c, int columns, double[] scores) {
        x.scores(w, columns, scores);
        int pred = predict(x, scores, x.numOutputs(columns));
        update(x, w, u, c, columns, pred);
        return pred;
    }

    /** As the float step, scoring only the touched weights (same prediction, same updates). */
    static int step(LabelInstance x, float[] w, double[] u, double c, TouchedRows touched, int columns, double[] scores) {
        touched.scores(x.x(), w, scores);
        int pred = argmax(scores, columns);
        if (update(x, w, u, c, columns, pred)) {
            touched.mark(x.x(), x.gold(), pred);
        }
        return pred;
    }

    /** The float update after predicting pred; whether there was one (a mistake). */
    private static boolean update(Instance x, float[] w, double[] u, double c, int columns, int pred) {
        int gold = x.gold();
        if (pred == gold) {
            return false;
        }
        x.addTo(w, columns, gold, 1f);
        x.addTo(w, columns, pred, -1f);
        x.addTo(u, columns, gold, c);
        x.addTo(u, columns, pred, -c);
        return true;
    }

    /**
     * The output a training step compares with the gold: the argmax (first of equals), except that a candidate
     * tying with the gold candidate at the top counts as a mistake against it. Candidates come in the input's order,
     * and data that lists the gold first was otherwise all "right" at zero weights: no update, an all-zero model.
     * (Labels keep the plain argmax: their order is the sorted label set's, and the shipped taggers depend on it.)
     */
    private static int predict(Instance x, double[] scores, int n) {
        int pred = argmax(scores, n);
        if (pred == x.gold() && x instanceof CandidateInstance) {
            for (int o = pred + 1; o < n; o++) {
                if (scores[o] == scores[pred]) {
                    return o;
                }
            }
        }
        return pred;
    }

    private static int argmax(double[] scores, int n) {
        int pred = 0;
        for (int o = 1; o < n; o++) {
            if (scores[o] > scores[pred]) {
                pred = o;
            }
        }
        return pred;
    }

    @Override
    public LinearModel train(Dataset train, Dataset dev, TrainingListener listener) {
        train.requireGold("training data");
        int columns = train.kind() == LinearModel.Kind.LABELS ? train.labels().size() : 1;
        int dim = WeightsEval.dimension(train, columns);
        List<Instance> data = train.instances();
        boolean exactFloat = floatExact(data, config.epochs());
        float[] wf = exactFloat ? new float[dim] : null;
        double[] wd = exactFloat ? null : new double[dim];
        double[] u = new double[dim];
        TouchedRows touched = exactFloat && train.kind() == LinearModel.Kind.LABELS && columns <= 64
                ? new TouchedRows(train.features().size(), columns) : null;
        float[] best = null; // the kept epoch's average, one buffer reused
        int[] order = OnlineTrainer.identity(data.size());
        SplittableRandom random = new SplittableRandom(config.seed());
        double[] scores = new double[Math.max(train.maxOutputs(columns), columns)];
        EarlyStopping<float[]> stopping = new EarlyStopping<>(config.patience(), config.tolerance(), dev != null);
        long start = System.nanoTime();
        double c = 1;
        int epoch = 0;
        int nextReport = OnlineTrainer.firstReport(listener, data.size()); // -1: no progress lines within epochs
        while (epoch < config.epochs()) {
            epoch++;
            long epochStart = System.nanoTime();
            OnlineTrainer.shuffle(order, random);
            int correct = 0;
            int done = 0;
            for (int i : order) {
                Instance x = data.get(i);
                int pred = touched != null ? step((LabelInstance) x, wf, u, c, touched, columns, scores)
                        : wf != null ? step(x, wf, u, c, columns, scores) : step(x, wd, u, c, columns, scores);
                if (pred == x.gold()) {
                    correct++;
                }
                c++;
                if (++done == nextReport) {
                    nextReport = OnlineTrainer.report(listener, epoch, config.epochs(), done, data.size(), Double.NaN,
                            correct, epochStart, start);
                }
            }
            nextReport = OnlineTrainer.firstReport(listener, data.size());
            double devAcc = dev == null ? Double.NaN : averagedAccuracy(dev, wf, wd, u, c, columns, touched,
                    config.devTiesShareCredit());
            // without dev data only the last epoch's average is kept: no copy before
            boolean keep = dev == null ? epoch == config.epochs() : stopping.improves(devAcc);
            if (keep && best == null) {
                best = new float[dim];
            }
            long nonZero = touched != null ? touched.average(wf, u, c, keep ? best : null, PARTS)
                    : average(wf, wd, u, c, keep ? best : null);
            long now = System.nanoTime();
            listener.onEpoch(new TrainingListener.EpochReport(epoch, config.epochs(), Double.NaN,
                    correct / (double) data.size(), devAcc, nonZero,
                    data.size() / ((now - epochStart) / 1e9), (now - start) / 1_000_000));
            if (stopping.record(epoch, devAcc, best)) {
                break;
            }
        }
        // an average beyond the float range was the model constructor's bare "weight 0 is not finite"; checked once,
        // on the kept weights (a scan per kept epoch cost the POS training ~0.3 s)
        TrainingDivergedException.requireFinite(stopping.bestWeights(), stopping.bestEpoch(), config);
        listener.onMessage(stopping.stopReason(epoch, config.epochs()));
        wf = null; // let the model's copy of the weights use their memory
        wd = null;
        u = null;
        return WeightsEval.model(train, stopping.bestWeights(), config, null, OnlineTrainer.scores(stopping, dev));
    }

    /**
     * Whether float w is exact: every feature value is an integer and no weight can reach 2^24
     * (each example moves a weight by at most twice the largest |value| per epoch).
     */
    static boolean floatExact(List<Instance> data, int epochs) {
        double maxAbs = 0;
        for (Instance x : data) {
            if (x instanceof LabelInstance li) {
                maxAbs = Math.max(maxAbs, maxAbsIntegral(li.x()));
            } else {
                for (SparseVector v : ((CandidateInstance) x).candidates()) {
                    maxAbs = Math.max(maxAbs, maxAbsIntegral(v));
                }
            }
            if (Double.isNaN(maxAbs)) {
                return false;
            }
        }
        return 2.0 * maxAbs * data.size() * epochs < FLOAT_EXACT;
    }

    /** The largest |value| of the vector, or NaN when a value is not an integer. */
    private static double maxAbsIntegral(SparseVector v) {
        if (v.isBinary()) {
            return v.size() == 0 ? 0 : 1;
        }
        double m = 0;
        for (int i = 0; i < v.size(); i++) {
            double a = Math.abs(v.value(i));
            if (a != Math.rint(a)) {
                return Double.NaN;
            }
            m = Math.max(m, a);
        }
        return m;
    }

    /** Chunks of the per-epoch passes over dev data and weights, run in parallel (sums do not depend on the split). */
    private static final int PARTS = 8;

    /**
     * Dev accuracy of the average w − u/c (one of wf, wd is null), argmax decisions; with {@code tiesShareCredit} a
     * gold candidate tied with t-1 others at the top counts 1/t.
     */
    private static double averagedAccuracy(Dataset dev, float[] wf, double[] wd, double[] u, double c, int columns,
                                           TouchedRows touched, boolean tiesShareCredit) {
        List<Instance> xs = dev.instances();
        int width = Math.max(dev.maxOutputs(columns), columns);
        double[] credit = new double[PARTS]; // summed in part order below: the same total for every thread schedule
        IntStream.range(0, PARTS).parallel().forEach(p -> {
            double[] scores = new double[width];
            double n = 0;
            for (int i = (int) ((long) xs.size() * p / PARTS); i < (int) ((long) xs.size() * (p + 1) / PARTS); i++) {
                Instance x = xs.get(i);
                if (touched != null && x instanceof LabelInstance li) {
                    touched.averagedScores(li.x(), wf, u, c, scores);
                } else if (wf != null) {
                    x.averagedScores(wf, u, c, columns, scores);
                } else {
                    x.averagedScores(wd, u, c, columns, scores);
                }
                if (tiesShareCredit && x instanceof CandidateInstance) {
                    n += Ties.credit(scores, x.numOutputs(columns), x.gold());
                } else if (argmax(scores, x.numOutputs(columns)) == x.gold()) {
                    n++;
                }
            }
            credit[p] = n;
        });
        double correct = 0;
        for (double n : credit) {
            correct += n;
        }
        return correct / dev.size();
    }

    /** Counts the non-zero averaged weights w − u/c and, when {@code out} is given, stores them there as floats. */
    private static long average(float[] wf, double[] wd, double[] u, double c, float[] out) {
        return IntStream.range(0, PARTS).parallel().mapToLong(p -> average(wf, wd, u, c, out,
                (int) ((long) u.length * p / PARTS), (int) ((long) u.length * (p + 1) / PARTS))).sum();
    }

    private static long average(float[] wf, double[] wd, double[] u, double c, float[] out, int from, int to) {
        long n = 0;
        if (wf != null) {
            for (int j = from; j < to; j++) {
                double a = wf[j] - u[j] / c;
                n += a != 0 ? 1 : 0;
                if (out != null) {
                    out[j] = (float) a;
                }
            }
        } else {
            for (int j = from; j < to; j++) {
                double a = wd[j] - u[j] / c;
                n += a != 0 ? 1 : 0;
                if (out != null) {
                    out[j] = (float) a;
                }
            }
        }
        return n;
    }
}
