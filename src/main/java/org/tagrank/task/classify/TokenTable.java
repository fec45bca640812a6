package org.tagrank.task.classify;

import java.util.Arrays;

/**
 * Read-only after building: token → id, looked up straight from a span of the text (lowercased
 * on the fly) so that encoding a document allocates no token strings. Open addressing with
 * linear probing; thread-safe for lookups once built.
 */
final class TokenTable {
    private char[][] keys;
    private int[] ids;
    private int[] hashes;
    private int size;
    private int mask;

    TokenTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new char[cap][];
        ids = new int[cap];
        hashes = new int[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** Adds a (lowercase) token if absent; returns its id. Not thread-safe. */
    int add(String token) {
        int h = hash(token, 0, token.length());
        int slot = h & mask;
        while (keys[slot] != null) {
            if (hashes[slot] == h && matches(keys[slot], token, 0, token.length())) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = token.toCharArray();
        hashes[slot] = h;
        ids[slot] = size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** The id of the lowercased span {@code text[start, end)}, or -1. */
    int get(CharSequence text, int start, int end) {
        int h = hash(text, start, end);
        int slot = h & mask;
        char[] k;
        while ((k = keys[slot]) != null) {
            if (hashes[slot] == h && matches(k, text, start, end)) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static int hash(CharSequence s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + Character.toLowerCase(s.charAt(i));
        }
        return h ^ (h >>> 16) * 0x45d9f3b;
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
        char[][] oldKeys = keys;
        int[] oldIds = ids;
        int[] oldHashes = hashes;
        int cap = keys.length * 2;
        keys = new char[cap][];
        ids = new int[cap];
        hashes = new int[cap];
        mask = cap - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                ids[slot] = oldIds[i];
                hashes[slot] = oldHashes[i];
            }
        }
        Arrays.fill(oldKeys, null);
    }
}
