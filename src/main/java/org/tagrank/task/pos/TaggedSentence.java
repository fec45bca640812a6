package org.tagrank.task.pos;

import org.tagrank.core.Checks;
import java.util.List;

/** A tagged sentence: the words, their XPOS (PTB) tags and, when the model predicts them, UPOS tags (else null). */
public record TaggedSentence(List<String> words, List<String> xpos, List<String> upos) {
    public TaggedSentence {
        words = List.copyOf(Checks.noNulls(words, "words", "word"));
        Checks.noNulls(xpos, "xpos", "XPOS tag");
        xpos = List.copyOf(xpos);
        if (xpos.size() != words.size()) {
            throw new IllegalArgumentException(xpos.size() + " tags for " + words.size() + " words");
        }
        if (upos != null) {
            upos = List.copyOf(Checks.noNulls(upos, "upos", "UPOS tag"));
            if (upos.size() != words.size()) {
                throw new IllegalArgumentException(upos.size() + " UPOS tags for " + words.size() + " words");
            }
        }
    }

    public int size() {
        return words.size();
    }
}
