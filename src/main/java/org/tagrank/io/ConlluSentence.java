package org.tagrank.io;

import java.util.ArrayList;
import java.util.List;

/**
 * One CoNLL-U sentence as read: every line (comments, word lines, multiword ranges, empty nodes)
 * kept verbatim for pass-through output, plus the syntactic words' FORM, UPOS and XPOS.
 *
 * @param lines     the sentence's lines, without the blank line that ends it
 * @param wordLines for each syntactic word, its index into {@code lines}
 * @param firstLine 1-based line number of the first line in its file
 */
public record ConlluSentence(List<String> lines, int[] wordLines, List<String> forms, List<String> upos,
                             List<String> xpos, long firstLine) {

    public int size() {
        return forms.size();
    }

    /**
     * The lines with UPOS (column 4) and/or XPOS (column 5) of each word replaced; null keeps a
     * column as it was.
     */
    public List<String> withTags(List<String> newUpos, List<String> newXpos) {
        List<String> out = new ArrayList<>(lines);
        for (int w = 0; w < wordLines.length; w++) {
            String[] cols = lines.get(wordLines[w]).split("\t", -1);
            if (newUpos != null) {
                cols[3] = newUpos.get(w);
            }
            if (newXpos != null) {
                cols[4] = newXpos.get(w);
            }
            out.set(wordLines[w], String.join("\t", cols));
        }
        return out;
    }
}
