package org.tagrank.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable, thread-safe trained linear model: {@code argmax_y w·f(x,y)}.
 *
 * <p>A label model ({@link Kind#LABELS}) scores a {@link LabelInstance} for each label; its
 * weights are feature-major with {@code columns} weights per input feature (one per label, or
 * one per label pair for all-vs-all voting). A candidate model ({@link Kind#CANDIDATES}) scores
 * each candidate of a {@link CandidateInstance} with one shared weight per feature.
 */
public final class LinearModel {

    public enum Kind { LABELS, CANDIDATES }

    /** How column scores become label scores. */
    public enum Decoding { ARGMAX, PAIRWISE_VOTE }

    private final Kind kind;
    private final Decoding decoding;
    private final LabelSet labels;
    private final FeatureIndex features;
    private final float[] weights;
    private final int columns;
    private final Provenance provenance;

    private LinearModel(Kind kind, Decoding decoding, LabelSet labels, FeatureIndex features, float[] weights,
                        Provenance provenance) {
        this(kind, decoding, labels, features, FiniteWeights.of(Objects.requireNonNull(weights, "weights")), provenance);
    }

    /** Over weights already checked to be finite (by {@link FiniteWeights}, or another model's). */
    private LinearModel(Kind kind, Decoding decoding, LabelSet labels, FeatureIndex features, FiniteWeights finite,
                        Provenance provenance) {
        float[] weights = finite.array();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.decoding = Objects.requireNonNull(decoding, "decoding");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.features = Objects.requireNonNull(features, "features");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(weights, "weights");
        if (kind == Kind.CANDIDATES) {
            if (decoding != Decoding.ARGMAX) {
                throw new IllegalArgumentException("candidate models decode by argmax only");
            }
            columns = 1;
        } else {
            if (labels.size() < 2) {
                throw new IllegalArgumentException("a label model needs at least 2 labels, got " + labels.size());
            }
            columns = decoding == Decoding.ARGMAX ? labels.size() : Pairs.count(labels.size());
        }
        long expected = (long) features.size() * columns;
        if (weights.length != expected) {
            throw new IllegalArgumentException("weights have length " + weights.length + ", expected "
                    + features.size() + " features x " + columns + " columns = " + expected);
        }
        this.weights = weights;
    }

    /** A label model; the weights array is copied. */
    public static LinearModel forLabels(LabelSet labels, FeatureIndex features, Decoding decoding, float[] weights,
                                        Provenance provenance) {
        return new LinearModel(Kind.LABELS, decoding, labels, features, Objects.requireNonNull(weights, "weights").clone(),
                provenance);
    }

    /**
     * A label model that takes over the weights array instead of copying it (model loading: a
     * tagger's dense weights are tens of MB). The caller must not keep or change the array.
     */
    public static LinearModel forLabelsTakingWeights(LabelSet labels, FeatureIndex features, Decoding decoding,
                                                     float[] weights, Provenance provenance) {
        return new LinearModel(Kind.LABELS, decoding, labels, features, weights, provenance);
    }

    /** {@link #forLabelsTakingWeights}, over weights checked where they were made (model loading). */
    public static LinearModel forLabelsTakingWeights(LabelSet labels, FeatureIndex features, Decoding decoding,
                                                     FiniteWeights weights, Provenance provenance) {
        return new LinearModel(Kind.LABELS, decoding, labels, features, Objects.requireNonNull(weights, "weights"),
                provenance);
    }

    /** A candidate-ranking model over weights checked where they were made (model loading), taken over. */
    public static LinearModel forCandidates(FeatureIndex features, FiniteWeights weights, Provenance provenance) {
        return new LinearModel(Kind.CANDIDATES, Decoding.ARGMAX, LabelSet.of(List.of()), features,
                Objects.requireNonNull(weights, "weights"), provenance);
    }

    /** A candidate-ranking model; the weights array is copied. */
    public static LinearModel forCandidates(FeatureIndex features, float[] weights, Provenance provenance) {
        return new LinearModel(Kind.CANDIDATES, Decoding.ARGMAX, LabelSet.of(List.of()), features,
                Objects.requireNonNull(weights, "weights").clone(), provenance);
    }

    /** Same weights, new provenance (weights are shared, which is safe as nobody mutates them). */
    public LinearModel withProvenance(Provenance p) {
        return new LinearModel(kind, decoding, labels, features, checkedWeights(), p);
    }

    /**
     * The same model without the input features whose weights are all zero (they never change a
     * score). Lossless only where feature extraction does not depend on which features exist
     * (e.g. not with normalisation over all features); the caller decides.
     */
    public LinearModel withoutZeroFeatures() {
        List<String> kept = new ArrayList<>();
        float[] out = new float[weights.length];
        int n = 0;
        for (int j = 0; j < features.size(); j++) {
            boolean zero = true;
            for (int c = 0; c < columns && zero; c++) {
                zero = weights[j * columns + c] == 0f;
            }
            if (!zero) {
                System.arraycopy(weights, j * columns, out, n * columns, columns);
                kept.add(features.name(j));
                n++;
            }
        }
        // a subset of this model's finite weights
        return new LinearModel(kind, decoding, labels, FeatureIndex.of(kept), FiniteWeights.checked(Arrays.copyOf(out, n * columns)),
                provenance);
    }

    /** This model's weights, finite since it was made, for another model over the same array. */
    private FiniteWeights checkedWeights() {
        return FiniteWeights.checked(weights);
    }

    public Kind kind() {
        return kind;
    }

    public Decoding decoding() {
        return decoding;
    }

    public LabelSet labels() {
        return labels;
    }

    public FeatureIndex features() {
        return features;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** Weight columns per input feature. */
    public int columns() {
        return columns;
    }

    public int numWeights() {
        return weights.length;
    }

    public float weight(int index) {
        return weights[index];
    }

    /** A copy of the weights. */
    public float[] weights() {
        return weights.clone();
    }

    /** The weights without a copy, for {@link SparseRows#of(LinearModel)} (same package; it only reads them). */
    float[] weightArray() {
        return weights;
    }

    /**
     * {@code scores[c] += Σ_k values[k] × w[ids[k]][c]} over k &lt; n, for every column c: a sparse input's scores in
     * one loop (the weights and the column count read once), as a decoder's hot path needs them, without copying the
     * weights or exposing them.
     */
    public void addRows(int[] ids, float[] values, int n, double[] scores) {
        float[] w = weights;
        int columns = this.columns;
        for (int k = 0; k < n; k++) {
            int base = ids[k] * columns;
            double v = values[k];
            for (int c = 0; c < columns; c++) {
                scores[c] += v * w[base + c];
            }
        }
    }

    /** Number of outputs (labels or candidates) the instance has under this model. */
    public int numOutputs(Instance x) {
        checkKind(x);
        return kind == Kind.LABELS ? labels.size() : x.numOutputs(columns);
    }

    /** Scores of every output, in a new array. */
    public double[] scores(Instance x) {
        double[] out = new double[Math.max(numOutputs(x), columns)];
        scores(x, out);
        return out.length == numOutputs(x) ? out : Arrays.copyOf(out, numOutputs(x));
    }

    /**
     * Writes the output scores into {@code out[0..numOutputs(x))}; {@code out} must hold at least
     * {@link #numOutputs(Instance)} entries (else an IllegalArgumentException, before anything is written).
     */
    public void scores(Instance x, double[] out) {
        checkKind(x);
        Objects.requireNonNull(out, "out");
        int outputs = kind == Kind.LABELS ? labels.size() : x.numOutputs(columns);
        if (out.length < outputs) { // was an index error inside Arrays.fill, or after writing part of out
            throw new IllegalArgumentException("out has " + out.length + " entries, the model needs " + outputs
                    + " for this instance");
        }
        if (decoding == Decoding.PAIRWISE_VOTE) {
            double[] col = new double[columns];
            x.scores(weights, columns, col);
            Pairs.votes(col, labels.size(), out);
        } else {
            x.scores(weights, columns, out);
        }
    }

    public int argmax(Instance x) {
        double[] s = scores(x);
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The k best outputs with softmax probabilities over all outputs' scores, best first (an unmodifiable list). */
    public List<ScoredOutput> topK(Instance x, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        double[] s = scores(x);
        double[] p = new double[s.length];
        Softmax.apply(s, s.length, p);
        Integer[] order = new Integer[s.length];
        for (int i = 0; i < s.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -s[i]).thenComparingInt(i -> i));
        List<ScoredOutput> out = new ArrayList<>();
        for (int r = 0; r < Math.min(k, s.length); r++) {
            int o = order[r];
            out.add(new ScoredOutput(o, kind == Kind.LABELS ? labels.label(o) : null, s[o], p[o]));
        }
        return List.copyOf(out);
    }

    /**
     * The {@code n} features that contributed most (by absolute value) to the score of
     * {@code output}. For all-vs-all models the weight is summed over the output's pair columns,
     * signed towards the output.
     */
    public List<Contribution> explain(Instance x, int output, int n) {
        checkKind(x);
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        List<Contribution> all = new ArrayList<>();
        if (x instanceof LabelInstance li) {
            if (output < 0 || output >= labels.size()) {
                throw new IllegalArgumentException("no label " + output);
            }
            SparseVector v = li.x();
            for (int i = 0; i < v.size(); i++) {
                int j = v.id(i);
                double w = labelWeight(j, output);
                if (w != 0) {
                    all.add(new Contribution(features.name(j), v.value(i), w));
                }
            }
        } else {
            CandidateInstance ci = (CandidateInstance) x;
            if (output < 0 || output >= ci.candidates().size()) {
                throw new IllegalArgumentException("no candidate " + output + " (the instance has "
                        + ci.candidates().size() + ")");
            }
            SparseVector v = ci.candidates().get(output);
            for (int i = 0; i < v.size(); i++) {
                double w = weights[v.id(i)];
                if (w != 0) {
                    all.add(new Contribution(features.name(v.id(i)), v.value(i), w));
                }
            }
        }
        all.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.contribution()))
                .thenComparing(Contribution::feature));
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }

    /** The weight of input feature j for label y (signed pair sum for all-vs-all). */
    public double labelWeight(int j, int y) {
        if (j < 0 || j >= features.size() || y < 0 || y >= labels.size()) {
            throw new IllegalArgumentException("no weight for feature " + j + " and label " + y + " (the model has "
                    + features.size() + " features, " + labels.size() + " labels)");
        }
        if (decoding == Decoding.ARGMAX) {
            return weights[j * columns + y];
        }
        int k = labels.size();
        double w = 0;
        for (int other = 0; other < k; other++) {
            if (other < y) {
                w -= weights[j * columns + Pairs.column(other, y, k)];
            } else if (other > y) {
                w += weights[j * columns + Pairs.column(y, other, k)];
            }
        }
        return w;
    }

    /** The instance is of this model's kind and over its features (an id beyond them was an index error deep inside). */
    private void checkKind(Instance x) {
        Objects.requireNonNull(x, "instance");
        if (kind == Kind.LABELS && !(x instanceof LabelInstance)) {
            throw new IllegalArgumentException("a label model cannot score a " + x.getClass().getSimpleName());
        }
        if (kind == Kind.CANDIDATES && !(x instanceof CandidateInstance)) {
            throw new IllegalArgumentException("a candidate model cannot score a " + x.getClass().getSimpleName());
        }
        int max = x.maxFeatureId();
        if (max >= features.size()) {
            throw new IllegalArgumentException("the instance uses feature id " + max + " but the model has "
                    + features.size() + " features");
        }
    }
}
