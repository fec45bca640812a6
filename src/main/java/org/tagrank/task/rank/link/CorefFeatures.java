package org.tagrank.task.rank.link;

import org.tagrank.feature.FeatureSink;

import java.util.List;

/**
 * The optional {@code cr.*} features: a short mention whose words are the first or last words of
 * an earlier, longer mention of the same document ("Armstrong" after "Lance Armstrong",
 * "Manchester" after "Manchester United") takes that mention's evidence for each candidate: its
 * alias prior, whether it is that mention's prior top, and its popularity / in-link rank among
 * that mention's candidates. One instance per document, made by {@link LinkFeatures}; immutable.
 */
final class CorefFeatures {
    /** Per mention, the nearest earlier longer mention it is a prefix or suffix of, or -1. */
    private final int[] antecedent;
    private final boolean[] suffix;
    private final LinkDocument doc;
    private final AliasPrior.Lookup prior;
    private final String[] keys;
    private final int[] priorTop;

    /**
     * @param words    the mentions' case-folded words
     * @param keys     the mentions' prior keys ({@link AliasPrior#key})
     * @param priorTop per mention, the prior's top candidate or -1
     */
    CorefFeatures(LinkDocument doc, List<List<String>> words, String[] keys, AliasPrior.Lookup prior, int[] priorTop) {
        this.doc = doc;
        this.prior = prior;
        this.keys = keys;
        this.priorTop = priorTop;
        int n = words.size();
        antecedent = new int[n];
        suffix = new boolean[n];
        for (int j = 0; j < n; j++) {
            antecedent[j] = -1;
            List<String> s = words.get(j);
            for (int i = j - 1; i >= 0 && !s.isEmpty(); i--) {
                List<String> l = words.get(i);
                if (l.size() <= s.size()) {
                    continue;
                }
                boolean pre = l.subList(0, s.size()).equals(s);
                boolean suf = l.subList(l.size() - s.size(), l.size()).equals(s);
                if (pre || suf) {
                    antecedent[j] = i;
                    suffix[j] = suf;
                    break;
                }
            }
        }
    }

    /** The antecedent of mention j (-1 none), for tests. */
    int antecedent(int j) {
        return antecedent[j];
    }

    void extract(int j, int c, FeatureSink sink) {
        int i = antecedent[j];
        if (i < 0) {
            return;
        }
        String kind = suffix[j] ? "suf" : "pre";
        String title = doc.mentions().get(j).candidates().get(c).title();
        List<LinkCandidate> ac = doc.mentions().get(i).candidates();
        int k = -1;
        for (int a = 0; a < ac.size(); a++) {
            if (ac.get(a).title().equals(title)) {
                k = a;
                break;
            }
        }
        if (k < 0) {
            sink.add("cr.absent|" + kind);
            return;
        }
        sink.add("cr.has|" + kind);
        int mc = prior.mentionCount(keys[i]);
        if (mc > 0) {
            sink.add("cr.prior|" + kind, prior.pairCount(keys[i], title) / (double) mc);
        }
        if (k == priorTop[i]) {
            sink.add("cr.top|" + kind);
        }
        int popRank = 0;
        int inRank = 0;
        LinkCandidate e = ac.get(k);
        double pop = Double.isNaN(e.popularity()) ? 0 : e.popularity();
        for (LinkCandidate o : ac) {
            double op = Double.isNaN(o.popularity()) ? 0 : o.popularity();
            popRank += op > pop ? 1 : 0;
            inRank += o.inLinks() > e.inLinks() ? 1 : 0;
        }
        sink.add("cr.ranks=" + Math.min(popRank, 2) + "," + Math.min(inRank, 2) + "|" + kind);
    }
}
