package org.tagrank.task.rank.link;

import org.tagrank.feature.FeatureSink;

import java.util.List;

/**
 * The optional {@code ectx.*} features: the document's words against the candidate's bag in the
 * {@link EntityContext} model (cosine, its rank and gap among the mention's candidates, and how
 * many training documents the bag comes from), and for a candidate never linked in training the
 * bag of its title pattern class ({@code * national football team}). One instance per document,
 * made by {@link LinkFeatures}; immutable.
 */
final class ContextFeatures {
    private final double[][] cos;
    private final int[][] docs;
    private final double[][] pat;
    /** Per mention and candidate, the cosine with the words of a window around the mention (null without one). */
    private final double[][] win;

    /**
     * @param patterns per mention and candidate, the title pattern ({@link LinkPatterns#pattern}) or null
     */
    ContextFeatures(LinkDocument doc, EntityContext.View view, String[][] patterns) {
        this(doc, view, patterns, 0);
    }

    /**
     * @param window with {@code w > 0}, also the cosine of the bag with the {@code w} tokens either
     *               side of the mention ({@code ectx.win}); 0 for none
     */
    ContextFeatures(LinkDocument doc, EntityContext.View view, String[][] patterns, int window) {
        List<LinkMention> ms = doc.mentions();
        cos = new double[ms.size()][];
        docs = new int[ms.size()][];
        pat = new double[ms.size()][];
        win = new double[ms.size()][];
        for (int j = 0; j < ms.size(); j++) {
            List<LinkCandidate> cs = ms.get(j).candidates();
            cos[j] = new double[cs.size()];
            docs[j] = new int[cs.size()];
            pat[j] = new double[cs.size()];
            for (int c = 0; c < cs.size(); c++) {
                String t = cs.get(c).title();
                docs[j][c] = view.docs(t);
                cos[j][c] = docs[j][c] > 0 ? view.entity(t) : Double.NaN;
                pat[j][c] = view.pattern(patterns[j][c]);
            }
            LinkMention m = ms.get(j);
            if (window > 0 && m.tokStart() >= 0 && !doc.tokens().isEmpty()) {
                EntityContext.View v = view.window(doc.tokens(), m.tokStart() - window, m.tokEnd() + window);
                win[j] = new double[cs.size()];
                for (int c = 0; c < cs.size(); c++) {
                    win[j][c] = docs[j][c] > 0 ? v.entity(cs.get(c).title()) : Double.NaN;
                }
            }
        }
    }

    /** Rank of {@code xs[c]} among the defined values (0 = best), or -1 when undefined. */
    static int rank(double[] xs, int c) {
        if (Double.isNaN(xs[c])) {
            return -1;
        }
        int r = 0;
        for (double x : xs) {
            if (x > xs[c]) {
                r++;
            }
        }
        return r;
    }

    /** Rank of {@code xs[c]} among the counts (0 = best). */
    static int rank(int[] xs, int c) {
        int r = 0;
        for (int x : xs) {
            if (x > xs[c]) {
                r++;
            }
        }
        return r;
    }

    /** The largest defined value, or NaN. */
    static double max(double[] xs) {
        double m = Double.NaN;
        for (double x : xs) {
            if (!Double.isNaN(x) && (Double.isNaN(m) || x > m)) {
                m = x;
            }
        }
        return m;
    }

    void extract(int j, int c, FeatureSink sink) {
        double x = cos[j][c];
        if (!Double.isNaN(x)) {
            sink.add("ectx.cos", x);
            sink.add("ectx.conf", x * Math.min(1, Math.log1p(docs[j][c]) / 2));
            sink.add("ectx.gap", x - max(cos[j]));
            sink.add("ectx.rank=" + Math.min(rank(cos[j], c), 3));
            if (win[j] != null && !Double.isNaN(win[j][c])) {
                sink.add("ectx.win", win[j][c]);
                sink.add("ectx.win.rank=" + Math.min(rank(win[j], c), 3));
            }
        } else if (docs[j][c] == 0) {
            sink.add("ectx.unseen");
            double p = pat[j][c];
            if (!Double.isNaN(p)) {
                sink.add("ectx.pat", p);
                sink.add("ectx.pat.rank=" + Math.min(rank(pat[j], c), 3));
            }
        }
    }
}
