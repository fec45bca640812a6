package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.HashCommon;

/**
 * A model attachment of sorted {@code word<TAB>value} lines, kept as its text and looked up in place: half a
 * million words load without building a map of strings ({@link WordClusters}, the WordNet lemmas of
 * {@link WordNetLexicon}). Lookups go through an int hash index over the lines, keyed by the word's
 * String.hashCode, which a looked-up word has usually cached (binary search took ~20 probes and cache misses
 * per unknown word: 8% of tagging time). The index is built in the background after the first lookup, not at
 * load (~50 ms, and a model that only meets vocabulary words never needs it); lookups binary-search until it
 * is published, whole, through a volatile field. Thread-safe.
 */
final class SortedWordTable {
    private final String text;
    /** Start offset of each line; lines are sorted by word. */
    private final int[] starts;
    /** The hash index and the lines' values, or null until built. */
    private volatile Index index;

    /**
     * slots: open addressing over the lines, two ints per slot (the word's String.hashCode, line + 1; 0 = empty;
     * at most half full), so that a probe of another word is rejected without reading the text; values: each
     * line's value, one shared String per distinct value (cluster names, tag classes: a few hundred or thousand),
     * so that a lookup allocates nothing and its value's hash is cached for the next table.
     */
    private record Index(int[] slots, String[] values) {
    }
    private final java.util.concurrent.atomic.AtomicBoolean indexing = new java.util.concurrent.atomic.AtomicBoolean();

    private SortedWordTable(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    /**
     * Reads the attachment {@code name}: sorted {@code word<TAB>value} lines (neither empty), each ending in
     * '\n'; errors name the attachment and line.
     */
    static SortedWordTable parse(String text, String name) {
        int lines = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            throw new IllegalArgumentException(name + ": truncated (no newline at the end)");
        }
        int[] starts = new int[lines];
        int at = 0;
        for (int k = 0; k < lines; k++) {
            starts[k] = at;
            int tab = text.indexOf('\t', at);
            int nl = text.indexOf('\n', at);
            if (tab <= at || tab > nl - 2) {
                throw new IllegalArgumentException(name + " line " + (k + 1) + ": expected word<TAB>value");
            }
            if (k > 0 && compareWords(text, starts[k - 1], at) >= 0) {
                throw new IllegalArgumentException(name + " line " + (k + 1) + ": words out of order or repeated");
            }
            at = nl + 1;
        }
        return new SortedWordTable(text, starts);
    }

    private Index buildIndex() {
        int capacity = Integer.highestOneBit(Math.max(2, starts.length)) << 2;
        int[] t = new int[2 * capacity];
        int mask = capacity - 1;
        String[] values = new String[starts.length];
        java.util.HashMap<String, String> shared = new java.util.HashMap<>();
        for (int k = 0; k < starts.length; k++) {
            int h = 0;
            int i = starts[k];
            for (; text.charAt(i) != '\t'; i++) {
                h = 31 * h + text.charAt(i);
            }
            int slot = HashCommon.mix(h) & mask;
            while (t[2 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            t[2 * slot] = h;
            t[2 * slot + 1] = k + 1;
            String v = text.substring(i + 1, text.indexOf('\n', i));
            values[k] = shared.computeIfAbsent(v, x -> x);
        }
        return new Index(t, values);
    }

    /** Compares the words of the lines starting at a and b. */
    private static int compareWords(String text, int a, int b) {
        while (true) {
            char x = text.charAt(a++);
            char y = text.charAt(b++);
            if (x == '\t' || y == '\t') {
                return x == y ? 0 : x == '\t' ? -1 : 1;
            }
            if (x != y) {
                return x - y;
            }
        }
    }

    /** Compares the word of the line starting at a with w (no allocation). */
    private int compare(int a, String w) {
        for (int i = 0; ; i++, a++) {
            char x = text.charAt(a);
            if (x == '\t') {
                return i == w.length() ? 0 : -1;
            }
            if (i == w.length()) {
                return 1;
            }
            char y = w.charAt(i);
            if (x != y) {
                return x - y;
            }
        }
    }

    /** The line of a word (through the hash index once it is built), or -1. */
    int line(String word) {
        Index idx = index;
        if (idx == null) {
            if (indexing.compareAndSet(false, true)) {
                java.util.concurrent.CompletableFuture.runAsync(this::indexNow);
            }
            return search(word);
        }
        int[] t = idx.slots();
        int mask = (t.length >>> 1) - 1;
        int h = word.hashCode();
        for (int slot = HashCommon.mix(h) & mask; t[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
            if (t[2 * slot] == h && compare(starts[t[2 * slot + 1] - 1], word) == 0) {
                return t[2 * slot + 1] - 1;
            }
        }
        return -1;
    }

    /** Builds and publishes the hash index now (lookups use it from then on). */
    void indexNow() {
        if (index == null) {
            index = buildIndex();
        }
    }

    /** The line of a word by binary search over the sorted lines, or -1 (never starts the index). */
    int search(String word) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(starts[mid], word);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The value of a line: the text between its TAB and its newline (a shared String once the index is built). */
    String value(int line) {
        Index idx = index;
        if (idx != null) {
            return idx.values()[line];
        }
        int tab = text.indexOf('\t', starts[line]);
        return text.substring(tab + 1, text.indexOf('\n', tab));
    }

    /** Offset in {@link #text} of the first character of a line's value (after the word of that length and the TAB). */
    int valueStart(int line, int wordLength) {
        return starts[line] + wordLength + 1;
    }

    int size() {
        return starts.length;
    }

    /** The attachment text. */
    String text() {
        return text;
    }
}
