package org.tagrank.task.classify;

import java.util.Arrays;

/**
 * Read-only after building: non-negative long key → int value, open addressing with key and
 * value side by side in one array, so a lookup usually touches one cache line (fastutil's map
 * keeps keys and values in separate arrays: two misses per lookup on a large table). Thread-safe
 * for lookups once built.
 */
final class PairTable {
    private long[] table; // [key, value] pairs; key -1 = empty
    private int size;
    private int mask;

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
        if (++size * 2 > mask + 1) {
            grow();
        }
        return -1;
    }

    /** The value, or -1. */
    int get(long key) {
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
