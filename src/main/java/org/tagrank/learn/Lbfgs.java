package org.tagrank.learn;

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search. Deterministic; allocates its
 * history once.
 */
public final class Lbfgs {

    /** Called after each iteration; return false to stop. */
    @FunctionalInterface
    public interface IterationCallback {
        boolean onIteration(int iteration, double value, double gradNorm, double step, double[] w);
    }

    /** A gradient norm below this is a minimum. */
    static final double GRADIENT_ZERO = 1e-10;

    private final int memory;
    private final int maxIterations;
    private final double tolerance;

    public Lbfgs(int memory, int maxIterations, double tolerance) {
        if (memory < 1 || maxIterations < 1 || !(tolerance >= 0)) {
            throw new IllegalArgumentException("bad L-BFGS settings: memory " + memory + ", iterations " + maxIterations
                    + ", tolerance " + tolerance);
        }
        this.memory = memory;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /** Minimises f from {@code w} (updated in place); returns the final value. */
    public double minimise(DifferentiableFunction f, double[] w, IterationCallback callback) {
        int n = f.dimension();
        double[][] s = new double[memory][n];
        double[][] y = new double[memory][n];
        double[] rho = new double[memory];
        double[] alpha = new double[memory];
        double[] g = new double[n];
        double[] gNew = new double[n];
        double[] dir = new double[n];
        double[] wNew = new double[n];
        double value = f.valueAndGradient(w, g);
        int stored = 0;
        int head = 0;
        for (int it = 1; it <= maxIterations; it++) {
            double gNorm = norm(g);
            if (gNorm < GRADIENT_ZERO) {
                return value;
            }
            // two-loop recursion: dir = -H g
            System.arraycopy(g, 0, dir, 0, n);
            for (int k = 0; k < stored; k++) {
                int idx = Math.floorMod(head - 1 - k, memory);
                alpha[idx] = rho[idx] * dot(s[idx], dir);
                axpy(-alpha[idx], y[idx], dir);
            }
            if (stored > 0) {
                int last = Math.floorMod(head - 1, memory);
                scaleInPlace(dir, dot(s[last], y[last]) / dot(y[last], y[last]));
            } else {
                scaleInPlace(dir, 1.0 / gNorm);
            }
            for (int k = stored - 1; k >= 0; k--) {
                int idx = Math.floorMod(head - 1 - k, memory);
                double beta = rho[idx] * dot(y[idx], dir);
                axpy(alpha[idx] - beta, s[idx], dir);
            }
            scaleInPlace(dir, -1.0);
            double slope = dot(g, dir);
            if (slope >= 0) { // not a descent direction: restart from steepest descent
                stored = 0;
                for (int i = 0; i < n; i++) {
                    dir[i] = -g[i] / gNorm;
                }
                slope = -gNorm;
            }
            double step = 1.0;
            double newValue;
            int tries = 0;
            while (true) {
                for (int i = 0; i < n; i++) {
                    wNew[i] = w[i] + step * dir[i];
                }
                newValue = f.valueAndGradient(wNew, gNew);
                if (newValue <= value + 1e-4 * step * slope || ++tries >= 40) {
                    break;
                }
                step *= 0.5;
            }
            if (newValue > value) { // line search failed: no progress possible
                return value;
            }
            double sy = 0;
            for (int i = 0; i < n; i++) {
                sy += (wNew[i] - w[i]) * (gNew[i] - g[i]);
            }
            if (sy > 1e-12) { // else the pair is left out; its slot may hold the oldest stored pair
                for (int i = 0; i < n; i++) {
                    s[head][i] = wNew[i] - w[i];
                    y[head][i] = gNew[i] - g[i];
                }
                rho[head] = 1.0 / sy;
                head = (head + 1) % memory;
                stored = Math.min(stored + 1, memory);
            }
            System.arraycopy(wNew, 0, w, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            double previous = value;
            value = newValue;
            if (!callback.onIteration(it, value, norm(g), step, w)) {
                return value;
            }
            if ((previous - value) / Math.max(1.0, Math.abs(value)) < tolerance) {
                return value;
            }
        }
        return value;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static void scaleInPlace(double[] x, double a) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= a;
        }
    }
}
