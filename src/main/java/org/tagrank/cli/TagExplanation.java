package org.tagrank.cli;

import org.tagrank.core.Contribution;
import org.tagrank.task.pos.AllowedTags;
import org.tagrank.task.pos.PosTagger;
import org.tagrank.task.pos.TaggedSentence;

import java.util.List;
import java.util.Locale;

/** The comment lines {@code tag --explain N} writes for one sentence: the tag of token N and the features behind it. */
final class TagExplanation {
    private TagExplanation() {
    }

    /** Appends the explanation of token {@code tokenNumber} (from 1) of the tagged sentence. */
    static void append(StringBuilder sb, PosTagger tagger, List<String> words, TaggedSentence s, int tokenNumber) {
        int i = tokenNumber - 1;
        if (i >= words.size()) {
            sb.append("# explain: no token ").append(tokenNumber).append(" in this sentence\n");
            return;
        }
        sb.append("# explain token ").append(tokenNumber).append(" '").append(words.get(i)).append("' -> ")
                .append(s.xpos().get(i));
        AllowedTags allowed = tagger.allowedTags(words, i); // the features alone looked as if they had chosen it
        String by = allowed.source() == AllowedTags.Source.LEXICON ? "the lexicon" : "the tag dictionary";
        if (allowed.fixed()) {
            sb.append(" (fixed by ").append(by).append(", not by these features)");
        } else if (allowed.source() != AllowedTags.Source.MODEL) {
            sb.append(" (").append(by).append(" allows only ").append(String.join(" ", allowed.tags())).append(')');
        }
        sb.append('\n');
        for (Contribution ct : tagger.explain(words, i, 10)) {
            sb.append(String.format(Locale.ROOT, "#   %+.4f  %s\n", ct.contribution(), ct.feature())); // not %n: LF as every line
        }
    }
}
