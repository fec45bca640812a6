package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

import java.util.Arrays;

/**
 * The feature ids of one word-pair template by (value id of the first word, value id of the
 * second): a dense table when both value sets are small (word clusters: ~500 values each; an
 * array read beats a hash probe), a hash map otherwise. Immutable.
 */
final class PairIds {
    /** Largest dense table, in entries (4 MB). */
    private static final long DENSE_LIMIT = 1 << 20;

    private final Long2IntOpenHashMap map;
    private final int[] dense;
    private final int width;

    private PairIds(Long2IntOpenHashMap map, int[] dense, int width) {
        this.map = map;
        this.dense = dense;
        this.width = width;
    }

    /** From (key(a, b) → id) with a < na and b < nb; the map is not copied and must not change. */
    static PairIds of(Long2IntOpenHashMap ids, int na, int nb) {
        if ((long) na * nb > DENSE_LIMIT) {
            ids.defaultReturnValue(-1);
            return new PairIds(ids, null, 0);
        }
        int[] dense = new int[na * nb];
        Arrays.fill(dense, -1);
        for (Long2IntMap.Entry e : ids.long2IntEntrySet()) {
            long k = e.getLongKey();
            dense[(int) (k >>> 32) * nb + (int) k] = e.getIntValue();
        }
        return new PairIds(null, dense, nb);
    }

    static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    /** The feature id of the pair, or -1. */
    int get(int a, int b) {
        return dense != null ? dense[a * width + b] : map.get(key(a, b));
    }
}
