package org.tagrank.task.classify;

import java.util.Arrays;

/**
 * Read-only after building: token → id, looked up straight from a span of the text (lowercased
 * on the fly) so that encoding a document allocates no token strings. Open addressing with
 * linear probing; each slot packs (hash, id) in one long, so a miss usually costs one memory
 * access. Thread-safe for lookups once built.
 */
final class TokenTable {
    private static final long EMPTY = -1L;
    private long[] slots;
    private char[][] keys;
    private int size;
    private int mask;

    TokenTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[cap];
        Arrays.fill(slots, EMPTY);
        keys = new char[cap][];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** Adds a (lowercase) token if absent; returns its id. Not thread-safe. */
    int add(String token) {
        int h = hash(token, 0, token.length());
        int slot = h & mask;
        long s;
        while ((s = slots[slot]) != EMPTY) {
            if ((int) (s >>> 32) == h && matches(keys[slot], token, 0, token.length())) {
                return (int) s;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = ((long) h << 32) | size;
        keys[slot] = token.toCharArray();
        size++;
        if (size * 2 > slots.length) {
            grow();
        }
        return size - 1;
    }

    /** The id of the lowercased span {@code text[start, end)}, or -1. */
    int get(CharSequence text, int start, int end) {
        int h = hash(text, start, end);
        int slot = h & mask;
        long s;
        while ((s = slots[slot]) != EMPTY) {
            if ((int) (s >>> 32) == h && matches(keys[slot], text, start, end)) {
                return (int) s;
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
        long[] oldSlots = slots;
        char[][] oldKeys = keys;
        int cap = slots.length * 2;
        slots = new long[cap];
        Arrays.fill(slots, EMPTY);
        keys = new char[cap][];
        mask = cap - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != EMPTY) {
                int slot = (int) (oldSlots[i] >>> 32) & mask;
                while (slots[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = oldSlots[i];
                keys[slot] = oldKeys[i];
            }
        }
    }
}
