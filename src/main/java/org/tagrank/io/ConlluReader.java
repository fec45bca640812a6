package org.tagrank.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Streams sentences from CoNLL-U: ten TAB-separated columns, {@code #} comments, a blank line
 * after each sentence. Multiword-token ranges ({@code 3-4}) and empty nodes ({@code 5.1}) are
 * kept as lines but are not words. Malformed lines raise a {@link CorpusFormatException} with
 * file and line.
 */
public final class ConlluReader implements AutoCloseable {
    private final BufferedReader in;
    private final String source;
    private long lineNo;
    private boolean eof;

    public ConlluReader(BufferedReader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Opens a UTF-8 file (malformed bytes are an error, not replaced). */
    public static ConlluReader open(Path file) throws IOException {
        return new ConlluReader(Readers.utf8(file), file.toString());
    }

    /** The next sentence, or null at the end of input. */
    public ConlluSentence next() throws IOException {
        List<String> lines = new ArrayList<>();
        List<Integer> wordLines = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<String> upos = new ArrayList<>();
        List<String> xpos = new ArrayList<>();
        long first = -1;
        String range = null; // the last multiword token's ID, its last word and line: its words must follow it
        int rangeEnd = 0;
        long rangeLine = 0;
        String line;
        while (!eof) {
            line = in.readLine();
            if (line == null) {
                eof = true;
                break;
            }
            lineNo++;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            line = CorpusFormatException.withoutOwnBom(line, source, lineNo); // a joined file's read as a bad column count
            if (line.isBlank()) {
                if (lines.isEmpty()) {
                    continue; // tolerate extra blank lines between sentences
                }
                break;
            }
            if (first < 0) {
                first = lineNo;
            }
            if (line.startsWith("#")) {
                lines.add(line);
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 10) { // ten among spaces: TABs turned into spaces (a web page, an editor)
                boolean spaced = cols.length < 10 && line.strip().split("[ \t]+").length == 10;
                throw new CorpusFormatException(source, lineNo, "expected 10 TAB-separated columns, found " + cols.length
                        + (spaced ? " (its 10 columns are separated by spaces, not TABs?)" : ""));
            }
            String id = cols[0];
            if (id.indexOf('-') > 0 || id.indexOf('.') > 0) {
                if (!isRangeOrEmptyNode(id)) { // a typo ('1-', '5.') went through unchecked
                    throw new CorpusFormatException(source, lineNo, "bad ID '" + id + "'");
                }
                int dash = id.indexOf('-');
                if (dash > 0) { // a cut or hand-edited file: the range's words are not the ones that follow it
                    int from = Integer.parseInt(id.substring(0, dash));
                    if (forms.size() < rangeEnd) {
                        throw new CorpusFormatException(source, lineNo, "multiword token " + id + " overlaps " + range
                                + " (line " + rangeLine + ")");
                    }
                    if (from != forms.size() + 1) {
                        throw new CorpusFormatException(source, lineNo, "multiword token " + id + " must come just "
                                + "before word " + from + " (the next word is " + (forms.size() + 1) + ")");
                    }
                    range = id;
                    rangeEnd = Integer.parseInt(id.substring(dash + 1));
                    rangeLine = lineNo;
                }
                lines.add(line); // multiword range or empty node: not a syntactic word
                continue;
            }
            if (!isPositiveInt(id)) {
                throw new CorpusFormatException(source, lineNo, "bad ID '" + id + "'");
            }
            if (Integer.parseInt(id) != forms.size() + 1) {
                throw new CorpusFormatException(source, lineNo, "word ID " + id + " out of sequence (expected "
                        + (forms.size() + 1) + ")" + (id.equals("1") ? ": no blank line before it, where the sentence"
                        + " before ends?" : ""));
            }
            if (cols[1].isEmpty()) {
                throw new CorpusFormatException(source, lineNo, "empty FORM");
            }
            wordLines.add(lines.size());
            lines.add(line);
            forms.add(cols[1]);
            upos.add(cols[3]);
            xpos.add(cols[4]);
        }
        if (lines.isEmpty()) {
            return null;
        }
        if (forms.isEmpty()) {
            throw new CorpusFormatException(source, first, "sentence without words");
        }
        if (forms.size() < rangeEnd) {
            throw new CorpusFormatException(source, rangeLine, "multiword token " + range + " covers words up to "
                    + rangeEnd + ", but the sentence ends after word " + forms.size());
        }
        return new ConlluSentence(List.copyOf(lines), wordLines.stream().mapToInt(Integer::intValue).toArray(),
                List.copyOf(forms), List.copyOf(upos), List.copyOf(xpos), first);
    }

    /** {@code N-M} with 0 < N < M (a multiword token), or {@code N.M} with N >= 0 and M > 0 (an empty node). */
    private static boolean isRangeOrEmptyNode(String id) {
        int dash = id.indexOf('-');
        if (dash > 0) {
            String from = id.substring(0, dash);
            String to = id.substring(dash + 1);
            return isPositiveInt(from) && isPositiveInt(to) && Integer.parseInt(from) < Integer.parseInt(to);
        }
        int dot = id.indexOf('.');
        String word = id.substring(0, dot);
        return (word.equals("0") || isPositiveInt(word)) && isPositiveInt(id.substring(dot + 1));
    }

    private static boolean isPositiveInt(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.equals("0") && s.charAt(0) != '0';
    }

    /**
     * Whether the next sentence can be read without waiting for more input (or the input ended); from a plain
     * BufferedReader only whether some characters can.
     */
    public boolean ready() throws IOException {
        return eof || (in instanceof LineReader lines ? lines.lineReady(true) : in.ready());
    }

    /** Reads every sentence of a file. */
    public static List<ConlluSentence> readAll(Path file) throws IOException {
        return readAll(file, null);
    }

    /**
     * Reads every sentence of a file, its bytes also going to {@code digest} when not null: the data's checksum, where
     * opening a pipe again to sum it would read nothing (or wait for a second writer).
     */
    public static List<ConlluSentence> readAll(Path file, java.security.MessageDigest digest) throws IOException {
        try (BufferedReader in = digest == null ? Readers.utf8(file) : Readers.utf8(file, digest)) {
            return readAll(in, file.toString());
        }
    }

    /** Reads every sentence from {@code in} (standard input, say), naming {@code source} in errors; leaves it open. */
    public static List<ConlluSentence> readAll(BufferedReader in, String source) throws IOException {
        List<ConlluSentence> out = new ArrayList<>();
        ConlluReader r = new ConlluReader(in, source);
        for (ConlluSentence s; (s = r.next()) != null; ) {
            out.add(s);
        }
        return out;
    }

    /** An iterator view; I/O errors surface as {@link UncheckedIOException}. */
    public Iterator<ConlluSentence> iterator() {
        return new Iterator<>() {
            ConlluSentence next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = ConlluReader.this.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return next != null;
            }

            @Override
            public ConlluSentence next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ConlluSentence s = next;
                next = null;
                return s;
            }
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

}
