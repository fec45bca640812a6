package org.tagrank.task.classify;

import java.util.Arrays;

/**
 * Read-only after building: non-negative long key → int value, open addressing with key and
 * value side by side in one array, so a lookup usually touches one cache line (fastutil's map
 * keeps keys and values in separate arrays: two misses per lookup on a large table). Thread-safe
 * for lookups once built. The table grows at a load factor of 3/4.
 */
final class PairTable {
    private long[] table; // [key, value] pairs; key -1 = empty
    private int size;
    private int mask;
    /**
     * One bit per hash of every key, 8 bits per key: most absent keys (an unseen bigram of two
     * known words is the common case) are rejected from this small array without touching the
     * large table. Built by {@link #freeze()}; null until then.
     */
    private long[] filter;
    private int filterMask;

    PairTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new long[2 * cap];
        Arrays.fill(table, -1L);
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** Maps key to value; returns the previous value or -1. Not thread-safe. */
    int put(long key, int value) {
        if (filter != null) {
            throw new IllegalStateException("frozen");
        }
        if (key < 0) {
            throw new IllegalArgumentException("negative key");
        }
        int slot = slot(key);
        long k;
        while ((k = table[2 * slot]) != -1L) {
            if (k == key) {
                int old = (int) table[2 * slot + 1];
                table[2 * slot + 1] = value;
                return old;
            }
            slot = (slot + 1) & mask;
        }
        table[2 * slot] = key;
        table[2 * slot + 1] = value;
        if (++size * 4L > 3L * (mask + 1)) { // load factor 3/4: a smaller table misses the cache less
            grow();
        }
        return -1;
    }

    /** Builds the absent-key filter; call once after the last {@link #put}. */
    void freeze() {
        int bits = Integer.highestOneBit(Math.max(64, size * 8 - 1)) << 1;
        long[] f = new long[bits >>> 6];
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != -1L) {
                int b = filterBit(table[i], bits - 1);
                f[b >>> 6] |= 1L << b;
            }
        }
        filterMask = bits - 1;
        filter = f;
    }

    private static int filterBit(long key, int mask) {
        long h = key * 0xC2B2AE3D27D4EB4FL;
        return (int) (h >>> 40) & mask;
    }

    /** The value, or -1. */
    int get(long key) {
        if (filter != null) {
            int b = filterBit(key, filterMask);
            if ((filter[b >>> 6] & (1L << b)) == 0) {
                return -1;
            }
        }
        int slot = slot(key);
        long k;
        while ((k = table[2 * slot]) != -1L) {
            if (k == key) {
                return (int) table[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] old = table;
        int cap = (mask + 1) * 2;
        table = new long[2 * cap];
        Arrays.fill(table, -1L);
        mask = cap - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != -1L) {
                int slot = slot(old[i]);
                while (table[2 * slot] != -1L) {
                    slot = (slot + 1) & mask;
                }
                table[2 * slot] = old[i];
                table[2 * slot + 1] = old[i + 1];
            }
        }
    }
}
