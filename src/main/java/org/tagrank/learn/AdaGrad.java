package org.tagrank.learn;

import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.SparseVector;

/**
 * AdaGrad (per-coordinate step η / √G_j) with lazy L2. A coordinate the example updates steps along its loss
 * gradient plus λw_j, and that sum's square is added to G_j; a coordinate it does not update is only shrunk, by
 * (1 − η_j λ) per step with η_j = η / √G_j, a step of its own that adds nothing to G_j (so this is not AdaGrad on
 * the full gradient g + λw of every coordinate, which would grow every G_j each step). G_j does not change while the
 * coordinate is untouched, so shrinking it by (1 − η_j λ)^Δ when next read equals that shrink at each of the Δ steps
 * (AdaGradDenseReferenceTest). The candidates of a ranking example share
 * features: their gradients are summed per weight and applied once at {@link #endExample()}, with one
 * L2 term and one addition to G_j, so that the step is the example's gradient (applied candidate by
 * candidate, a weight every candidate has, whose gradients sum to zero under the softmax, still moved).
 */
public final class AdaGrad implements Optimizer {
    private static final double EPS = 1e-8;
    private final double eta;
    private final double l2;
    private double[] w;
    private double[] sumSq;
    private int[] last;
    private int t;
    /** The summed gradient of the current candidate example's weights, which weights it has, and the step each got one. */
    private double[] pending;
    private int[] pendingIds;
    private int numPending;
    private int[] pendingStep;

    public AdaGrad(double learningRate, double l2) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("l2 must be >= 0, got " + l2);
        }
        this.eta = learningRate;
        this.l2 = l2;
    }

    @Override
    public void initialise(int dimension) {
        w = new double[dimension];
        sumSq = new double[dimension];
        last = new int[dimension];
        t = 0;
        pending = null; // made by the first ranking example: label examples never need them (POS: 50 columns)
        pendingStep = null;
        pendingIds = new int[16];
        numPending = 0;
    }

    @Override
    public double[] raw() {
        return w;
    }

    @Override
    public double scale() {
        return 1.0;
    }

    @Override
    public void step() {
        t++;
    }

    @Override
    public void touch(Instance x, int columns) {
        if (l2 == 0) {
            return;
        }
        if (x instanceof LabelInstance li) {
            SparseVector v = li.x();
            for (int i = 0; i < v.size(); i++) {
                int base = v.id(i) * columns;
                for (int c = 0; c < columns; c++) {
                    catchUp(base + c);
                }
            }
        } else {
            for (SparseVector v : ((CandidateInstance) x).candidates()) {
                for (int i = 0; i < v.size(); i++) {
                    catchUp(v.id(i));
                }
            }
        }
    }

    private void catchUp(int j) {
        int pending = t - 1 - last[j];
        if (pending > 0 && w[j] != 0) {
            w[j] *= decay(eta / (Math.sqrt(sumSq[j]) + EPS) * l2, pending);
        }
        last[j] = t - 1;
    }

    /**
     * (1 − x)^n. For the usual small n·x a second-order expansion (relative error below 1e-12
     * when n·x &lt; 1e-4) avoids Math.pow, which dominated training time.
     */
    static double decay(double x, int n) {
        double nx = n * x;
        if (nx < 1e-4) {
            return 1.0 - nx + 0.5 * n * (n - 1.0) * x * x;
        }
        return Math.pow(Math.max(0.0, 1.0 - x), n);
    }

    @Override
    public void update(Instance x, int columns, int output, double grad) {
        if (x instanceof LabelInstance li) {
            SparseVector v = li.x();
            for (int i = 0; i < v.size(); i++) {
                apply(v.id(i) * columns + output, grad * v.value(i));
            }
        } else {
            SparseVector v = ((CandidateInstance) x).candidates().get(output);
            if (pending == null) {
                pending = new double[w.length];
                pendingStep = new int[w.length];
            }
            for (int i = 0; i < v.size(); i++) {
                int j = v.id(i);
                if (pendingStep[j] != t) { // first gradient of this weight in this example
                    pendingStep[j] = t;
                    if (numPending == pendingIds.length) {
                        pendingIds = java.util.Arrays.copyOf(pendingIds, 2 * numPending);
                    }
                    pendingIds[numPending++] = j;
                }
                pending[j] += grad * v.value(i);
            }
        }
    }

    @Override
    public void endExample() {
        for (int k = 0; k < numPending; k++) {
            int j = pendingIds[k];
            double g = pending[j];
            pending[j] = 0;
            apply(j, g);
        }
        numPending = 0;
    }

    private void apply(int j, double g) {
        double total = g + l2 * w[j];
        sumSq[j] += total * total;
        if (sumSq[j] == Double.POSITIVE_INFINITY) {
            throw new Overflow(j, total, l2);
        }
        w[j] -= eta * total / (Math.sqrt(sumSq[j]) + EPS);
        last[j] = t;
    }

    @Override
    public double[] snapshot() {
        double[] out = w.clone();
        if (l2 > 0) {
            for (int j = 0; j < out.length; j++) {
                int pending = t - last[j];
                if (pending > 0 && out[j] != 0) {
                    out[j] *= decay(eta / (Math.sqrt(sumSq[j]) + EPS) * l2, pending);
                }
            }
        }
        return out;
    }

    @Override
    public String name() {
        return "adagrad";
    }

    /**
     * The sum of squared gradients of a weight overflowed: its step {@code η·g/√G} became 0, so the weight froze
     * where it was (with l2 = 1e300, at ±η instead of near 0) and training went on silently with a wrong model.
     */
    static final class Overflow extends ArithmeticException {
        private static final long serialVersionUID = 1L;

        Overflow(int weight, double gradient, double l2) {
            super(String.format(java.util.Locale.ROOT, "AdaGrad's sum of squared gradients of weight %d overflowed "
                    + "(gradient %s with the l2 term; l2 is %s)", weight, gradient, l2));
        }
    }
}
