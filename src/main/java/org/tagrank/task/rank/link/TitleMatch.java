package org.tagrank.task.rank.link;

import org.tagrank.feature.FeatureSink;

import java.util.List;
import java.util.Set;

/**
 * The string-match features of a (mention, candidate) pair ({@code str.*}: exact, base title, containment,
 * Jaccard, first/last word, acronym, parenthetical or comma qualifier, {@code qual=}) and how many of the title's
 * words the mention does not explain, and of its qualifier's, occur elsewhere in the document ({@code ctx.*}).
 */
final class TitleMatch {
    private TitleMatch() {
    }

    /**
     * Emits the features of candidate {@code e} (title parts {@code t}) for mention {@code m}, whose case-folded words
     * are {@code mw}; {@code context} holds the document's words and their stems.
     */
    static void emit(LinkMention m, List<String> mw, LinkCandidate e, TitleWords.Parts t, Set<String> context, FeatureSink sink) {
        if (e.title().replace('_', ' ').equals(m.text())) {
            sink.add("str.exact");
        }
        if (t.baseWords().equals(mw)) {
            sink.add("str.base");
        }
        int common = 0;
        for (String w : mw) {
            if (t.baseWords().contains(w)) {
                common++;
            }
        }
        if (!mw.isEmpty() && common == mw.size() && !t.baseWords().equals(mw)) {
            sink.add("str.in.title");
        }
        if (common > 0 && common == t.baseWords().size() && mw.size() > common) {
            sink.add("str.title.in");
        }
        int union = mw.size() + t.baseWords().size() - common;
        if (union > 0) {
            sink.add("str.jaccard", common / (double) union);
        }
        if (!mw.isEmpty() && !t.baseWords().isEmpty()) {
            if (mw.get(mw.size() - 1).equals(t.baseWords().get(t.baseWords().size() - 1))) {
                sink.add("str.last");
            }
            if (mw.get(0).equals(t.baseWords().get(0))) {
                sink.add("str.first");
            }
        }
        if (TitleWords.acronym(m.text(), t.baseWords())) {
            sink.add("str.acronym");
        }
        if (t.parenthetical()) {
            sink.add("str.paren");
        }
        if (t.comma()) {
            sink.add("str.comma");
        }
        if (!t.qualifierWords().isEmpty()) {
            sink.add("qual=" + t.qualifierWords().get(0));
        }
        // title and qualifier words the mention does not explain, found elsewhere in the document
        int other = 0;
        int found = 0;
        for (String w : t.baseWords()) {
            if (!mw.contains(w) && !TitleWords.STOP.contains(w)) {
                other++;
                if (context.contains(w) || context.contains(TitleWords.stem(w))) {
                    found++;
                }
            }
        }
        if (other > 0) {
            sink.add("ctx.title", found / (double) other);
        }
        int qFound = 0;
        for (String w : t.qualifierWords()) {
            if (context.contains(w) || context.contains(TitleWords.stem(w))) {
                qFound++;
            }
        }
        if (!t.qualifierWords().isEmpty()) {
            sink.add("ctx.qual", qFound / (double) t.qualifierWords().size());
        }
        if (found + qFound > 0) {
            sink.add("ctx.any");
        }
    }
}
