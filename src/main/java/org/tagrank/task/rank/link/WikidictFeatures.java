package org.tagrank.task.rank.link;

import org.tagrank.feature.FeatureSink;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The optional features from CoreNLP's Wikipedia dictionary ({@link Wikidict}), per document:
 * the candidate is the dictionary's 1-best entity for the mention as written (what CoreNLP's
 * {@code entitylink} outputs), with its score; for another spelling (lower case, capitalised
 * upper case); the same title without its qualifier ({@code Detroit,_Michigan} → {@code Detroit});
 * and coherence: other mentions of the document whose 1-best is this candidate.
 */
final class WikidictFeatures {
    static final byte EXACT = 1;
    static final byte VARIANT = 2;
    static final byte BASE = 4;

    private final byte[][] match;
    private final double[] score;
    private final String[] keys;
    private final Map<String, Set<String>> oneBestOf = new HashMap<>();
    private final String numeric;

    WikidictFeatures(LinkDocument doc, Wikidict wd, String[] keys, String numeric) {
        this.keys = keys;
        this.numeric = numeric;
        int n = doc.mentions().size();
        match = new byte[n][];
        score = new double[n];
        for (int j = 0; j < n; j++) {
            LinkMention m = doc.mentions().get(j);
            List<LinkCandidate> cands = m.candidates();
            match[j] = new byte[cands.size()];
            Wikidict.Entry exact = wd.get(m.text());
            score[j] = exact == null ? 0 : exact.score();
            Set<String> variantEntities = new HashSet<>();
            Set<String> bases = new HashSet<>();
            for (String v : Wikidict.variants(m.text())) {
                Wikidict.Entry e = wd.get(v);
                if (e != null) {
                    variantEntities.add(e.entity());
                    bases.add(TitleWords.parts(e.entity()).base());
                    oneBestOf.computeIfAbsent(e.entity(), k -> new HashSet<>()).add(keys[j]);
                }
            }
            for (int k = 0; k < cands.size(); k++) {
                String t = cands.get(k).title();
                byte b = 0;
                if (exact != null && exact.entity().equals(t)) {
                    b |= EXACT;
                } else if (variantEntities.contains(t)) {
                    b |= VARIANT;
                } else if (bases.contains(TitleWords.parts(t).base())) {
                    b |= BASE;
                }
                match[j][k] = b;
            }
        }
    }

    static final String SET = System.getProperty("tagrank.wd", "top,score,conj,variant,base,coh");

    void extract(int j, int c, String title, String casing, FeatureSink sink) {
        byte b = match[j][c];
        if ((b & EXACT) != 0) {
            if (SET.contains("top")) sink.add("wd.top");
            if (SET.contains("score")) sink.add("wd.top.score", score[j]);
            if (SET.contains("conj")) {
            sink.add("wd.top|" + numeric);
            sink.add("wd.top|" + casing);
            }
        } else if ((b & VARIANT) != 0 && SET.contains("variant")) {
            sink.add("wd.variant");
            if (SET.contains("conj")) sink.add("wd.variant|" + numeric);
        } else if ((b & BASE) != 0 && SET.contains("base")) {
            sink.add("wd.base");
        }
        if (!SET.contains("coh")) {
            return;
        }
        Set<String> with = oneBestOf.get(title);
        if (with != null) {
            int n = with.size() - (with.contains(keys[j]) ? 1 : 0);
            if (n > 0) {
                sink.add("coh.wd", Math.log1p(n) / 3);
            }
        }
    }
}
