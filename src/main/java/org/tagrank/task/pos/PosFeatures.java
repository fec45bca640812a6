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
        extract(t, new Computed(src), words, i, prev, prev2, sink);
    }

    /** Where the values of word functions (and the names of word-template features) come from. */
    interface Values {
        /** The value of a word template at token i (a boundary marker outside the sentence). */
        String value(PosTemplates.WordTemplate wt, List<String> words, int i);

        /** The feature {@code name=value} of word template number k (wt) at token i. */
        String name(int k, PosTemplates.WordTemplate wt, List<String> words, int i);

        /** The character n-gram features of the word at token i ({@link PosTemplates#ngramFeatures}). */
        List<String> ngrams(PosTemplates t, List<String> words, int i);
    }

    /** Values computed at each call. */
    record Computed(WordSources src) implements Values {
        @Override
        public String value(PosTemplates.WordTemplate wt, List<String> words, int i) {
            return PosTemplates.wordValue(wt, words, i, src);
        }

        @Override
        public String name(int k, PosTemplates.WordTemplate wt, List<String> words, int i) {
            return wordFeature(wt, value(wt, words, i));
        }

        @Override
        public List<String> ngrams(PosTemplates t, List<String> words, int i) {
            return t.ngramFeatures(words.get(i), src);
        }
    }

    static void extract(PosTemplates t, Values values, List<String> words, int i, String prev, String prev2,
                        FeatureSink sink) {
        if (t.bias()) {
            sink.add("bias");
        }
        List<PosTemplates.WordTemplate> wts = t.wordTemplates();
        for (int k = 0; k < wts.size(); k++) {
            sink.add(values.name(k, wts.get(k), words, i));
        }
        if (t.ngram() > 0) {
            for (String g : values.ngrams(t, words, i)) {
                sink.add(g);
            }
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
            sink.add(pairFeature(pt.name(), values.value(pt.first(), words, i), values.value(pt.second(), words, i)));
        }
        for (PosTemplates.TagWordTemplate tw : t.tagWordTemplates()) {
            sink.add(pairFeature(tw.name(), prev, values.value(tw.word(), words, i)));
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
        return splitPair(value, 0);
    }

    /** {@link #splitPair(String)} of {@code feature}'s characters from {@code from} on (no substring cut first). */
    static String[] splitPair(String feature, int from) {
        if (feature.indexOf('\\', from) < 0) { // no escapes (nearly every feature): the first '|' splits
            int bar = feature.indexOf('|', from);
            return bar < 0 ? null : new String[]{feature.substring(from, bar), feature.substring(bar + 1)};
        }
        String value = feature.substring(from);
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
