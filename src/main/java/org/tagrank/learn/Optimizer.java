package org.tagrank.learn;

import org.tagrank.core.Instance;

/**
 * An online update rule over one flat weight vector with L2 regularisation applied lazily,
 * so that the cost of a step is proportional to the example's active features, not the
 * dimension. Per training example: {@link #step()}, {@link #touch} (bring the example's
 * weights up to date), score with {@link #raw()} × {@link #scale()}, then {@link #update}
 * for every output with a non-zero score gradient, then {@link #endExample()}. Not thread-safe.
 */
public interface Optimizer {

    /** Starts over with zero weights of the given dimension. */
    void initialise(int dimension);

    /** The stored weights; true weight = {@link #scale()} × raw. Read-only for callers. */
    double[] raw();

    double scale();

    /** Begins a new example. */
    void step();

    /** Applies pending regularisation to the weights the instance's outputs read. */
    void touch(Instance x, int columns);

    /** A gradient step for {@code grad · f(x, output)}. */
    void update(Instance x, int columns, int output, double grad);

    /**
     * Ends the example: an optimizer that gathers the {@link #update}s of one example (the candidates of a ranking
     * example share features) applies them here. Called after the last update of every example.
     */
    default void endExample() {
    }

    /** The current true weights with every pending term applied (a new array). */
    double[] snapshot();

    String name();
}
