package org.tagrank.task.rank;

import org.tagrank.io.WordNet;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WordNet relations of a word as matching keys ({@link TextNormalizer#stem} of one-word lemmas):
 * {@link #near} holds synonyms (the words of its first senses) and derivationally related forms
 * ({@code +} pointers, so {@code baker}/{@code bake}, {@code happy}/{@code happiness}); {@link #broader}
 * holds hypernyms up to a few levels above its first senses ({@code pizza} -> {@code dish},
 * {@code food}). Results are cached per word; thread-safe.
 */
final class WordRelations {
    /** Senses per part of speech followed (WordNet lists the most frequent first). */
    static final int SENSES = 3;
    /** Hypernym levels followed. */
    static final int LEVELS = 4;

    /** The relations of one word. */
    record Related(Set<String> near, Set<String> broader, String nounLex) {
    }

    private final WordNet wn;
    private final ConcurrentHashMap<String, Related> cache = new ConcurrentHashMap<>();

    WordRelations(WordNet wn) {
        this.wn = wn;
    }

    private static volatile WordRelations shared;

    /** The shared instance over the installed WordNet; a clear error when it is absent. */
    static WordRelations shared() {
        WordRelations r = shared;
        if (r == null) {
            synchronized (WordRelations.class) {
                if (shared == null) {
                    shared = new WordRelations(WordNet.locate().orElseThrow(() -> new IllegalStateException(
                            "MCTest features " + McTestFeatures.VERSION + " need the WordNet 3.0 database, not found in "
                                    + WordNet.defaultDir() + " (install Debian's wordnet-base, or set TAGRANK_WORDNET"
                                    + " to a directory holding index.noun, data.noun, ...)")));
                }
                r = shared;
            }
        }
        return r;
    }

    /** Whether WordNet is installed where {@link WordNet#locate()} looks. */
    static boolean available() {
        return WordNet.locate().isPresent();
    }

    /** Relations of a lower-cased word. */
    Related of(String word) {
        return cache.computeIfAbsent(word, this::compute);
    }

    private Related compute(String word) {
        Set<String> near = new LinkedHashSet<>();
        Set<String> broader = new LinkedHashSet<>();
        String nounLex = null;
        String self = TextNormalizer.stem(word);
        if (TextNormalizer.isStopword(word) || word.length() < 2) {
            return new Related(Set.of(), Set.of(), null);
        }
        for (WordNet.Pos pos : WordNet.Pos.values()) {
            List<WordNet.Synset> senses = wn.synsets(word, pos);
            List<String> bases = wn.baseForms(word, pos);
            for (int k = 0; k < Math.min(SENSES, senses.size()); k++) {
                WordNet.Synset s = senses.get(k);
                if (pos == WordNet.Pos.NOUN && nounLex == null) {
                    nounLex = s.lexName();
                }
                addWords(near, s.words());
                for (WordNet.Pointer p : s.pointers()) {
                    if (p.symbol().equals("+") || p.symbol().equals("\\") || p.symbol().equals("<")) {
                        // lexical pointers count only from this word
                        if (p.sourceWord() > 0 && p.sourceWord() <= s.words().size()
                                && bases.contains(s.words().get(p.sourceWord() - 1))) {
                            WordNet.Synset t = wn.synset(p.pos(), p.offset());
                            if (p.targetWord() > 0 && p.targetWord() <= t.words().size()) {
                                addWords(near, List.of(t.words().get(p.targetWord() - 1)));
                            }
                        }
                    }
                }
                if (pos == WordNet.Pos.NOUN || pos == WordNet.Pos.VERB) {
                    hypernyms(s, LEVELS, broader);
                }
            }
        }
        near.remove(self);
        broader.remove(self);
        broader.removeAll(near);
        return new Related(Set.copyOf(near), Set.copyOf(broader), nounLex);
    }

    private void hypernyms(WordNet.Synset s, int levels, Set<String> out) {
        if (levels == 0) {
            return;
        }
        for (WordNet.Pointer p : s.pointers()) {
            if (p.symbol().equals("@") || p.symbol().equals("@i")) {
                WordNet.Synset h = wn.synset(p.pos(), p.offset());
                addWords(out, h.words());
                hypernyms(h, levels - 1, out);
            }
        }
    }

    private static void addWords(Set<String> out, List<String> words) {
        for (String w : words) {
            if (w.indexOf('_') < 0 && w.indexOf('-') < 0 && !TextNormalizer.isStopword(w)) {
                out.add(TextNormalizer.stem(w));
            }
        }
    }
}
