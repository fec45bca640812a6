package org.tagrank.task.rank.link;

import org.tagrank.feature.FeatureSink;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional {@code co.*} features: how related a candidate is, by {@link EntityCooc} (gold links
 * co-occurring in training documents), to the document's other mentions (other surface strings):
 * to their likely links (alias-prior top, else most in-links) and to any of their candidates. Per
 * candidate: the number and share of related other mentions, the summed log counts, the best
 * conditional P(candidate | other link) and the best PMI with another mention's likely link (with
 * its rank), the candidate's rank by the summed score and its gap to the best; {@code co.unseen}
 * for a candidate never linked in training when another candidate of the mention has evidence (so
 * the model can discount the absence). A document whose mention has no other surface string gets
 * no {@code co.*} feature (neutral). One instance per document.
 */
final class CoocFeatures {
    /** Per mention and candidate: related likely links and related mentions, summed score, best P(e|e') and PMI. */
    private final int[][] nLikely;
    private final int[][] nCand;
    private final double[][] score;
    private final double[][] cond;
    private final double[][] pmi;
    private final boolean[][] seen;
    private final int[] others;

    /**
     * @param keys   per mention, its surface key ({@link AliasPrior#key})
     * @param likely per mention, its likely candidate (-1 none)
     */
    CoocFeatures(LinkDocument doc, EntityCooc.View view, String[] keys, int[] likely) {
        List<LinkMention> ms = doc.mentions();
        int n = ms.size();
        int[][] ids = new int[n][];
        for (int i = 0; i < n; i++) {
            List<LinkCandidate> cs = ms.get(i).candidates();
            ids[i] = new int[cs.size()];
            for (int c = 0; c < cs.size(); c++) {
                int id = view.id(cs.get(c).title());
                // an entity whose only training document is this one counts as unknown, as on new text
                ids[i][c] = view.docs(id) > 0 ? id : -1;
            }
        }
        // one representative mention per surface string: repeats of a name add no new evidence
        Map<String, Integer> byKey = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byKey.putIfAbsent(keys[i], i);
        }
        int[] reps = byKey.values().stream().mapToInt(Integer::intValue).toArray();
        // the share's denominator: every other string, those without candidates (or NIL in the gold) too, since
        // which mentions are NIL is not known on new text
        nLikely = new int[n][];
        nCand = new int[n][];
        score = new double[n][];
        cond = new double[n][];
        pmi = new double[n][];
        seen = new boolean[n][];
        others = new int[n];
        for (int j = 0; j < n; j++) {
            int k = ids[j].length;
            nLikely[j] = new int[k];
            nCand[j] = new int[k];
            score[j] = new double[k];
            cond[j] = new double[k];
            pmi[j] = new double[k];
            Arrays.fill(pmi[j], Double.NaN);
            seen[j] = new boolean[k];
            others[j] = reps.length - 1; // keys[j] is among them
            for (int c = 0; c < k; c++) {
                int a = ids[j][c];
                seen[j][c] = a >= 0;
                if (a < 0) {
                    continue;
                }
                for (int i : reps) {
                    if (keys[i].equals(keys[j])) {
                        continue;
                    }
                    int b = likely[i] >= 0 ? ids[i][likely[i]] : -1;
                    int pl = view.pair(a, b);
                    if (pl > 0) {
                        nLikely[j][c]++;
                        score[j][c] += Math.log1p(pl);
                        cond[j][c] = Math.max(cond[j][c], pl / (double) view.docs(b));
                        double x = Math.log(pl * (double) view.total() / ((double) view.docs(a) * view.docs(b)));
                        pmi[j][c] = Double.isNaN(pmi[j][c]) ? x : Math.max(pmi[j][c], x);
                    }
                    int best = 0;
                    for (int b2 : ids[i]) {
                        best = Math.max(best, view.pair(a, b2));
                    }
                    if (best > 0) {
                        nCand[j][c]++;
                        score[j][c] += 0.5 * Math.log1p(best);
                    }
                }
            }
        }
    }

    void extract(int j, int c, FeatureSink sink) {
        int o = others[j];
        if (o == 0) {
            return;
        }
        double best = 0;
        for (double s : score[j]) {
            best = Math.max(best, s);
        }
        if (!seen[j][c]) {
            if (best > 0) {
                sink.add("co.unseen");
            }
            return;
        }
        double s = score[j][c];
        if (s > 0) {
            sink.add("co.lik.n", Math.log1p(nLikely[j][c]) / 3);
            sink.add("co.lik.frac", nLikely[j][c] / (double) o);
            sink.add("co.cand.n", Math.log1p(nCand[j][c]) / 3);
            sink.add("co.cand.frac", nCand[j][c] / (double) o);
            sink.add("co.score", Math.log1p(s) / 3);
            sink.add("co.cond", cond[j][c]);
            sink.add("co.rank=" + Math.min(ContextFeatures.rank(score[j], c), 3));
            if (!Double.isNaN(pmi[j][c])) {
                sink.add("co.pmi", pmi[j][c] / 5);
                sink.add("co.pmi.rank=" + Math.min(ContextFeatures.rank(pmi[j], c), 3));
            }
        } else if (best > 0) {
            sink.add("co.zero");
        }
        if (best > 0) {
            sink.add("co.gap", Math.log1p(s) / 3 - Math.log1p(best) / 3);
        }
    }
}
