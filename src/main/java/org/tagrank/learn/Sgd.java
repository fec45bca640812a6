package org.tagrank.learn;

import org.tagrank.core.Instance;

/**
 * Stochastic gradient descent with L2 weight decay through a global scale factor
 * (w = scale × raw), so that decay costs O(1) per step. Step size η_t = η₀ / (1 + η₀ λ t).
 */
public final class Sgd implements Optimizer {
    private final double eta0;
    private final double l2;
    private double[] raw;
    private double scale;
    private double eta;
    private long t;

    public Sgd(double learningRate, double l2) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("l2 must be >= 0, got " + l2);
        }
        this.eta0 = learningRate;
        this.l2 = l2;
    }

    @Override
    public void initialise(int dimension) {
        raw = new double[dimension];
        scale = 1.0;
        t = 0;
    }

    @Override
    public double[] raw() {
        return raw;
    }

    @Override
    public double scale() {
        return scale;
    }

    @Override
    public void step() {
        eta = eta0 / (1.0 + eta0 * l2 * t);
        t++;
        if (l2 > 0) {
            scale *= (1.0 - eta * l2);
            if (scale < 1e-9) {
                for (int i = 0; i < raw.length; i++) {
                    raw[i] *= scale;
                }
                scale = 1.0;
            }
        }
    }

    @Override
    public void touch(Instance x, int columns) {
        // decay is global through the scale factor: nothing is pending per coordinate
    }

    @Override
    public void update(Instance x, int columns, int output, double grad) {
        x.addTo(raw, columns, output, -eta * grad / scale);
    }

    @Override
    public double[] snapshot() {
        double[] w = new double[raw.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = raw[i] * scale;
        }
        return w;
    }

    @Override
    public String name() {
        return "sgd";
    }
}
