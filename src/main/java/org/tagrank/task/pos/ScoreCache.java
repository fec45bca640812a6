package org.tagrank.task.pos;

import org.tagrank.core.SparseRows;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Dense score vectors that a decoder adds instead of many sparse weight rows: per vocabulary
 * word, the summed weights of its own features (bias and offset-0 templates) and of its
 * features as the neighbour at each context offset, filled on first use; the same for the
 * sentence boundaries; and the tag-history features by (t[-2], t[-1]), filled at construction.
 * A frequent word then costs a few 50-float additions, which the JIT vectorises, instead of
 * about twenty scattered sparse rows. Filling is racy and safe as in String.hashCode: a vector is
 * published with release semantics after it is filled and read with acquire semantics (a plain
 * load on x86, one pointer hop less than a holder object with a final field), and a thread that
 * sees null computes an equal one.
 */
final class ScoreCache {
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(float[][].class);

    private final FeatureTable table;
    private final SparseRows weights;
    private final int numTags;
    private final int[] offsets;
    private final float[][] own;
    /** [offset slot][vocabulary id]. */
    private final float[][][] neighbour;
    /** [offset slot]: the boundary row (left for negative offsets, right for positive ones). */
    private final float[][] boundary;
    /** [(t[-2] × (numTags + 1) + t[-1]) × numTags + tag]. */
    private final float[] history;
    /** numTags zeros: the dense part of an unknown neighbour. */
    private final float[] zero;

    ScoreCache(FeatureTable table, SparseRows weights, int numTags) {
        this.table = table;
        this.weights = weights;
        this.numTags = numTags;
        this.offsets = table.contextOffsets();
        this.zero = new float[numTags];
        int words = table.vocabularySize();
        this.own = new float[words][];
        this.neighbour = new float[offsets.length][words][];
        this.boundary = new float[offsets.length][];
        int[] buf = new int[table.maxFeatures()];
        FeatureTable.Row[] none = new FeatureTable.Row[0];
        for (int k = 0; k < offsets.length; k++) {
            boundary[k] = new float[numTags];
            add(buf, table.collectAt(table.rowAt(none, offsets[k]), offsets[k], buf, 0), boundary[k], 0);
        }
        int h = numTags + 1;
        this.history = new float[h * h * numTags];
        for (int prev2 = 0; prev2 < h; prev2++) {
            for (int prev = 0; prev < h; prev++) {
                add(buf, table.collectTagHistory(prev, prev2, buf, 0), history, (prev2 * h + prev) * numTags);
            }
        }
    }

    private void add(int[] ids, int n, float[] s, int at) {
        for (int k = 0; k < n; k++) {
            weights.addRow(ids[k], s, at);
        }
    }

    /** Sets s to the scores of token i's own features. */
    void setOwn(FeatureTable.Row row, float[] s, int[] buf) {
        int v = row.vocabId();
        if (v < 0) {
            Arrays.fill(s, 0f);
            add(buf, table.collectStatic(row, buf, 0), s, 0);
            return;
        }
        float[] c = (float[]) SLOT.getAcquire(own, v);
        if (c == null) {
            c = new float[numTags];
            add(buf, table.collectStatic(row, buf, 0), c, 0);
            SLOT.setRelease(own, v, c);
        }
        System.arraycopy(c, 0, s, 0, numTags);
    }

    /**
     * Adds the scores of token i's features on its neighbours (word pairs excluded). Up to four dense
     * neighbour vectors are summed in one pass over s (the default templates have four offsets).
     */
    void addNeighbours(FeatureTable.Row[] rows, int i, float[] s, int[] buf) {
        if (offsets.length > 4) {
            for (int k = 0; k < offsets.length; k++) {
                addDense(neighbour(rows, i, k, s, buf), s);
            }
            return;
        }
        float[] a = offsets.length > 0 ? neighbour(rows, i, 0, s, buf) : zero;
        float[] b = offsets.length > 1 ? neighbour(rows, i, 1, s, buf) : zero;
        float[] c = offsets.length > 2 ? neighbour(rows, i, 2, s, buf) : zero;
        float[] d = offsets.length > 3 ? neighbour(rows, i, 3, s, buf) : zero;
        for (int y = 0; y < numTags; y++) {
            s[y] = s[y] + a[y] + b[y] + c[y] + d[y]; // the order of four separate additions: the same sums
        }
    }

    /**
     * The dense scores of the neighbour at offset slot k of token i; a word outside the vocabulary has
     * none: its sparse rows are added to s directly and an all-zero vector is returned.
     */
    private float[] neighbour(FeatureTable.Row[] rows, int i, int k, float[] s, int[] buf) {
        int j = i + offsets[k];
        if (j < 0 || j >= rows.length) {
            return boundary[k];
        }
        FeatureTable.Row row = rows[j];
        int v = row.vocabId();
        if (v < 0) {
            add(buf, table.collectAt(row, offsets[k], buf, 0), s, 0);
            return zero;
        }
        float[][] slots = neighbour[k];
        float[] c = (float[]) SLOT.getAcquire(slots, v);
        if (c == null) {
            c = new float[numTags];
            add(buf, table.collectAt(row, offsets[k], buf, 0), c, 0);
            SLOT.setRelease(slots, v, c);
        }
        return c;
    }

    /** Adds the scores of the features on the previous two tags alone. */
    void addHistory(int prev, int prev2, float[] s) {
        int at = (prev2 * (numTags + 1) + prev) * numTags;
        for (int y = 0; y < numTags; y++) {
            s[y] += history[at + y];
        }
    }

    private void addDense(float[] a, float[] s) {
        for (int y = 0; y < numTags; y++) {
            s[y] += a[y];
        }
    }
}
