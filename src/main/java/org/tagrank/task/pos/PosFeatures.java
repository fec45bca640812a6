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
