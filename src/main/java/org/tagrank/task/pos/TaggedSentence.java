package org.tagrank.task.pos;

import org.tagrank.core.Checks;
import java.util.List;
import java.util.Objects;

/** A tagged sentence: the words, their XPOS (PTB) tags and, when the model predicts them, UPOS tags (else null). */
public record TaggedSentence(List<String> words, List<String> xpos, List<String> upos) {
    public TaggedSentence {
        words = List.copyOf(Objects.requireNonNull(words, "words"));
        Checks.noNulls(xpos, "xpos", "XPOS tag");
        xpos = List.copyOf(xpos);
        if (xpos.size() != words.size()) {
            throw new IllegalArgumentException(xpos.size() + " tags for " + words.size() + " words");
        }
        if (upos != null) {
            upos = List.copyOf(upos);
            if (upos.size() != words.size()) {
                throw new IllegalArgumentException(upos.size() + " UPOS tags for " + words.size() + " words");
            }
        }
    }

    public int size() {
        return words.size();
    }
}
