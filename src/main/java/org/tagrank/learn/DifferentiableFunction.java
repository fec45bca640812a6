package org.tagrank.learn;

/** A function to minimise: value and gradient at a point. */
public interface DifferentiableFunction {

    int dimension();

    /** Returns f(w) and writes ∇f(w) into {@code grad}. */
    double valueAndGradient(double[] w, double[] grad);
}
