package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.tagrank.feature.WordVectors;
import org.tagrank.learn.DifferentiableFunction;
import org.tagrank.learn.Lbfgs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Embedding tag classes by a classifier, a cluster file for the {@code cl2} templates: a softmax regression from a
 * word's unit-length vector to its training tag distribution (one example per lowercased training word type with a
 * non-zero vector, soft targets = the type's tag shares, L2-regularised, fitted by L-BFGS), then every word of the
 * table gets the class of its predicted distribution ({@link NeighbourTagClasses#label}). Training words get the
 * prediction of a model fitted on the other half of the types (2-fold cross-fitting: their class never comes from
 * their own tags, as for the words the tagger will not know). Deterministic.
 */
public final class EmbeddingTagClassifier {

    /**
     * @param l2         weight of the L2 penalty (per type-averaged loss)
     * @param iterations L-BFGS iterations at most
     * @param maxCount   types seen more often than this in training are left out of the fit (they are not
     *                   like unknown words); {@code Integer.MAX_VALUE} keeps all
     * @param confidence the class ends with the bucket of the predicted probability of its best tag (as
     *                   {@link NeighbourTagClasses.Settings#confidence})
     */
    public record Settings(double l2, int iterations, int maxCount, double share, int maxTags, boolean confidence) {
        public Settings(double l2, int iterations, int maxCount, double share, int maxTags) {
            this(l2, iterations, maxCount, share, maxTags, false);
        }

        public Settings {
            if (!(l2 >= 0) || iterations < 1 || maxCount < 1 || maxTags < 1 || !(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("bad classifier settings: l2 " + l2 + ", iterations " + iterations
                        + ", max-count " + maxCount + ", share " + share + ", max-tags " + maxTags);
            }
        }
    }

    private EmbeddingTagClassifier() {
    }

    /** The class of every row of {@code vectors} (null for all-zero rows), in row order. */
    public static String[] compute(WordVectors vectors, NeighbourTagClasses.Counts counts, Settings settings) {
        int dim = vectors.dimension();
        float[] unit = vectors.unitRows();
        int nTags = counts.tags().size();
        String[] byId = counts.wordsById();
        IntArrayList rows = new IntArrayList();
        List<float[]> targets = new ArrayList<>();
        int[] typeOfRow = new int[vectors.size()];
        Arrays.fill(typeOfRow, -1);
        for (int id = 0; id < byId.length; id++) {
            int total = counts.total(id);
            int row = vectors.row(byId[id]);
            if (row < 0) {
                row = vectors.row(NeighbourTagClasses.digitsTo0(byId[id]));
            }
            if (row < 0 || WordVectors.isZeroRow(unit, row, dim) || typeOfRow[row] >= 0) {
                continue;
            }
            typeOfRow[row] = rows.size();
            if (total > settings.maxCount()) {
                rows.add(-1 - row); // kept for cross-fitting bookkeeping, not fitted
            } else {
                rows.add(row);
            }
            targets.add(counts.shares(id));
        }
        int n = rows.size();
        // fold of type t: t % 2; model f is fitted on the types of the other fold
        int[][] fits = new int[3][];
        for (int f = 0; f < 3; f++) {
            IntArrayList fit = new IntArrayList();
            for (int t = 0; t < n; t++) {
                if (rows.getInt(t) >= 0 && (f == 2 || t % 2 != f)) {
                    fit.add(t);
                }
            }
            fits[f] = fit.toIntArray();
        }
        requireTypes(fits, settings.maxCount());
        double[][] models = new double[3][];
        for (int f = 0; f < 3; f++) {
            models[f] = fit(unit, dim, nTags, rows, targets, fits[f], settings);
        }
        // only share, maxTags and confidence matter to label(); neighbours and minCount are unused there
        NeighbourTagClasses.Settings labels = new NeighbourTagClasses.Settings(1, 1, settings.share(), settings.maxTags(),
                settings.confidence());
        String[] out = new String[vectors.size()];
        IntStream.range(0, vectors.size()).parallel().forEach(r -> {
            if (WordVectors.isZeroRow(unit, r, dim)) {
                return;
            }
            int t = typeOfRow[r];
            double[] w = models[t < 0 ? 2 : t % 2];
            float[] scores = new float[nTags];
            for (int k = 0; k < nTags; k++) {
                double s = w[dim * nTags + k]; // bias
                for (int d = 0; d < dim; d++) {
                    s += w[d * nTags + k] * unit[r * dim + d];
                }
                scores[k] = (float) s;
            }
            softmaxInPlace(scores);
            out[r] = NeighbourTagClasses.label(scores, counts.tags(), labels);
        });
        return out;
    }

    /**
     * Every fit needs a type: the loss averaged over none was 0/0, NaN weights that L-BFGS accepted, and every word
     * got the first tag as its class.
     */
    private static void requireTypes(int[][] fits, int maxCount) {
        String seen = "seen at most " + maxCount + (maxCount == 1 ? " time" : " times") + " (max-count)";
        if (fits[2].length == 0) {
            throw new IllegalArgumentException("no training word with a vector is " + seen
                    + ": the classifier has nothing to fit");
        }
        if (fits[0].length == 0 || fits[1].length == 0) { // fits[f] holds the types of the half f does not label
            throw new IllegalArgumentException("the classifier is fitted on each half of the training words for the "
                    + "other (cross-fitting), but one half has no word with a vector " + seen + ": " + fits[1].length
                    + " and " + fits[0].length + " words");
        }
    }

    private static double[] fit(float[] unit, int dim, int nTags, IntArrayList rows, List<float[]> targets, int[] types,
                                Settings settings) {
        int p = (dim + 1) * nTags;
        DifferentiableFunction f = new DifferentiableFunction() {
            @Override
            public int dimension() {
                return p;
            }

            @Override
            public double valueAndGradient(double[] w, double[] grad) {
                Arrays.fill(grad, 0);
                double loss = 0;
                double[] z = new double[nTags];
                for (int t : types) {
                    int base = rows.getInt(t) * dim;
                    float[] y = targets.get(t);
                    double max = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < nTags; k++) {
                        double s = w[dim * nTags + k];
                        for (int d = 0; d < dim; d++) {
                            s += w[d * nTags + k] * unit[base + d];
                        }
                        z[k] = s;
                        max = Math.max(max, s);
                    }
                    double sum = 0;
                    for (int k = 0; k < nTags; k++) {
                        sum += Math.exp(z[k] - max);
                    }
                    double logSum = max + Math.log(sum);
                    for (int k = 0; k < nTags; k++) {
                        double prob = Math.exp(z[k] - logSum);
                        loss -= y[k] == 0 ? 0 : y[k] * (z[k] - logSum);
                        double g = prob - y[k];
                        grad[dim * nTags + k] += g;
                        for (int d = 0; d < dim; d++) {
                            grad[d * nTags + k] += g * unit[base + d];
                        }
                    }
                }
                double inv = 1.0 / types.length;
                loss *= inv;
                for (int i = 0; i < p; i++) {
                    grad[i] = grad[i] * inv + settings.l2() * w[i];
                    loss += 0.5 * settings.l2() * w[i] * w[i];
                }
                return loss;
            }
        };
        double[] w = new double[p];
        new Lbfgs(10, settings.iterations(), 1e-7).minimise(f, w, (it, value, g, step, x) -> true);
        return w;
    }

    private static void softmaxInPlace(float[] s) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int k = 0; k < s.length; k++) {
            s[k] = (float) Math.exp(s[k] - max);
            sum += s[k];
        }
        for (int k = 0; k < s.length; k++) {
            s[k] /= (float) sum;
        }
    }
}
