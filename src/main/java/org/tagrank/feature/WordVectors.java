package org.tagrank.feature;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A table of dense word vectors ({@code word<TAB>v1 v2 ... vD} lines, as written by
 * {@code scripts/extract-embeddings}), for features that compare words by meaning rather than by
 * spelling. Immutable and thread-safe; vectors are rows of one float array, addressed by the row index
 * that {@link #row} returns, so that hot loops work on primitives without allocating.
 */
public final class WordVectors {
    private final Object2IntOpenHashMap<String> rows;
    private final String[] words;
    private final float[] values;
    private final int dimension;

    private WordVectors(String[] words, float[] values, int dimension) {
        this.words = words;
        this.values = values;
        this.dimension = dimension;
        this.rows = new Object2IntOpenHashMap<>(words.length);
        rows.defaultReturnValue(-1);
        for (int r = 0; r < words.length; r++) {
            rows.put(words[r], r);
        }
    }

    /**
     * Parses {@code word<TAB>numbers} lines (numbers separated by single spaces, every line the same
     * count); {@code source} names the text in errors ("source line N: ...").
     */
    public static WordVectors parse(String text, String source) {
        int lines = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            lines++;
        }
        String[] words = new String[lines];
        float[] values = null;
        int dimension = -1;
        int at = 0;
        Object2IntOpenHashMap<String> seen = new Object2IntOpenHashMap<>(lines);
        seen.defaultReturnValue(-1);
        for (int r = 0; r < lines; r++) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            int tab = text.indexOf('\t', at);
            if (tab <= at || tab >= end - 1) {
                throw new IllegalArgumentException(source + ":" + (r + 1) + ": expected word<TAB>numbers");
            }
            String word = text.substring(at, tab);
            int earlier = seen.put(word, r);
            if (earlier >= 0) {
                throw new IllegalArgumentException(source + ":" + (r + 1) + ": '" + word
                        + "' repeats line " + (earlier + 1));
            }
            int count = 1;
            for (int i = tab + 1; i < end; i++) {
                if (text.charAt(i) == ' ') {
                    count++;
                }
            }
            if (dimension < 0) {
                dimension = count;
                values = new float[lines * dimension];
            } else if (count != dimension) {
                throw new IllegalArgumentException(source + ":" + (r + 1) + ": " + count
                        + " numbers, but line 1 has " + dimension);
            }
            int start = tab + 1;
            for (int d = 0; d < dimension; d++) {
                int stop = d == dimension - 1 ? end : text.indexOf(' ', start);
                try {
                    float v = parseFloat(text, start, stop);
                    if (!Float.isFinite(v)) {
                        throw new NumberFormatException();
                    }
                    values[r * dimension + d] = v;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(source + ":" + (r + 1) + ": number " + (d + 1)
                            + " is not a finite number: '" + text.substring(start, stop) + "'");
                }
                start = stop + 1;
            }
            words[r] = word;
            at = end + 1;
        }
        return new WordVectors(words, values == null ? new float[0] : values, Math.max(dimension, 0));
    }

    private static final float[] POW10 = {1f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    /**
     * {@link Float#parseFloat} of {@code text[start, stop)}, without its allocation and general algorithm for the
     * common case, a plain decimal {@code [-]digits[.digits]} whose digits make an integer m < 2^24 with k ≤ 10
     * decimals: m and 10^k are exact floats, so the float division m / 10^k is the float nearest the decimal, which
     * is what {@link Float#parseFloat} returns (the same bits). Any other form (exponents, more digits, "NaN",
     * a sign '+', spaces) goes to {@link Float#parseFloat}.
     */
    static float parseFloat(String text, int start, int stop) {
        int i = start;
        boolean negative = i < stop && text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long m = 0;
        int digits = 0;
        int decimals = -1;
        for (; i < stop; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                m = m * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
                if (m >= (1 << 24)) {
                    break;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                break;
            }
        }
        if (i != stop || digits == 0 || decimals > 10 || m >= (1 << 24)) {
            return Float.parseFloat(text.substring(start, stop));
        }
        float v = decimals <= 0 ? (float) m : (float) m / POW10[decimals];
        return negative ? -v : v;
    }

    /** The row of {@code word}, or -1 when the table has no vector for it. */
    public int row(String word) {
        return rows.getInt(word);
    }

    public int size() {
        return words.length;
    }

    public int dimension() {
        return dimension;
    }

    public String word(int row) {
        return words[row];
    }

    /** Copies row r's vector into {@code out} (length ≥ dimension). */
    public void copy(int r, float[] out) {
        System.arraycopy(values, r * dimension, out, 0, dimension);
    }

    /** acc += weight × vector of row r. */
    public void addTo(int r, float weight, float[] acc) {
        int base = r * dimension;
        for (int d = 0; d < dimension; d++) {
            acc[d] += weight * values[base + d];
        }
    }

    /** The dot product of row r's vector with v. */
    public float dot(int r, float[] v) {
        int base = r * dimension;
        float sum = 0;
        for (int d = 0; d < dimension; d++) {
            sum += values[base + d] * v[d];
        }
        return sum;
    }

    /**
     * Every row scaled to unit length, rows one after another in one array (row r at r × dimension); rows whose
     * squared length is below 1e-8 (all zeros, or the rounding leftovers of an extraction) stay all zeros.
     */
    public float[] unitRows() {
        float[] unit = new float[values.length];
        for (int r = 0; r < words.length; r++) {
            int base = r * dimension;
            double n = 0;
            for (int d = 0; d < dimension; d++) {
                n += (double) values[base + d] * values[base + d];
            }
            if (n > 1e-8) {
                double inv = 1 / Math.sqrt(n);
                for (int d = 0; d < dimension; d++) {
                    unit[base + d] = (float) (values[base + d] * inv);
                }
            }
        }
        return unit;
    }

    /** Whether row {@code row} of {@link #unitRows()}' array is all zeros (a word without a usable vector). */
    public static boolean isZeroRow(float[] unitRows, int row, int dimension) {
        for (int d = 0; d < dimension; d++) {
            if (unitRows[row * dimension + d] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The cosine of a and b over their first {@code n} components; 0 when either is all zeros. */
    public static float cosine(float[] a, float[] b, int n) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int d = 0; d < n; d++) {
            ab += a[d] * b[d];
            aa += a[d] * a[d];
            bb += b[d] * b[d];
        }
        return aa == 0 || bb == 0 ? 0f : (float) (ab / Math.sqrt(aa * bb));
    }

    /**
     * The same words with the table's mean vector subtracted from every vector: cosines then measure
     * how two words differ from the average word rather than their shared common direction.
     */
    public WordVectors centered() {
        double[] mean = new double[dimension];
        for (int r = 0; r < words.length; r++) {
            for (int d = 0; d < dimension; d++) {
                mean[d] += values[r * dimension + d];
            }
        }
        float[] v = new float[values.length];
        for (int r = 0; r < words.length; r++) {
            for (int d = 0; d < dimension; d++) {
                v[r * dimension + d] = (float) (values[r * dimension + d] - mean[d] / words.length);
            }
        }
        return new WordVectors(words, v, dimension);
    }

    /** The vectors of the words {@code keep} accepts, in this table's order (to attach fewer to a model). */
    public WordVectors restrictTo(Predicate<String> keep) {
        int n = 0;
        int[] kept = new int[words.length];
        for (int r = 0; r < words.length; r++) {
            if (keep.test(words[r])) {
                kept[n++] = r;
            }
        }
        String[] w = new String[n];
        float[] v = new float[n * dimension];
        for (int k = 0; k < n; k++) {
            w[k] = words[kept[k]];
            System.arraycopy(values, kept[k] * dimension, v, k * dimension, dimension);
        }
        return new WordVectors(w, v, dimension);
    }

    /**
     * The table in its file format, numbers rounded to 5 decimals and written without the locale
     * (a model attachment; {@link #parse} reads it back).
     */
    public String text() {
        return text(5);
    }

    /** {@link #text()} with numbers rounded to {@code decimals} (1-6) decimals: a smaller attachment. */
    public String text(int decimals) {
        if (decimals < 1 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be in [1,6], got " + decimals);
        }
        long scale = 1;
        for (int k = 0; k < decimals; k++) {
            scale *= 10;
        }
        StringBuilder sb = new StringBuilder(words.length * (dimension * 9 + 12));
        for (int r = 0; r < words.length; r++) {
            sb.append(words[r]).append('\t');
            for (int d = 0; d < dimension; d++) {
                if (d > 0) {
                    sb.append(' ');
                }
                appendFixed(sb, values[r * dimension + d], scale, decimals);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void appendFixed(StringBuilder sb, float v, long scale, int decimals) {
        long scaled = Math.round(v * (double) scale);
        if (scaled < 0) {
            sb.append('-');
            scaled = -scaled;
        }
        sb.append(scaled / scale).append('.');
        String frac = Long.toString(scaled % scale);
        for (int k = frac.length(); k < decimals; k++) {
            sb.append('0');
        }
        sb.append(frac);
    }

    @Override
    public String toString() {
        return "WordVectors[" + words.length + " words, " + dimension + " dimensions]";
    }

    /** For tests: the raw values of row r. */
    float[] vector(int r) {
        return Arrays.copyOfRange(values, r * dimension, (r + 1) * dimension);
    }
}
