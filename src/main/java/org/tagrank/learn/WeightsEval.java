package org.tagrank.learn;

import org.tagrank.core.Dataset;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.Provenance;
import org.tagrank.core.Ties;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Helpers shared by the trainers: accuracy under a weight vector, and packing the result. */
final class WeightsEval {
    private WeightsEval() {
    }

    static int columns(Dataset data, Objective objective) {
        return data.kind() == LinearModel.Kind.LABELS ? objective.columns(data.labels().size()) : 1;
    }

    /** The largest weight array the trainers allocate (a Java array holds a little under 2^31 entries). */
    static final int MAX_WEIGHTS = Integer.MAX_VALUE - 8;

    /**
     * features × columns, the number of weights, or a message when no array holds them (was an ArithmeticException
     * "integer overflow", or an OutOfMemoryError "Requested array size exceeds VM limit" just under 2^31).
     */
    static int dimension(Dataset data, int columns) {
        long n = (long) data.features().size() * columns;
        if (n > MAX_WEIGHTS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the model would have %d features x %d "
                    + "weight columns = %d weights, more than a Java array holds (%d): raise the count cutoff%s",
                    data.features().size(), columns, n, MAX_WEIGHTS,
                    columns > data.labels().size() ? " or use a learner with one column per label, not all-vs-all" : ""));
        }
        return (int) n;
    }

    /**
     * Accuracy of {@code w} (times scale) on the data, deciding with the objective's rule; with
     * {@code tiesShareCredit} a gold candidate tied with t-1 others at the top counts 1/t (candidate data only:
     * label data under all-vs-all has a score per label pair, not per label).
     */
    static double accuracy(Dataset data, double[] w, double scale, int columns, Objective objective,
                           boolean tiesShareCredit) {
        double[] scores = new double[Math.max(data.maxOutputs(columns), columns)];
        double correct = 0;
        for (Instance x : data.instances()) {
            int n = x.numOutputs(columns);
            x.scores(w, scale, columns, scores);
            if (tiesShareCredit && data.kind() == LinearModel.Kind.CANDIDATES) { // one score per candidate
                correct += Ties.credit(scores, n, x.gold());
            } else if (objective.predict(scores, n) == x.gold()) {
                correct++;
            }
        }
        return correct / data.size();
    }

    static long nonZero(double[] w) {
        long n = 0;
        for (double v : w) {
            if (v != 0) {
                n++;
            }
        }
        return n;
    }

    static float[] toFloat(double[] w) {
        float[] f = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            f[i] = (float) w[i];
        }
        return f;
    }

    static LinearModel model(Dataset train, double[] w, TrainerConfig config, Objective objective, Map<String, String> scores) {
        return model(train, toFloat(w), config, objective, scores);
    }

    /** The trained model over float weights (the model copies them). */
    static LinearModel model(Dataset train, float[] w, TrainerConfig config, Objective objective, Map<String, String> scores) {
        Map<String, String> p = new LinkedHashMap<>(config.toMap());
        p.put("trainer.objective", objective == null ? "perceptron" : objective.name());
        p.put("train.instances", Integer.toString(train.size()));
        p.putAll(scores);
        Provenance provenance = new Provenance(p);
        if (train.kind() == LinearModel.Kind.CANDIDATES) {
            return LinearModel.forCandidates(train.features(), w, provenance);
        }
        LabelSet labels = train.labels();
        return LinearModel.forLabels(labels, train.features(), Trainers.decoding(config), w, provenance);
    }

    static String pct(double acc) {
        return String.format(Locale.ROOT, "%.4f", acc);
    }
}
