package org.tagrank.learn;

import org.tagrank.core.Dataset;
import org.tagrank.core.Instance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The batch objective {@code (1/n) Σ loss_i(w) + (l2/2)‖w‖²} over a data set, optionally computed by several
 * threads. The result is the same to the bit whatever the number of threads, so a model's bytes do not depend on
 * {@code --threads}: threads first score contiguous runs of instances (each instance's loss and output
 * derivatives are computed as one thread would), then add the derivatives into the gradient by ranges of
 * feature ids, each range visiting the instances in order, so every gradient entry receives the same additions
 * in the same order as from one thread; the losses are summed in instance order.
 */
public final class DatasetObjective implements DifferentiableFunction {
    private final Dataset data;
    private final int columns;
    private final double l2;
    private final int dimension;
    private final Chunk[] chunks;
    private final ExecutorService executor;
    private final int threads;
    // with several threads: each instance's output derivatives and loss, and the feature ranges of the gradient
    private final int[] offsets;
    private final double[] amounts;
    private final double[] losses;
    private final int[] featureBounds;

    /**
     * @param objectives makes one objective per chunk of instances (objectives may keep scratch state)
     * @param executor   runs the work of threads 2..threads; null = everything on the calling thread
     */
    public DatasetObjective(Dataset data, int columns, double l2, Supplier<Objective> objectives, int threads,
                            ExecutorService executor) {
        this.data = data;
        this.columns = columns;
        this.l2 = l2;
        this.dimension = WeightsEval.dimension(data, columns);
        this.executor = executor;
        this.threads = executor == null ? 1 : Math.max(1, Math.min(threads, data.size()));
        this.chunks = new Chunk[this.threads];
        int width = Math.max(data.maxOutputs(columns), columns);
        for (int p = 0; p < chunks.length; p++) {
            int from = (int) ((long) data.size() * p / chunks.length);
            int to = (int) ((long) data.size() * (p + 1) / chunks.length);
            chunks[p] = new Chunk(from, to, objectives.get(), width);
        }
        if (this.threads == 1) {
            offsets = null;
            amounts = null;
            losses = null;
            featureBounds = null;
        } else {
            List<Instance> xs = data.instances();
            offsets = new int[xs.size() + 1];
            for (int i = 0; i < xs.size(); i++) {
                offsets[i + 1] = Math.addExact(offsets[i], xs.get(i).numOutputs(columns));
            }
            amounts = new double[offsets[xs.size()]];
            losses = new double[xs.size()];
            featureBounds = featureRanges(data, 4 * this.threads);
        }
    }

    /** Bounds of feature-id ranges holding about equal numbers of feature occurrences (the gradient's work). */
    private static int[] featureRanges(Dataset data, int wanted) {
        int features = data.features().size();
        int[] counts = new int[features];
        for (Instance x : data.instances()) {
            x.countFeatures(counts);
        }
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        int ranges = Math.max(1, Math.min(wanted, features));
        int[] bounds = new int[ranges + 1];
        long seen = 0;
        int r = 1;
        for (int f = 0; f < features && r < ranges; f++) {
            seen += counts[f];
            if (seen * ranges >= total * r) {
                bounds[r++] = f + 1;
            }
        }
        while (r <= ranges) {
            bounds[r++] = features;
        }
        return bounds;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double valueAndGradient(double[] w, double[] grad) {
        java.util.Arrays.fill(grad, 0.0);
        double loss = 0;
        if (threads == 1) {
            loss = chunks[0].addLossAndGradient(w, grad);
        } else {
            AtomicInteger nextChunk = new AtomicInteger();
            inParallel(() -> {
                for (int p; (p = nextChunk.getAndIncrement()) < chunks.length; ) {
                    chunks[p].scoreInstances(w);
                }
                return null;
            });
            for (double l : losses) {
                loss += l;
            }
            AtomicInteger nextRange = new AtomicInteger();
            List<Instance> xs = data.instances();
            inParallel(() -> {
                for (int r; (r = nextRange.getAndIncrement()) < featureBounds.length - 1; ) {
                    int from = featureBounds[r];
                    int to = featureBounds[r + 1];
                    for (int i = 0; i < xs.size(); i++) {
                        xs.get(i).addTo(grad, columns, amounts, offsets[i], offsets[i + 1] - offsets[i], from, to);
                    }
                }
                return null;
            });
        }
        double n = data.size();
        double reg = 0;
        for (int i = 0; i < dimension; i++) {
            grad[i] = grad[i] / n + l2 * w[i];
            reg += w[i] * w[i];
        }
        return loss / n + 0.5 * l2 * reg;
    }

    /** Runs the task on the calling thread and on {@code threads - 1} executor threads, and waits for all. */
    private void inParallel(Callable<Void> task) {
        List<Future<Void>> futures = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            futures.add(executor.submit(task));
        }
        try {
            task.call();
            for (Future<Void> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing the gradient", e);
        } catch (ExecutionException e) {
            // the worker's own exception, as the calling thread's would propagate (callers tell errors by type)
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("gradient computation failed", e.getCause());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("gradient computation failed", e);
        } finally {
            for (Future<Void> f : futures) {
                f.cancel(true);
            }
        }
    }

    /** Training accuracy at the point of the last {@link #valueAndGradient} call. */
    public double lastAccuracy() {
        long c = 0;
        for (Chunk chunk : chunks) {
            c += chunk.correct;
        }
        return c / (double) data.size();
    }

    /** A contiguous run of instances with its own objective and scratch arrays. */
    private final class Chunk {
        final int from;
        final int to;
        final Objective objective;
        final double[] scores;
        final double[] dScores;
        int correct;

        Chunk(int from, int to, Objective objective, int width) {
            this.from = from;
            this.to = to;
            this.objective = objective;
            this.scores = new double[width];
            this.dScores = new double[width];
        }

        /** One thread: losses summed, derivatives added into {@code grad} instance by instance. */
        double addLossAndGradient(double[] w, double[] grad) {
            correct = 0;
            double loss = 0;
            List<Instance> xs = data.instances();
            for (int i = from; i < to; i++) {
                Instance x = xs.get(i);
                int n = x.numOutputs(columns);
                loss += lossAndDerivatives(x, w, n);
                for (int o = 0; o < n; o++) {
                    if (dScores[o] != 0) {
                        x.addTo(grad, columns, o, dScores[o]);
                    }
                }
            }
            return loss;
        }

        /** Several threads: each instance's loss and output derivatives kept for the ordered sums. */
        void scoreInstances(double[] w) {
            correct = 0;
            List<Instance> xs = data.instances();
            for (int i = from; i < to; i++) {
                Instance x = xs.get(i);
                int n = x.numOutputs(columns);
                losses[i] = lossAndDerivatives(x, w, n);
                System.arraycopy(dScores, 0, amounts, offsets[i], n);
            }
        }

        private double lossAndDerivatives(Instance x, double[] w, int n) {
            x.scores(w, 1.0, columns, scores);
            if (objective.predict(scores, n) == x.gold()) {
                correct++;
            }
            return objective.lossAndGradient(x, scores, n, dScores);
        }
    }
}
