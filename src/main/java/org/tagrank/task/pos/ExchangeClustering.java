package org.tagrank.task.pos;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Word clustering by the exchange algorithm with a two-sided predictive class model (after
 * Uszkoreit and Brants 2008, "Distributed word clustering for large scale class-based language
 * modeling in machine translation", whose one-sided model predicts a word's class from the previous
 * word; here from the previous and, separately, from the next word). The objective is the
 * log-likelihood of the corpus under p(w | v) = p(w | c(w)) p(c(w) | v) for v the left and
 * the right neighbour, which up to constants is
 * <pre>  sum over contexts x and classes c of N(x,c) log N(x,c)  -  2 sum over classes c of N(c) log N(c)</pre>
 * Each iteration visits the words from the most frequent down, takes the word out of its class
 * and puts it into the class that raises the objective most (staying put on ties). Single-threaded
 * and deterministic: the same corpus, classes and seed give the same clusters.
 * <p>
 * {@link #extend} keeps the words of an existing clustering (say, newswire clusters) in their
 * clusters and places only the corpus's other words, so that words the existing clusters lack get
 * one of their clusters.
 */
public final class ExchangeClustering {

    /**
     * @param classes    number of clusters (2..65536)
     * @param iterations passes over the vocabulary (stops early when no word moves)
     * @param seed       seed of the random initial assignment
     */
    public record Settings(int classes, int iterations, long seed) {
        public Settings {
            if (classes < 2 || classes > 65536) {
                throw new IllegalArgumentException("classes must be in 2..65536, got " + classes);
            }
            if (iterations < 0) {
                throw new IllegalArgumentException("iterations must be >= 0, got " + iterations);
            }
        }
    }

    /** Called after each iteration. */
    @FunctionalInterface
    public interface Listener {
        void iteration(int iteration, int moved, double objectivePerToken, double seconds);
    }

    /** Largest count whose x log x is tabulated; larger counts are computed. */
    private static final int TABLE_LIMIT = 1 << 24;

    private final ClusterCorpus corpus;
    private final int k;
    private final int[] cls;
    /** N(x, c) at x * k + c: how often a word of class c has context x. */
    private final int[] n;
    /** N(c): occurrences of class c's words. */
    private final long[] total;
    /** x log x for x below the table's length. */
    private final double[] xlogx;
    /** Whether every count a cell can reach is in the table (the corpus has fewer tokens than its length). */
    private final boolean tabulated;

    /** Words whose class stays as given ({@link #extend}), or null. */
    private boolean[] frozen;

    private ExchangeClustering(ClusterCorpus corpus, int classes, long seed) {
        this(corpus, classes, seed, null);
    }

    /** @param initial each word's class, or -1 for a random one; null: the first words one per class, the others random */
    private ExchangeClustering(ClusterCorpus corpus, int classes, long seed, int[] initial) {
        this.corpus = corpus;
        this.k = classes;
        long cells = 2L * corpus.sideContexts * classes;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%,d contexts x %,d classes is too large a table: use fewer contexts or classes", 2 * corpus.sideContexts, classes));
        }
        this.n = new int[(int) cells];
        this.total = new long[classes];
        this.cls = new int[corpus.size()];
        long clustered = 0;
        for (int c : corpus.counts) {
            clustered += c;
        }
        this.xlogx = new double[(int) Math.min(clustered + 1, TABLE_LIMIT)];
        this.tabulated = clustered < xlogx.length;
        for (int i = 1; i < xlogx.length; i++) {
            xlogx[i] = i * Math.log(i);
        }
        // the most frequent words one per class in a random order, the others at random
        SplittableRandom random = new SplittableRandom(seed);
        int[] first = new int[classes];
        for (int c = 0; c < classes; c++) {
            first[c] = c;
        }
        for (int c = classes - 1; c > 0; c--) {
            int j = random.nextInt(c + 1);
            int t = first[c];
            first[c] = first[j];
            first[j] = t;
        }
        for (int w = 0; w < cls.length; w++) {
            if (initial != null) {
                cls[w] = initial[w] >= 0 ? initial[w] : random.nextInt(classes);
            } else {
                cls[w] = w < classes ? first[w] : random.nextInt(classes);
            }
            add(w, cls[w], 1);
        }
    }

    /**
     * Places the corpus's words that lack a cluster into the given clusters, keeping the others where
     * they are: the exchange algorithm moving only the free words (which start in random clusters).
     *
     * @param given      each word's cluster name, or null for the words to place
     * @param iterations passes over the free words
     * @return every word's cluster name (the given ones unchanged)
     */
    public static String[] extend(ClusterCorpus corpus, String[] given, int iterations, long seed, Listener listener) {
        if (given.length != corpus.size()) {
            throw new IllegalArgumentException("one cluster name per word expected");
        }
        java.util.LinkedHashMap<String, Integer> ids = new java.util.LinkedHashMap<>();
        int[] initial = new int[given.length];
        boolean[] frozen = new boolean[given.length];
        for (int w = 0; w < given.length; w++) {
            initial[w] = given[w] == null ? -1 : ids.computeIfAbsent(given[w], n -> ids.size());
            frozen[w] = given[w] != null;
        }
        if (ids.size() < 2) {
            throw new IllegalArgumentException("the given clusters name " + ids.size() + " cluster(s) among the corpus's words: need 2");
        }
        String[] names = ids.keySet().toArray(new String[0]);
        ExchangeClustering x = new ExchangeClustering(corpus, names.length, seed, initial);
        x.frozen = frozen;
        x.run(iterations, listener);
        String[] out = new String[given.length];
        for (int w = 0; w < out.length; w++) {
            out[w] = names[x.cls[w]];
        }
        return out;
    }

    private void run(int iterations, Listener listener) {
        double[] gain = new double[k];
        for (int it = 1; it <= iterations; it++) {
            long start = System.nanoTime();
            int moved = 0;
            for (int w = 0; w < cls.length; w++) {
                if ((frozen == null || !frozen[w]) && exchange(w, gain)) {
                    moved++;
                }
            }
            listener.iteration(it, moved, objective() / corpus.tokens, (System.nanoTime() - start) / 1e9);
            if (moved == 0) {
                break;
            }
        }
    }

    /**
     * Clusters the corpus's words.
     *
     * @return the class of each word of the corpus (index as in {@link ClusterCorpus#word}), numbered by
     * first occurrence in the corpus's word order (the most frequent word is in class 0)
     */
    public static int[] cluster(ClusterCorpus corpus, Settings s, Listener listener) {
        ExchangeClustering x = new ExchangeClustering(corpus, s.classes(), s.seed());
        x.run(s.iterations(), listener);
        return x.renumbered();
    }

    /** Moves word w to its best class; whether it changed class. */
    private boolean exchange(int w, double[] gain) {
        int from = cls[w];
        add(w, from, -1);
        long count = corpus.counts[w];
        for (int c = 0; c < k; c++) {
            gain[c] = -2 * (f(total[c] + count) - f(total[c]));
        }
        int[] ctx = corpus.ctx;
        int[] ctxCount = corpus.ctxCount;
        for (int p = corpus.ctxStart[w], end = corpus.ctxStart[w + 1]; p < end; p++) {
            int row = ctx[p] * k;
            int m = ctxCount[p];
            if (tabulated) {
                double[] t = xlogx;
                double fm = t[m];
                for (int c = 0; c < k; c++) {
                    int v = n[row + c];
                    gain[c] += v == 0 ? fm : t[v + m] - t[v];
                }
            } else {
                for (int c = 0; c < k; c++) {
                    int v = n[row + c];
                    gain[c] += f((long) v + m) - f(v);
                }
            }
        }
        int best = from;
        for (int c = 0; c < k; c++) {
            if (gain[c] > gain[best]) {
                best = c;
            }
        }
        add(w, best, 1);
        cls[w] = best;
        return best != from;
    }

    /** Adds (sign 1) or removes (-1) word w's counts to or from class c. */
    private void add(int w, int c, int sign) {
        for (int p = corpus.ctxStart[w], end = corpus.ctxStart[w + 1]; p < end; p++) {
            n[corpus.ctx[p] * k + c] += sign * corpus.ctxCount[p];
        }
        total[c] += (long) sign * corpus.counts[w];
    }

    private double f(long x) {
        return x < xlogx.length ? xlogx[(int) x] : x * Math.log(x);
    }

    /** The objective (up to constants). */
    private double objective() {
        double sum = 0;
        for (int v : n) {
            if (v > 0) {
                sum += f(v);
            }
        }
        for (long t : total) {
            sum -= 2 * f(t);
        }
        return sum;
    }

    private int[] renumbered() {
        int[] name = new int[k];
        Arrays.fill(name, -1);
        int next = 0;
        int[] out = new int[cls.length];
        for (int w = 0; w < cls.length; w++) {
            if (name[cls[w]] < 0) {
                name[cls[w]] = next++;
            }
            out[w] = name[cls[w]];
        }
        return out;
    }

    /**
     * Writes {@code word<TAB>cluster<TAB>count} lines, by cluster and within a cluster from the most
     * frequent word down: the format {@code --param clusters=FILE} reads.
     */
    public static void write(ClusterCorpus corpus, int[] classes, Writer out) throws IOException {
        int[] order = new int[classes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // word ids are in frequency order already: a stable sort by cluster keeps it within clusters
        it.unimi.dsi.fastutil.ints.IntArrays.mergeSort(order, (a, b) -> Integer.compare(classes[a], classes[b]));
        StringBuilder sb = new StringBuilder(64);
        for (int i : order) {
            sb.setLength(0);
            sb.append(corpus.word(i)).append('\t').append(classes[i]).append('\t').append(corpus.count(i)).append('\n');
            out.write(sb.toString());
        }
    }
}
