package org.tagrank.task.classify;

import org.tagrank.io.UnicodeWords;

import java.util.Arrays;

/**
 * Read-only after building: lowercase token → (id, value), looked up straight from a span of the
 * text so that encoding a document allocates nothing. Ids are given in insertion order; the value
 * is an int the owner attaches to a token (the vectorizer stores the token's unigram feature id
 * there, so one probe gives both).
 *
 * <p>A token is first turned into a {@code long} {@link #key}: a token of at most 8 chars, each
 * below 256, is its own key (its chars packed one per byte, first char in the low byte, which is
 * never 0); a longer token's key is a 56-bit hash shifted left by 8 (low byte 0), and its chars are
 * kept aside to confirm a match. Open addressing with linear probing over {@code [key, id|value]}
 * pairs in one array: a probe of a short token touches one cache line and compares no chars.
 * Thread-safe for lookups once built.
 */
final class TokenTable {
    private static final long EMPTY = 0L;
    /** Lowercase form of an ASCII letter or digit, 0 for any other ASCII char. */
    private static final char[] ASCII = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
        }
    }

    private long[] table; // [key, (id << 32) | value] per slot
    private char[][] longKeys; // per slot, for keys of tokens longer than 8 chars (or with chars >= 256)
    private int[] slotOfId;
    private int size;
    private int mask;

    TokenTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new long[2 * cap];
        longKeys = new char[cap][];
        slotOfId = new int[16];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /**
     * The lowercase form of the char {@code text[i]} when it goes on a token, or 0 if it separates tokens
     * ({@link Tokenizer}'s rule; {@code [from, to)} bounds the look at the other half of a surrogate pair, which
     * stays as it is).
     */
    static char lower(CharSequence text, int i, int from, int to) {
        char c = text.charAt(i);
        if (c < 128) {
            return ASCII[c];
        }
        if (Character.isSurrogate(c)) {
            return UnicodeWords.inWordAt(text, i, from, to) ? c : 0;
        }
        return UnicodeWords.inWord(c) ? Character.toLowerCase(c) : 0;
    }

    /** As {@link #lower}, for a char that starts a token: 0 also for a combining mark. */
    static char start(CharSequence text, int i, int from, int to) {
        char c = text.charAt(i);
        if (c < 128) {
            return ASCII[c];
        }
        if (Character.isSurrogate(c)) {
            return UnicodeWords.startsWordAt(text, i, from, to) ? c : 0;
        }
        return UnicodeWords.startsWord(c) ? Character.toLowerCase(c) : 0;
    }

    /** Key of the packed short token; see the class comment. */
    static long longKey(long hash) {
        long k = mix(hash) << 8;
        return k == EMPTY ? 1L << 8 : k;
    }

    /** The key of the lowercased span {@code text[start, end)} (all token chars). */
    static long key(CharSequence text, int start, int end) {
        long packed = 0;
        long hash = 0;
        boolean small = end - start <= 8;
        for (int i = start; i < end; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            hash = 31 * hash + c;
            if (c >= 256) {
                small = false;
            } else {
                packed |= (long) c << (8 * (i - start));
            }
        }
        return small ? packed : longKey(hash);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private int slot(long key) {
        return (int) mix(key) & mask;
    }

    /** Adds a (lowercase) token if absent, with value -1; returns its id. Not thread-safe. */
    int add(String token) {
        if (token.isEmpty()) {
            throw new IllegalArgumentException("empty token");
        }
        long key = key(token, 0, token.length());
        int slot = slot(key);
        long k;
        while ((k = table[2 * slot]) != EMPTY) {
            if (k == key && sameChars(slot, key, token, 0, token.length())) {
                return (int) (table[2 * slot + 1] >>> 32);
            }
            slot = (slot + 1) & mask;
        }
        table[2 * slot] = key;
        table[2 * slot + 1] = ((long) size << 32) | 0xffffffffL;
        if ((key & 0xff) == 0) {
            longKeys[slot] = token.toCharArray();
        }
        if (size == slotOfId.length) {
            slotOfId = Arrays.copyOf(slotOfId, size * 2);
        }
        slotOfId[size] = slot;
        size++;
        if (size * 2 > mask + 1) {
            grow();
        }
        return size - 1;
    }

    /** Attaches a value to token {@code id}. Not thread-safe. */
    void setValue(int id, int value) {
        if (id < 0 || id >= size) {
            throw new IllegalArgumentException("no token " + id);
        }
        int slot = slotOfId[id];
        table[2 * slot + 1] = ((long) id << 32) | (value & 0xffffffffL);
    }

    /** The id of the lowercased span {@code text[start, end)}, or -1. */
    int get(CharSequence text, int start, int end) {
        long e = find(key(text, start, end), text, start, end);
        return e == -1L ? -1 : (int) (e >>> 32);
    }

    /**
     * {@code (id << 32) | (value & 0xffffffff)} of the token with this {@link #key}, whose chars are
     * {@code text[start, end)} (consulted only for long keys), or -1.
     */
    long find(long key, CharSequence text, int start, int end) {
        int slot = slot(key);
        long k;
        while ((k = table[2 * slot]) != EMPTY) {
            if (k == key && ((key & 0xff) != 0 || matches(longKeys[slot], text, start, end))) {
                return table[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        return -1L;
    }

    private boolean sameChars(int slot, long key, CharSequence text, int start, int end) {
        return (key & 0xff) != 0 || matches(longKeys[slot], text, start, end);
    }

    private static boolean matches(char[] k, CharSequence s, int start, int end) {
        if (k.length != end - start) {
            return false;
        }
        for (int i = 0; i < k.length; i++) {
            if (k[i] != Character.toLowerCase(s.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        long[] old = table;
        char[][] oldKeys = longKeys;
        int cap = (mask + 1) * 2;
        table = new long[2 * cap];
        longKeys = new char[cap][];
        mask = cap - 1;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                int slot = slot(old[i]);
                while (table[2 * slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                table[2 * slot] = old[i];
                table[2 * slot + 1] = old[i + 1];
                longKeys[slot] = oldKeys[i / 2];
                slotOfId[(int) (old[i + 1] >>> 32)] = slot;
            }
        }
    }
}
