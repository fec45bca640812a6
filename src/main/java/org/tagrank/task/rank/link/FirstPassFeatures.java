package org.tagrank.task.rank.link;

import org.tagrank.feature.FeatureSink;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Second-pass coherence: features of a candidate against the first-pass links of the document's
 * other mentions (other texts). Does the candidate's title pattern ({@code * national football team})
 * match the pattern of their links; is the candidate itself their link; is it the link of a longer
 * mention containing this one. Per document, immutable.
 */
final class FirstPassFeatures {
    private static final String NONE = "";

    private final String[] keys;
    private final String[][] patterns;
    private final List<List<Integer>> longer;
    private final int[] firstPass;
    private final List<LinkMention> mentions;
    /** Pattern of the first-pass link (NONE for a link without pattern) → mention keys. */
    private final Map<String, Set<String>> linkPatternOf = new HashMap<>();
    /** Title of the first-pass link → mention keys. */
    private final Map<String, Set<String>> linkOf = new HashMap<>();
    private final Set<String> linkedKeys = new HashSet<>();

    FirstPassFeatures(LinkDocument doc, String[] keys, String[][] patterns, List<List<Integer>> longer, int[] firstPass) {
        if (firstPass.length != doc.mentions().size()) {
            throw new IllegalArgumentException("first pass has " + firstPass.length + " links for "
                    + doc.mentions().size() + " mentions");
        }
        this.keys = keys;
        this.patterns = patterns;
        this.longer = longer;
        this.firstPass = firstPass;
        this.mentions = doc.mentions();
        for (int i = 0; i < firstPass.length; i++) {
            int c = firstPass[i];
            if (c < 0) {
                continue;
            }
            String pat = patterns[i][c];
            linkPatternOf.computeIfAbsent(pat == null ? NONE : pat, k -> new HashSet<>()).add(keys[i]);
            linkOf.computeIfAbsent(mentions.get(i).candidates().get(c).title(), k -> new HashSet<>()).add(keys[i]);
            linkedKeys.add(keys[i]);
        }
    }

    void extract(int j, int c, String title, FeatureSink sink) {
        int others = linkedKeys.size() - (linkedKeys.contains(keys[j]) ? 1 : 0);
        if (others > 0) {
            String pat = patterns[j][c];
            int same = count(linkPatternOf.get(pat == null ? NONE : pat), keys[j]);
            double frac = same / (double) others;
            if (pat == null) {
                sink.add("fp.nopat", frac);
            } else {
                sink.add("fp.pat", frac);
                sink.add("fp.pat.n", Math.log1p(same) / 3);
                sink.add("fp.pat=" + pat, frac);
            }
        }
        int n = count(linkOf.get(title), keys[j]);
        if (n > 0) {
            sink.add("fp.title", Math.log1p(n) / 3);
        }
        for (int i : longer.get(j)) {
            int li = firstPass[i];
            if (li >= 0 && mentions.get(i).candidates().get(li).title().equals(title)) {
                sink.add("fp.coref");
                break;
            }
        }
    }

    private static int count(Set<String> keysWith, String own) {
        if (keysWith == null) {
            return 0;
        }
        return keysWith.size() - (keysWith.contains(own) ? 1 : 0);
    }
}
