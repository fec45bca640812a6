package org.tagrank.task.pos;

import org.tagrank.core.LabelSet;

/**
 * What word functions may consult besides the word itself: the training tag dictionary (for
 * ambiguity classes), the lexicon derived from automatically tagged unlabeled text and word
 * clusters (two sets: {@code cl} and {@code cl2}), the WordNet lexicon ({@code wn}). Any may be null; functions needing a missing source
 * give {@link AutoLexicon#NONE}.
 */
record WordSources(TagDictionary dictionary, LabelSet tags, AutoLexicon auto, WordClusters clusters,
                   WordClusters clusters2, WordNetLexicon wordnet) {
    static final WordSources NONE = new WordSources(null, null, null, null, null, null);

    /** The tags the training data allowed for the word ("DT|IN|WDT"), or {@link AutoLexicon#NONE}. */
    String ambiguityClass(String word) {
        int[] allowed = dictionary == null ? null : dictionary.allowed(word);
        if (allowed == null) {
            return AutoLexicon.NONE;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < allowed.length; k++) {
            if (k > 0) {
                sb.append('|');
            }
            sb.append(tags.label(allowed[k]));
        }
        return sb.toString();
    }

    String autoTags(String word) {
        return auto == null ? AutoLexicon.NONE : auto.tags(word);
    }

    String autoTopTag(String word) {
        return auto == null ? AutoLexicon.NONE : auto.topTag(word);
    }

    String morphology(String word) {
        return auto == null ? AutoLexicon.NONE : auto.morphology(word);
    }

    String frequency(String word) {
        return auto == null ? AutoLexicon.NONE : auto.frequency(word);
    }

    String cluster(String lowerWord) {
        return clusters == null ? AutoLexicon.NONE : clusters.cluster(lowerWord);
    }

    String cluster2(String lowerWord) {
        return clusters2 == null ? AutoLexicon.NONE : clusters2.cluster(lowerWord);
    }

    String wordNet(String lowerWord) {
        return wordnet == null ? AutoLexicon.NONE : wordnet.classes(lowerWord);
    }

    String capitalisation(String word) {
        return auto == null ? AutoLexicon.NONE : auto.capitalisation(word);
    }
}
