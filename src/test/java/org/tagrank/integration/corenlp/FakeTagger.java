package org.tagrank.integration.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.tagrank.task.pos.TaggedSentence;

/**
 * A deterministic stand-in for a trained model: tags from the word's shape, and the XPOS of the
 * first word depends on the sentence length, so tagging a sentence in pieces is visible.
 */
final class FakeTagger implements SentenceTagger {
    final AtomicInteger longest = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();
    private final boolean upos;

    FakeTagger(boolean upos) {
        this.upos = upos;
    }

    static String xpos(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return "CD";
        }
        if (!Character.isLetterOrDigit(word.charAt(0))) {
            return ".";
        }
        return Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
    }

    static String upos(String xpos) {
        return switch (xpos) {
            case "CD" -> "NUM";
            case "." -> "PUNCT";
            case "NNP" -> "PROPN";
            default -> "NOUN";
        };
    }

    @Override
    public TaggedSentence tag(List<String> words) {
        calls.incrementAndGet();
        longest.accumulateAndGet(words.size(), Math::max);
        List<String> x = new ArrayList<>();
        List<String> u = new ArrayList<>();
        for (String w : words) {
            x.add(xpos(w));
            u.add(upos(xpos(w)));
        }
        return new TaggedSentence(words, x, upos ? u : null);
    }

    @Override
    public boolean hasUpos() {
        return upos;
    }
}
