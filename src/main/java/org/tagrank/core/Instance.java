package org.tagrank.core;

/**
 * One training or test example for the decision rule {@code argmax_y w·f(x,y)}.
 *
 * <p>Weights live in one flat array. A {@link LabelInstance} (fixed label set) conjoins each
 * input feature {@code j} with each output column {@code c} at weight index {@code j*columns + c}
 * (feature-major, so the K weights of a feature are contiguous). A {@link CandidateInstance}
 * has its own vector f(x,y) per candidate and shares the weights across candidates.
 *
 * <p>"Outputs" are what an objective scores: label columns for a label instance, candidates
 * for a candidate instance.
 */
public sealed interface Instance permits LabelInstance, CandidateInstance {

    /** The gold output, or -1 when unknown (prediction only). */
    int gold();

    /** Number of outputs given the model's column count (ignored by candidate instances). */
    int numOutputs(int columns);

    /** Writes the score of each output into {@code out[0..numOutputs)}; weights are multiplied by {@code scale}. */
    void scores(double[] w, double scale, int columns, double[] out);

    /** Same over float weights. */
    void scores(float[] w, int columns, double[] out);

    /** {@code w[i] += amount * f_i(x, output)} for every active feature of the output. */
    void addTo(double[] w, int columns, int output, double amount);

    /**
     * {@code w[i] += amounts[offset + o] * f_i(x, o)} for the outputs {@code o < outputs} whose amount is not zero, in
     * output order, but only for input features with ids in {@code [fromFeature, toFeature)}: for each weight it
     * touches, the same additions in the same order as {@link #addTo(double[], int, int, double)} called for each
     * such output, so disjoint feature ranges can be summed by different threads with the same result.
     */
    void addTo(double[] w, int columns, double[] amounts, int offset, int outputs, int fromFeature, int toFeature);

    /** {@code counts[id]++} for each occurrence of input feature {@code id} (once per candidate vector holding it). */
    void countFeatures(int[] counts);

    /** As {@link #addTo(double[], int, int, double)} on float weights (float arithmetic). */
    void addTo(float[] w, int columns, int output, float amount);

    /**
     * Writes each output's score under the averaged-perceptron weights {@code w - u / c}, computed
     * on the fly without materialising the average (same doubles as scoring a materialised average).
     */
    void averagedScores(double[] w, double[] u, double c, int columns, double[] out);

    /** As {@link #averagedScores(double[], double[], double, int, double[])} with float w. */
    void averagedScores(float[] w, double[] u, double c, int columns, double[] out);

    /** The features f(x, output) as weight indexes with values. */
    SparseVector features(int output, int columns);

    /** The example's input features over which weights are indexed (union over outputs for candidates). */
    int maxFeatureId();
}
