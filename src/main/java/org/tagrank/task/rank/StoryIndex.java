package org.tagrank.task.rank;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.ArrayList;
import java.util.List;

/**
 * A story prepared for lexical matching: its word tokens, their stems, sentence boundaries and
 * word counts for the inverse-count weight {@code IC(w) = log(1 + 1/C(w))} of Richardson et al.
 * (2013). Immutable after construction.
 */
public final class StoryIndex {
    private final String[] words;
    private final String[] stems;
    /** sentenceStart[k] is the first token of sentence k; sentenceStart[n] = token count. */
    private final int[] sentenceStart;
    private final Object2IntOpenHashMap<String> wordCounts = new Object2IntOpenHashMap<>();
    private final Object2IntOpenHashMap<String> stemCounts = new Object2IntOpenHashMap<>();

    public StoryIndex(String text) {
        List<String> ws = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (String sentence : TextNormalizer.sentences(text)) {
            List<String> tokens = TextNormalizer.words(sentence);
            if (tokens.isEmpty()) {
                continue;
            }
            starts.add(ws.size());
            ws.addAll(tokens);
        }
        words = ws.toArray(new String[0]);
        stems = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            stems[i] = TextNormalizer.stem(words[i]);
        }
        sentenceStart = new int[starts.size() + 1];
        for (int k = 0; k < starts.size(); k++) {
            sentenceStart[k] = starts.get(k);
        }
        sentenceStart[starts.size()] = words.length;
        wordCounts.defaultReturnValue(0);
        stemCounts.defaultReturnValue(0);
        for (int i = 0; i < words.length; i++) {
            wordCounts.addTo(words[i], 1);
            stemCounts.addTo(stems[i], 1);
        }
    }

    public int size() {
        return words.length;
    }

    public String word(int i) {
        return words[i];
    }

    public String stem(int i) {
        return stems[i];
    }

    /** Tokens of one level (surface words or stems). */
    String[] tokens(boolean stemmed) {
        return stemmed ? stems : words;
    }

    public int sentences() {
        return sentenceStart.length - 1;
    }

    public int sentenceStart(int k) {
        return sentenceStart[k];
    }

    public int sentenceEnd(int k) {
        return sentenceStart[k + 1];
    }

    public int count(String token, boolean stemmed) {
        return (stemmed ? stemCounts : wordCounts).getInt(token);
    }

    /** {@code log(1 + 1/C(w))}; 0 for a token absent from the story. */
    public double ic(String token, boolean stemmed) {
        int c = count(token, stemmed);
        return c == 0 ? 0.0 : Math.log(1.0 + 1.0 / c);
    }
}
