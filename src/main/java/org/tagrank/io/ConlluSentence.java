package org.tagrank.io;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** Checked as {@link ConlluReader} checks a sentence, so that one built in code cannot be inconsistent. */
    public ConlluSentence {
        String where = "sentence at line " + firstLine + ": ";
        lines = List.copyOf(java.util.Objects.requireNonNull(lines, "lines"));
        wordLines = java.util.Objects.requireNonNull(wordLines, "wordLines").clone();
        java.util.Objects.requireNonNull(forms, "forms");
        java.util.Objects.requireNonNull(upos, "upos");
        java.util.Objects.requireNonNull(xpos, "xpos");
        if (forms.size() != wordLines.length || forms.size() != upos.size() || forms.size() != xpos.size()) {
            throw new IllegalArgumentException(where + forms.size() + " forms, " + wordLines.length + " word lines, "
                    + upos.size() + " UPOS and " + xpos.size() + " XPOS");
        }
        for (int w = 0; w < forms.size(); w++) {
            String form = forms.get(w);
            if (form == null) {
                throw new NullPointerException(where + "word " + (w + 1) + " has a null FORM");
            }
            if (form.isEmpty()) {
                throw new IllegalArgumentException(where + "word " + (w + 1) + " has an empty FORM");
            }
            if (upos.get(w) == null) {
                throw new NullPointerException(where + "word " + (w + 1) + " has a null UPOS (use \"_\" for none)");
            }
            if (xpos.get(w) == null) {
                throw new NullPointerException(where + "word " + (w + 1) + " has a null XPOS (use \"_\" for none)");
            }
            if (wordLines[w] < 0 || wordLines[w] >= lines.size()) {
                throw new IllegalArgumentException(where + "word " + (w + 1) + " is on line index " + wordLines[w]
                        + ", outside its " + lines.size() + " lines");
            }
        }
        forms = List.copyOf(forms);
        upos = List.copyOf(upos);
        xpos = List.copyOf(xpos);
    }

    /** For each syntactic word, its index into {@link #lines} (a copy). */
    @Override
    public int[] wordLines() {
        return wordLines.clone();
    }

    public int size() {
        return forms.size();
    }

    /** Equal when every component is, the word lines by content (a record compares an array by reference). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ConlluSentence s && s.firstLine == firstLine && Arrays.equals(s.wordLines, wordLines)
                && s.lines.equals(lines) && s.forms.equals(forms) && s.upos.equals(upos) && s.xpos.equals(xpos);
    }

    @Override
    public int hashCode() {
        return ((((lines.hashCode() * 31 + Arrays.hashCode(wordLines)) * 31 + forms.hashCode()) * 31
                + upos.hashCode()) * 31 + xpos.hashCode()) * 31 + Long.hashCode(firstLine);
    }

    @Override
    public String toString() {
        return "ConlluSentence[lines=" + lines + ", wordLines=" + Arrays.toString(wordLines) + ", forms=" + forms
                + ", upos=" + upos + ", xpos=" + xpos + ", firstLine=" + firstLine + "]";
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
