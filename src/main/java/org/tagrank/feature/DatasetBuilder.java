package org.tagrank.feature;

import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseVector;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a training {@link Dataset} from string features: counts them while examples are added,
 * then freezes the index with a count cutoff and rewrites every example in final ids. Holds
 * provisional ids, not strings, until then. Single use: {@link #build} hands the examples over
 * and empties the builder, so that its memory is free while the data set is trained on. Not
 * thread-safe.
 */
public final class DatasetBuilder {
    private FeatureIndex.Builder index = new FeatureIndex.Builder();
    private final ArrayList<Pending> pending = new ArrayList<>();
    private final IdBuffer buffer = new IdBuffer();

    private record Vec(int[] ids, double[] values) {
    }

    private record Pending(List<Vec> vectors, int gold, boolean candidates, double[] costs) {
    }

    /** A sink that records into one vector; call {@link #take()} after the extractor ran. */
    private final class IdBuffer implements FeatureSink {
        int[] ids = new int[64];
        double[] values = new double[64];
        int n;

        @Override
        public void add(String feature, double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("feature '" + feature + "' has a non-finite value " + value);
            }
            if (n == ids.length) {
                ids = java.util.Arrays.copyOf(ids, n * 2);
                values = java.util.Arrays.copyOf(values, n * 2);
            }
            ids[n] = index.add(feature);
            values[n] = value;
            n++;
        }

        Vec take() {
            Vec v = new Vec(java.util.Arrays.copyOf(ids, n), java.util.Arrays.copyOf(values, n));
            n = 0;
            return v;
        }
    }

    /** An example with a fixed label set: the extractor fills the sink with x's features. */
    public void addLabelExample(java.util.function.Consumer<FeatureSink> extractor, int gold) {
        requireOpen();
        extractor.accept(buffer);
        pending.add(new Pending(List.of(buffer.take()), gold, false, null));
    }

    /**
     * A candidate example: one extractor call per candidate. {@code costs} may be null; it is copied, so a caller may
     * reuse one array for every example (before, every example kept the array and got the last example's costs).
     */
    public void addCandidateExample(List<java.util.function.Consumer<FeatureSink>> candidates, int gold, double[] costs) {
        requireOpen();
        costs = costs == null ? null : costs.clone();
        List<Vec> vs = new ArrayList<>(candidates.size());
        for (java.util.function.Consumer<FeatureSink> c : candidates) {
            c.accept(buffer);
            vs.add(buffer.take());
        }
        pending.add(new Pending(vs, gold, true, costs));
    }

    public int size() {
        return pending.size();
    }

    private void requireOpen() {
        if (index == null) {
            throw new IllegalStateException("the data set was already built");
        }
    }

    /**
     * Freezes the features seen at least {@code cutoff} times and returns the data set. Empties the
     * builder (each example is released once rewritten); it cannot be used afterwards.
     */
    public Dataset build(LabelSet labels, int cutoff) {
        requireOpen();
        FeatureIndex.Frozen frozen = index.freeze(cutoff);
        index = null;
        List<Instance> out = new ArrayList<>(pending.size());
        for (int k = 0; k < pending.size(); k++) {
            Pending p = pending.set(k, null);
            if (p.candidates()) {
                List<SparseVector> cands = new ArrayList<>(p.vectors().size());
                for (Vec v : p.vectors()) {
                    cands.add(remap(v, frozen));
                }
                out.add(new CandidateInstance(cands, p.gold(), p.costs()));
            } else {
                out.add(new LabelInstance(remap(p.vectors().get(0), frozen), p.gold()));
            }
        }
        pending.clear();
        pending.trimToSize();
        return new Dataset(out, labels, frozen.index());
    }

    /** The vector in the frozen index's ids, without the features the cutoff removed (id -1). */
    private static SparseVector remap(Vec v, FeatureIndex.Frozen frozen) {
        int[] ids = new int[v.ids().length];
        double[] values = new double[ids.length];
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            int id = frozen.newId(v.ids()[i]);
            if (id >= 0) {
                ids[n] = id;
                values[n] = v.values()[i];
                n++;
            }
        }
        return SparseVector.of(java.util.Arrays.copyOf(ids, n), java.util.Arrays.copyOf(values, n));
    }

    /**
     * Encodes an example in an existing index (dev/test data, inference): unknown features are
     * dropped. Thread-safe as long as the index is (it is immutable).
     */
    public static SparseVector encode(FeatureIndex index, java.util.function.Consumer<FeatureSink> extractor) {
        int[] ids = new int[16];
        double[] values = new double[16];
        int[] n = {0};
        int[][] idsRef = {ids};
        double[][] valuesRef = {values};
        extractor.accept((feature, value) -> {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("feature '" + feature + "' has a non-finite value " + value);
            }
            int id = index.indexOf(feature);
            if (id < 0) {
                return;
            }
            if (n[0] == idsRef[0].length) {
                idsRef[0] = java.util.Arrays.copyOf(idsRef[0], n[0] * 2);
                valuesRef[0] = java.util.Arrays.copyOf(valuesRef[0], n[0] * 2);
            }
            idsRef[0][n[0]] = id;
            valuesRef[0][n[0]] = value;
            n[0]++;
        });
        return SparseVector.of(java.util.Arrays.copyOf(idsRef[0], n[0]), java.util.Arrays.copyOf(valuesRef[0], n[0]));
    }
}
