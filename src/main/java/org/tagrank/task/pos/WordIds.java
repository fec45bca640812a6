package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.HashCommon;

import java.util.Collection;

/**
 * An immutable set of distinct words numbered 0..size-1 in the order given, looked up without touching
 * the key String objects: the words' characters sit in one array and each slot of the open-addressing
 * table holds (hash, id + 1, start, length) side by side. A lookup then reads one slot and one stretch of
 * characters, where a map of Strings follows the slot to a String and on to its byte array (the vocabulary
 * lookup of every token was ~6% of tagging time, most of it those cache misses).
 */
final class WordIds {
    private static final int STRIDE = 4;
    private final char[] chars;
    private final int[] slots;
    private final int mask;
    private final int size;

    /** The distinct words of a collection, numbered in iteration order (a repeated word keeps its first id). */
    WordIds(Collection<String> words) {
        int capacity = Integer.highestOneBit(Math.max(2, words.size())) << 2; // at most half full
        mask = capacity - 1;
        slots = new int[capacity * STRIDE];
        long total = 0;
        for (String w : words) {
            total += w.length();
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("vocabulary too large: " + total + " characters");
        }
        chars = new char[(int) total];
        int at = 0;
        int n = 0;
        for (String w : words) {
            int h = w.hashCode();
            int slot = find(w, h);
            if (slots[slot * STRIDE + 1] != 0) {
                continue; // repeated
            }
            w.getChars(0, w.length(), chars, at);
            int b = slot * STRIDE;
            slots[b] = h;
            slots[b + 1] = ++n;
            slots[b + 2] = at;
            slots[b + 3] = w.length();
            at += w.length();
        }
        size = n;
    }

    /** The slot holding the word, or the empty slot where it would go. */
    private int find(String w, int h) {
        return find(w, w.length(), h);
    }

    /** The slot holding w's first n characters, or the empty slot where they would go. */
    private int find(String w, int n, int h) {
        int slot = HashCommon.mix(h) & mask;
        while (true) {
            int b = slot * STRIDE;
            if (slots[b + 1] == 0 || slots[b] == h && matches(w, n, slots[b + 2], slots[b + 3])) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean matches(String w, int n, int start, int length) {
        if (n != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (w.charAt(i) != chars[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** The id of a word, or -1. */
    int id(String word) {
        return slots[find(word, word.hashCode()) * STRIDE + 1] - 1;
    }

    /** The id of the word made of the first n characters of w (no substring is made), or -1. */
    int idOfPrefix(String w, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) {
            h = 31 * h + w.charAt(i); // String.hashCode of the prefix
        }
        return slots[find(w, n, h) * STRIDE + 1] - 1;
    }

    int size() {
        return size;
    }
}
