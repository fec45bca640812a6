package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.HashCommon;

/**
 * The rows of recently seen words outside the vocabulary, in a fixed-size two-way set-associative table: a
 * word's hash picks a set of two slots, and a new word takes the set's first slot and pushes the older entry to
 * the second, evicting what was there. Building an unknown word's row (about fifteen function values and their
 * lookups: suffixes, shape, word clusters, the lexicon of unlabeled text) was a quarter of tagging time while
 * such words are one token in twelve, and they recur in a corpus (names, numbers, domain words). Memory stays
 * bounded whatever the input (a few MB when full). A row is a pure function of its word, so the cache changes
 * no result. A racy fill is safe as in String.hashCode: an entry is immutable with final fields, so a thread
 * sees null, another word's entry (a miss), or a complete entry; two threads filling one set may lose an entry,
 * which costs a rebuild, never a wrong row.
 */
final class UnknownRows {
    /**
     * Slots. Simulated on the unknown words of 20NG test (2.8M tokens, 107k distinct unknown words): one pass hits
     * 60% of lookups with 8,192 direct-mapped slots, 66% with these 16,384 in sets of two, 70% with 65,536.
     */
    static final int CAPACITY = 16_384;

    private record Entry(String word, FeatureTable.Row row) {
    }

    /** [2 × set + way]. */
    private final Entry[] slots;
    private final int setMask;

    /** A table of this many slots: a power of two, at least 2 (one set). */
    UnknownRows(int capacity) {
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two of at least 2: " + capacity);
        }
        slots = new Entry[capacity];
        setMask = capacity / 2 - 1;
    }

    /** The first slot of the word's set. */
    private int set(String word) {
        return (HashCommon.mix(word.hashCode()) & setMask) << 1;
    }

    /** The cached row of the word, or null. */
    FeatureTable.Row get(String word) {
        int b = set(word);
        Entry e = slots[b];
        if (e != null && e.word().equals(word)) {
            return e.row();
        }
        e = slots[b + 1];
        return e != null && e.word().equals(word) ? e.row() : null;
    }

    void put(String word, FeatureTable.Row row) {
        int b = set(word);
        slots[b + 1] = slots[b];
        slots[b] = new Entry(word, row);
    }
}
