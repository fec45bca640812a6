package org.tagrank.task.rank.link;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import org.tagrank.feature.FeatureSink;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The optional {@code wda.*} features: evidence about each candidate from CoreNLP's dictionary read
 * the other way round ({@link WikidictAliases}), so that it also works for entities never linked in
 * the training documents. Groups:
 * <ul>
 * <li>{@code count}: the log number of dictionary aliases whose 1-best is the candidate, its gap to
 *     the best candidate's and its rank among the mention's candidates;</li>
 * <li>{@code doc}: aliases of the candidate (1-best), other than the mention's own spellings, that
 *     occur in the document ("Lance Armstrong" earlier in a document where the mention is
 *     "Armstrong"): their number, the best score, the longest (in words), whether one contains the
 *     mention's words, and the candidate's rank among the mention's candidates by their number;</li>
 * <li>{@code ctx}: the words of all the candidate's aliases (anchor texts from the web: "cyclist", "tour",
 *     "triathlete" for {@code Lance_Armstrong}), weighted by how many aliases have them, against the document's
 *     words, the mention's own words left out: the share of the bag's weight found in the document (a cosine with
 *     the document's word set), its gap to the best candidate's and its rank among the mention's candidates.</li>
 * </ul>
 * One instance per document.
 */
final class WikidictAliasFeatures {
    private final boolean count;
    private final boolean docGroup;
    private final boolean ctxGroup;
    private final double[][] ctx;
    private final int[][] aliasCounts;
    private final int[][] docCounts;
    private final double[][] bestScore;
    private final int[][] longest;
    private final boolean[][] containsMention;

    WikidictAliasFeatures(LinkDocument doc, WikidictAliases wa, Set<String> groups) {
        int n = doc.mentions().size();
        count = groups.contains("count");
        docGroup = groups.contains("doc");
        ctxGroup = groups.contains("ctx");
        ctx = ctxGroup ? new double[n][] : null;
        Set<String> docWords = new java.util.HashSet<>();
        if (ctxGroup) {
            for (String t : doc.tokens()) {
                for (String w : TitleWords.words(t)) {
                    if (WikidictAliases.contentWord(w)) {
                        docWords.add(w);
                    }
                }
            }
            for (LinkMention m : doc.mentions()) { // a mention file without its document: the mentions are its words
                for (String w : TitleWords.words(m.text())) {
                    if (WikidictAliases.contentWord(w)) {
                        docWords.add(w);
                    }
                }
            }
        }
        aliasCounts = new int[n][];
        docCounts = new int[n][];
        bestScore = new double[n][];
        longest = new int[n][];
        containsMention = new boolean[n][];
        LongOpenHashSet grams = new LongOpenHashSet();
        if (docGroup) {
            WikidictAliases.ngrams(doc.tokens(), grams);
            for (LinkMention m : doc.mentions()) {
                grams.add(WikidictAliases.hash(m.text()));
            }
        }
        for (int j = 0; j < n; j++) {
            LinkMention m = doc.mentions().get(j);
            List<LinkCandidate> cands = m.candidates();
            int k = cands.size();
            aliasCounts[j] = new int[k];
            docCounts[j] = new int[k];
            bestScore[j] = new double[k];
            longest[j] = new int[k];
            containsMention[j] = new boolean[k];
            Set<String> own = new LinkedHashSet<>(Wikidict.variants(m.text()));
            String mentionLower = " " + m.text().toLowerCase(Locale.ROOT) + " ";
            Set<String> mentionWords = new java.util.HashSet<>(TitleWords.words(m.text()));
            if (ctxGroup) {
                ctx[j] = new double[k];
            }
            for (int c = 0; c < k; c++) {
                String title = cands.get(c).title();
                aliasCounts[j][c] = wa.aliasCount(title);
                if (ctxGroup) {
                    ctx[j][c] = share(wa.bag(title), docWords, mentionWords);
                }
                if (!docGroup) {
                    continue;
                }
                for (WikidictAliases.Alias a : wa.inData(title)) {
                    if (!grams.contains(a.hash()) || own.contains(a.text())) {
                        continue;
                    }
                    docCounts[j][c]++;
                    bestScore[j][c] = Math.max(bestScore[j][c], a.score());
                    longest[j][c] = Math.max(longest[j][c], a.words());
                    if (!containsMention[j][c]
                            && (" " + a.text().toLowerCase(Locale.ROOT) + " ").contains(mentionLower)) {
                        containsMention[j][c] = true;
                    }
                }
            }
        }
    }

    /** The bag's weight on document words over its norm, the mention's words left out of both (0 for no bag). */
    static double share(WikidictAliases.Bag bag, Set<String> docWords, Set<String> mentionWords) {
        return bag.share(docWords, mentionWords);
    }

    void extract(int j, int c, FeatureSink sink) {
        if (ctxGroup) {
            double[] x = ctx[j];
            double v = x[c];
            if (v > 0) {
                sink.add("wda.ctx", Math.min(v, 5) / 5);
                sink.add("wda.ctx.rank=" + Math.min(ContextFeatures.rank(x, c), 3));
            } else {
                sink.add("wda.ctx.zero");
            }
            // scores are >= 0, so the best is at least 0, as the gap needs
            sink.add("wda.ctx.gap", Math.min(Math.max(0, ContextFeatures.max(x)) - v, 5) / 5);
        }
        if (count) {
            int[] a = aliasCounts[j];
            int n = a[c];
            int rank = ContextFeatures.rank(a, c);
            int max = 0;
            for (int x : a) {
                max = Math.max(max, x);
            }
            sink.add("wda.n", Math.log1p(n) / 5);
            sink.add("wda.n.gap", (Math.log1p(max) - Math.log1p(n)) / 5);
            sink.add("wda.n.rank=" + Math.min(rank, 3));
            if (n == 0) {
                sink.add("wda.n.zero");
            }
        }
        if (docGroup) {
            int[] d = docCounts[j];
            int n = d[c];
            int rank = ContextFeatures.rank(d, c);
            int with = 0;
            for (int x : d) {
                if (x > 0) {
                    with++;
                }
            }
            if (n == 0) {
                if (with > 0) {
                    sink.add("wda.doc.other");
                }
                return;
            }
            sink.add("wda.doc");
            sink.add("wda.doc.n", Math.log1p(n) / 2);
            sink.add("wda.doc.score", bestScore[j][c]);
            sink.add("wda.doc.len=" + Math.min(longest[j][c], 3));
            sink.add("wda.doc.rank=" + Math.min(rank, 2));
            if (with == 1) {
                sink.add("wda.doc.only");
            }
            if (containsMention[j][c]) {
                sink.add("wda.doc.longer");
            }
        }
    }
}
