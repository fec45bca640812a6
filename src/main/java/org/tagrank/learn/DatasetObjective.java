package org.tagrank.learn;

import org.tagrank.core.Dataset;
import org.tagrank.core.Instance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The batch objective {@code (1/n) Σ loss_i(w) + (l2/2)‖w‖²} over a data set, optionally with the
 * gradient computed by several threads over fixed contiguous chunks and summed in chunk order,
 * so the result does not depend on scheduling.
 */
public final class DatasetObjective implements DifferentiableFunction {
    private final Dataset data;
    private final int columns;
    private final double l2;
    private final int dimension;
    private final Chunk[] chunks;
    private final ExecutorService executor;

    /**
     * @param objectives makes one objective per chunk (objectives may keep scratch state)
     * @param executor   runs the chunks; null = the calling thread
     */
    public DatasetObjective(Dataset data, int columns, double l2, Supplier<Objective> objectives, int threads,
                            ExecutorService executor) {
        this.data = data;
        this.columns = columns;
        this.l2 = l2;
        this.dimension = Math.multiplyExact(data.features().size(), columns);
        this.executor = executor;
        int parts = executor == null ? 1 : Math.max(1, Math.min(threads, data.size()));
        this.chunks = new Chunk[parts];
        int width = Math.max(data.maxOutputs(columns), columns);
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) data.size() * p / parts);
            int to = (int) ((long) data.size() * (p + 1) / parts);
            chunks[p] = new Chunk(from, to, objectives.get(), width, p == 0 ? null : new double[dimension]);
        }
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double valueAndGradient(double[] w, double[] grad) {
        java.util.Arrays.fill(grad, 0.0);
        double loss;
        if (chunks.length == 1) {
            loss = chunks[0].run(w, grad);
        } else {
            List<Future<Double>> futures = new ArrayList<>();
            for (int p = 1; p < chunks.length; p++) {
                Chunk c = chunks[p];
                futures.add(executor.submit(() -> c.run(w, c.ownGrad)));
            }
            loss = chunks[0].run(w, grad);
            for (int p = 1; p < chunks.length; p++) {
                try {
                    loss += futures.get(p - 1).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while computing the gradient", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("gradient computation failed", e.getCause());
                }
                double[] g = chunks[p].ownGrad;
                for (int i = 0; i < dimension; i++) {
                    grad[i] += g[i];
                }
            }
        }
        double n = data.size();
        double reg = 0;
        for (int i = 0; i < dimension; i++) {
            grad[i] = grad[i] / n + l2 * w[i];
            reg += w[i] * w[i];
        }
        return loss / n + 0.5 * l2 * reg;
    }

    /** Training accuracy at the point of the last {@link #valueAndGradient} call. */
    public double lastAccuracy() {
        long c = 0;
        for (Chunk chunk : chunks) {
            c += chunk.correct;
        }
        return c / (double) data.size();
    }

    private final class Chunk {
        final int from;
        final int to;
        final Objective objective;
        final double[] scores;
        final double[] dScores;
        final double[] ownGrad;

        Chunk(int from, int to, Objective objective, int width, double[] ownGrad) {
            this.from = from;
            this.to = to;
            this.objective = objective;
            this.scores = new double[width];
            this.dScores = new double[width];
            this.ownGrad = ownGrad;
        }

        int correct;

        double run(double[] w, double[] grad) {
            correct = 0;
            if (ownGrad != null) {
                java.util.Arrays.fill(ownGrad, 0.0);
            }
            double loss = 0;
            List<Instance> xs = data.instances();
            for (int i = from; i < to; i++) {
                Instance x = xs.get(i);
                int n = x.numOutputs(columns);
                x.scores(w, 1.0, columns, scores);
                if (objective.predict(scores, n) == x.gold()) {
                    correct++;
                }
                loss += objective.lossAndGradient(x, scores, n, dScores);
                for (int o = 0; o < n; o++) {
                    if (dScores[o] != 0) {
                        x.addTo(grad, columns, o, dScores[o]);
                    }
                }
            }
            return loss;
        }
    }
}
