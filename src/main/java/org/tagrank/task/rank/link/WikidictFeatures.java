package org.tagrank.task.rank.link;

import org.tagrank.feature.FeatureSink;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The optional features from CoreNLP's Wikipedia dictionary ({@link Wikidict}), per document:
 * the candidate is the dictionary's 1-best entity for the mention as written (what CoreNLP's
 * {@code entitylink} outputs), with its score; for another spelling (lower case, capitalised
 * upper case); or the same title without its qualifier ({@code Detroit,_Michigan} → {@code Detroit}).
 * (Conjunctions with the document's numeric share and the mention's casing, and coherence with
 * other mentions' 1-best entities, were tried and did not help on dev: models/en-aida-link-lr-1.md.)
 */
final class WikidictFeatures {
    static final byte EXACT = 1;
    static final byte VARIANT = 2;
    static final byte BASE = 4;

    private final byte[][] match;
    private final double[] score;
    /** The {@code wda.*} features of the dictionary read the other way round, or null. */
    private final WikidictAliasFeatures aliases;

    WikidictFeatures(LinkDocument doc, Wikidict wd) {
        aliases = wd.aliases() == null || wd.aliasGroups().isEmpty() ? null
                : new WikidictAliasFeatures(doc, wd.aliases(), wd.aliasGroups());
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

    void extract(int j, int c, FeatureSink sink) {
        byte b = match[j][c];
        if ((b & EXACT) != 0) {
            sink.add("wd.top");
            sink.add("wd.top.score", score[j]);
        } else if ((b & VARIANT) != 0) {
            sink.add("wd.variant");
        } else if ((b & BASE) != 0) {
            sink.add("wd.base");
        }
        if (aliases != null) {
            aliases.extract(j, c, sink);
        }
    }
}
