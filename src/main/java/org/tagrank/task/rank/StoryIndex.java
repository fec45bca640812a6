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
    /** Stems with third-person pronouns replaced by the stem of the last name before them. */
    private final String[] resolved;
    /** Stems of words seen capitalised inside a sentence: names, roughly. */
    private final java.util.Set<String> names = new java.util.HashSet<>();
    /** sentenceStart[k] is the first token of sentence k; sentenceStart[n] = token count. */
    private final int[] sentenceStart;
    private final Object2IntOpenHashMap<String> wordCounts = new Object2IntOpenHashMap<>();
    private final Object2IntOpenHashMap<String> stemCounts = new Object2IntOpenHashMap<>();

    public StoryIndex(String text) {
        java.util.Objects.requireNonNull(text, "text");
        List<String> ws = new ArrayList<>();
        List<String> cased = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (String sentence : TextNormalizer.sentences(text)) {
            List<String> tokens = TextNormalizer.casedWords(sentence);
            if (tokens.isEmpty()) {
                continue;
            }
            starts.add(ws.size());
            cased.addAll(tokens);
            for (String t : tokens) {
                ws.add(t.toLowerCase(java.util.Locale.ROOT));
            }
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
        resolved = resolvePronouns(cased, starts, stems, names);
        wordCounts.defaultReturnValue(0);
        stemCounts.defaultReturnValue(0);
        for (int i = 0; i < words.length; i++) {
            wordCounts.addTo(words[i], 1);
            stemCounts.addTo(stems[i], 1);
        }
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "him", "her", "his", "hers",
            "himself", "herself");

    /**
     * A crude coreference: names are words seen capitalised inside a sentence (not first); each
     * singular third-person pronoun stands for the last name before it.
     */
    private static String[] resolvePronouns(List<String> cased, List<Integer> starts, String[] stems,
                                            java.util.Set<String> names) {
        java.util.Set<Integer> initial = new java.util.HashSet<>(starts);
        for (int i = 0; i < cased.size(); i++) {
            String t = cased.get(i);
            if (!initial.contains(i) && Character.isUpperCase(t.charAt(0)) && !t.equals("I")) {
                names.add(stems[i]);
            }
        }
        String[] out = stems.clone();
        String last = null;
        for (int i = 0; i < out.length; i++) {
            if (names.contains(stems[i]) && Character.isUpperCase(cased.get(i).charAt(0))) {
                // a multi-word name is known by its first word ("Jessie Bear" -> jessie)
                boolean continues = i > 0 && !initial.contains(i) && names.contains(stems[i - 1])
                        && Character.isUpperCase(cased.get(i - 1).charAt(0));
                if (!continues) {
                    last = stems[i];
                }
            } else if (last != null && PRONOUNS.contains(stems[i])) {
                out[i] = last;
            }
        }
        return out;
    }

    /** Stems with pronouns resolved to names (see {@link #resolvePronouns}). */
    public String resolvedStem(int i) {
        return resolved[i];
    }

    /** True when the stem is a word the story capitalises inside sentences. */
    public boolean isName(String stem) {
        return names.contains(stem);
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
