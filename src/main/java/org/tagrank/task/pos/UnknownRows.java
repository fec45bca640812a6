package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.HashCommon;

/**
 * The rows of recently seen words outside the vocabulary, in a fixed-size direct-mapped table: a new word
 * evicts whichever word shared its slot. Building an unknown word's row (about fifteen function values and
 * their lookups: suffixes, shape, word clusters, the lexicon of unlabeled text) was a quarter of tagging
 * time while such words are one token in twelve, and they recur in a corpus (names, numbers, domain words).
 * Memory stays bounded whatever the input. A row is a pure function of its word, so the cache changes no
 * result. A racy fill is safe as in String.hashCode: an entry is immutable with final fields, so a thread
 * sees null, another word's entry (a miss), or a complete entry.
 */
final class UnknownRows {
    /** Slots; a few MB at most (rows of ~20 ints and their words). */
    static final int CAPACITY = 8192;

    private record Entry(String word, FeatureTable.Row row) {
    }

    private final Entry[] slots;
    private final int mask;

    UnknownRows(int capacity) {
        if (capacity < 1 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        slots = new Entry[capacity];
        mask = capacity - 1;
    }

    /** The cached row of the word, or null. */
    FeatureTable.Row get(String word) {
        Entry e = slots[HashCommon.mix(word.hashCode()) & mask];
        return e != null && e.word().equals(word) ? e.row() : null;
    }

    void put(String word, FeatureTable.Row row) {
        slots[HashCommon.mix(word.hashCode()) & mask] = new Entry(word, row);
    }
}
