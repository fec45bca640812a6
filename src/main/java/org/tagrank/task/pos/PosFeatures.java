package org.tagrank.task.pos;

import org.tagrank.feature.FeatureSink;

import java.util.List;

/**
 * The POS features of token i as strings, given the tags before it. Used to build training data;
 * the tagger computes the same features as ids through {@link FeatureTable}, and a test checks
 * the two agree.
 */
final class PosFeatures {
    private PosFeatures() {
    }

    static void extract(PosTemplates t, WordSources src, List<String> words, int i, String prev, String prev2,
                        FeatureSink sink) {
        if (t.bias()) {
            sink.add("bias");
        }
        for (PosTemplates.WordTemplate wt : t.wordTemplates()) {
            sink.add(wt.name() + "=" + PosTemplates.wordValue(wt, words, i, src));
        }
        if (t.prevTag()) {
            sink.add(prevTagFeature(prev));
        }
        if (t.prev2Tag()) {
            sink.add(prev2TagFeature(prev2));
        }
        if (t.tagPair()) {
            sink.add(tagPairFeature(prev2, prev));
        }
        if (t.prevTagWord()) {
            sink.add(prevTagWordFeature(prev, words.get(i)));
        }
        for (PosTemplates.PairTemplate pt : t.pairTemplates()) {
            sink.add(pairFeature(pt.name(), PosTemplates.wordValue(pt.first(), words, i, src),
                    PosTemplates.wordValue(pt.second(), words, i, src)));
        }
        for (PosTemplates.TagWordTemplate tw : t.tagWordTemplates()) {
            sink.add(pairFeature(tw.name(), prev, PosTemplates.wordValue(tw.word(), words, i, src)));
        }
    }

    /** {@code name=a|b} with '|' and '\\' in the values escaped, so that the index can be read back into pairs. */
    static String pairFeature(String name, String a, String b) {
        return name + "=" + escape(a) + "|" + escape(b);
    }

    static String escape(String v) {
        return v.indexOf('|') < 0 && v.indexOf('\\') < 0 ? v : v.replace("\\", "\\\\").replace("|", "\\|");
    }

    /** Splits the value part of a pair feature into its two unescaped values, or null if malformed. */
    static String[] splitPair(String value) {
        if (value.indexOf('\\') < 0) { // no escapes (nearly every feature): the first '|' splits
            int bar = value.indexOf('|');
            return bar < 0 ? null : new String[]{value.substring(0, bar), value.substring(bar + 1)};
        }
        StringBuilder a = new StringBuilder();
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == '\\' && k + 1 < value.length()) {
                a.append(value.charAt(++k));
            } else if (c == '|') {
                String rest = value.substring(k + 1);
                StringBuilder b = new StringBuilder();
                for (int j = 0; j < rest.length(); j++) {
                    char d = rest.charAt(j);
                    b.append(d == '\\' && j + 1 < rest.length() ? rest.charAt(++j) : d);
                }
                return new String[]{a.toString(), b.toString()};
            } else {
                a.append(c);
            }
        }
        return null;
    }

    static String prevTagFeature(String prev) {
        return "t[-1]=" + prev;
    }

    static String prev2TagFeature(String prev2) {
        return "t[-2]=" + prev2;
    }

    static String tagPairFeature(String prev2, String prev) {
        return "t[-2,-1]=" + prev2 + "|" + prev;
    }

    static String prevTagWordFeature(String prev, String word) {
        return "t[-1]+w[0]=" + prev + "|" + word;
    }

    static String wordFeature(PosTemplates.WordTemplate wt, String value) {
        return wt.name() + "=" + value;
    }
}
