package org.tagrank.task.classify;

import java.util.Arrays;

/**
 * The hot path of {@link NgramVectorizer}: raw text → sorted feature ids and weighted values in
 * a per-thread {@link Work} area, allocating nothing once the area has grown to the largest
 * document seen. The text is read in Unicode NFC. Tokenising, lowercasing and the token key are computed in one
 * pass over the chars ({@link Tokenizer}'s rule: a letter or digit, then letters, digits and combining marks); one
 * probe of the {@link TokenTable} gives the token id and its unigram feature; bigrams are looked up
 * by the pair of token ids in a {@link PairTable}. The result equals, bit for bit, the straightforward
 * encoding (count every n-gram feature, weight, L2-normalise in feature id order).
 * Thread-safe: the tables are read-only and every thread has its own work area.
 */
final class NgramEncoder {
    /** Header templates: SUBJECT, FROM, ORGANIZATION. */
    private static final String[] FIELD = {"Subject: ", "From: ", "Organization: "};

    private final Weighting weighting;
    private final boolean normalise;
    private final boolean bigram;
    private final TokenTable tokens;
    private final PairTable bigrams;
    /** Per header field: token id → feature id or -1; null when the template is off. */
    private final int[][] header;
    private final float[] idf;
    /** Bits of the largest feature id, for the radix sort. */
    private final int idBits;
    private final ThreadLocal<Work> work = ThreadLocal.withInitial(Work::new);

    NgramEncoder(NgramConfig config, TokenTable tokens, PairTable bigrams, int[][] header, float[] idf) {
        this.weighting = config.weighting();
        this.normalise = config.normalise();
        this.bigram = config.has(Template.BIGRAM);
        this.tokens = tokens;
        this.bigrams = bigrams;
        this.header = header;
        this.idf = idf;
        this.idBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, idf.length - 1)));
    }

    /** Per-thread buffers; the encoded document is {@code ids[0, size)} with {@code values[0, size)}. */
    static final class Work {
        int[] raw = new int[1024];
        int n;
        int[] tmp = new int[1024];
        int[] count = new int[1 << 11];
        int[] ids = new int[1024];
        float[] values = new float[1024];
        int size;
        double[] scores = new double[0];

        void add(int f) {
            if (n == raw.length) {
                raw = Arrays.copyOf(raw, n * 2);
            }
            raw[n++] = f;
        }
    }

    /** Encodes the text into this thread's work area and returns it (valid until the thread's next call). */
    Work encode(String raw) {
        String text = org.tagrank.io.UnicodeWords.nfc(raw); // the same string, allocating nothing, when NFC already
        Work w = work.get();
        w.n = 0;
        body(text, w);
        for (int k = 0; k < header.length; k++) {
            if (header[k] != null) {
                long range = Headers.fieldAt(text, FIELD[k]);
                if (range >= 0) {
                    field(text, Headers.start(range), Headers.end(range), header[k], w);
                }
            }
        }
        sort(w);
        weigh(w);
        return w;
    }

    /** Unigrams (the table's value) and bigrams of the whole text. */
    private void body(String text, Work w) {
        int prev = -1;
        int i = 0;
        int to = text.length();
        while (i < to) {
            char c = TokenTable.start(text, i, 0, to);
            if (c == 0) {
                i++;
                continue;
            }
            int start = i;
            long packed = 0;
            long hash = 0;
            boolean small = true;
            int shift = 0;
            do {
                hash = 31 * hash + c;
                if (c >= 256 || shift == 64) {
                    small = false;
                } else {
                    packed |= (long) c << shift;
                    shift += 8;
                }
                i++;
            } while (i < to && (c = TokenTable.lower(text, i, 0, to)) != 0);
            long e = tokens.find(small ? packed : TokenTable.longKey(hash), text, start, i);
            int id = (int) (e >> 32); // -1 when absent
            if (id >= 0) {
                int uni = (int) e;
                if (uni >= 0) {
                    w.add(uni);
                }
                if (bigram && prev >= 0) {
                    int f = bigrams.get(((long) prev << 32) | id);
                    if (f >= 0) {
                        w.add(f);
                    }
                }
            }
            prev = id;
        }
    }

    /** Single-token features of a header field's tokens. */
    private void field(String text, int from, int to, int[] map, Work w) {
        int i = from;
        while (i < to) {
            if (TokenTable.start(text, i, from, to) == 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && TokenTable.lower(text, i, from, to) != 0) {
                i++;
            }
            int id = tokens.get(text, start, i);
            if (id >= 0 && map[id] >= 0) {
                w.add(map[id]);
            }
        }
    }

    /** Sorts raw[0, n) ascending: insertion sort when short, else LSD radix sort (same order as Arrays.sort). */
    private void sort(Work w) {
        int n = w.n;
        int[] a = w.raw;
        if (n <= 32) {
            for (int i = 1; i < n; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= 0 && a[j] > v) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        if (w.tmp.length < n) {
            w.tmp = new int[a.length];
        }
        int passes = (idBits + 10) / 11;
        int bits = (idBits + passes - 1) / passes;
        int buckets = 1 << bits;
        int digitMask = buckets - 1;
        int[] count = w.count;
        int[] src = a;
        int[] dst = w.tmp;
        for (int p = 0, shift = 0; p < passes; p++, shift += bits) {
            Arrays.fill(count, 0, buckets, 0);
            for (int i = 0; i < n; i++) {
                count[(src[i] >>> shift) & digitMask]++;
            }
            int sum = 0;
            for (int b = 0; b < buckets; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int v = src[i];
                dst[count[(v >>> shift) & digitMask]++] = v;
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != a) { // odd number of passes: the sorted ids are in tmp
            w.tmp = a;
            w.raw = src;
        }
    }

    /** Counts runs of equal ids into (id, tf), weights them and L2-normalises. */
    private void weigh(Work w) {
        int n = w.n;
        int[] raw = w.raw;
        if (w.ids.length < n) {
            w.ids = new int[raw.length];
            w.values = new float[raw.length];
        }
        int[] ids = w.ids;
        float[] values = w.values;
        int size = 0;
        for (int i = 0; i < n; ) {
            int f = raw[i];
            int j = i + 1;
            while (j < n && raw[j] == f) {
                j++;
            }
            ids[size] = f;
            values[size] = j - i; // the count first
            size++;
            i = j;
        }
        double norm = 0;
        for (int i = 0; i < size; i++) {
            double v = weighting.value((int) values[i], idf[ids[i]]);
            values[i] = (float) v;
            norm += v * v;
        }
        if (normalise && norm > 0) {
            float inv = (float) (1.0 / Math.sqrt(norm));
            for (int i = 0; i < size; i++) {
                values[i] *= inv;
            }
        }
        w.size = size;
    }
}
