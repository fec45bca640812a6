package org.tagrank.task.rank.link;

import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.Readers;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an AIDA-style document file ({@code aida-*.conll.tsv}): {@code -DOCSTART- (id title)}
 * starts a document, one token per line, blank lines end sentences, and tokens inside a mention
 * carry TAB-separated {@code token B|I mention entity|--NME-- [url page_id [mid]]}.
 */
public final class ConllDocReader {
    private static final String DOCSTART = "-DOCSTART-";

    private ConllDocReader() {
    }

    /** A gold mention span: tokens {@code [start, end)}, its text, its entity (null for NIL). */
    public record Span(int start, int end, String text, String entity) {
    }

    /** A document: id, the title words after the id, all tokens (sentences concatenated), spans. */
    public record Doc(String id, String title, List<String> tokens, List<Span> spans) {
        public Doc {
            tokens = List.copyOf(tokens);
            spans = List.copyOf(spans);
        }
    }

    public static List<Doc> read(Path file) throws IOException {
        try (BufferedReader r = Readers.utf8(file)) {
            return read(r, file.toString());
        }
    }

    public static List<Doc> read(BufferedReader r, String source) throws IOException {
        List<Doc> docs = new ArrayList<>();
        java.util.Map<String, Long> starts = new java.util.HashMap<>();
        Builder cur = null;
        String line;
        long no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.endsWith("\r")) { // CRLF files
                line = line.substring(0, line.length() - 1);
            }
            CorpusFormatException.checkNoInnerBom(line, source, no); // a -DOCSTART- line would read as a token
            if (line.startsWith(DOCSTART)) {
                if (cur != null) {
                    docs.add(cur.build());
                }
                cur = new Builder(header(line, source, no));
                Long first = starts.putIfAbsent(cur.id, no);
                if (first != null) { // the mention file's lookup by id would see only one of them
                    throw new CorpusFormatException(source, no, "document " + cur.id + " again (first at line " + first
                            + "): document ids must be unique");
                }
                continue;
            }
            if (line.isEmpty()) {
                continue; // sentence break: an open mention may continue (AIDA has 156 such)
            }
            if (cur == null) {
                throw new CorpusFormatException(source, no, "token before the first " + DOCSTART + " line");
            }
            String[] f = line.split("\t", -1);
            if (f[0].isEmpty()) {
                throw new CorpusFormatException(source, no, "empty token");
            }
            if (f.length == 1) {
                cur.close();
                cur.tokens.add(f[0]);
                continue;
            }
            if (f.length < 4 || f.length > 7 || f.length == 5) {
                throw new CorpusFormatException(source, no, "a mention token needs 4, 6 or 7 TAB-separated fields "
                        + "(token B|I mention entity [url page_id [mid]]), got " + f.length);
            }
            String entity = f[3].equals(MentionFileReader.NIL) ? null : f[3];
            if (entity != null && f.length == 4) {
                throw new CorpusFormatException(source, no, "linked mention token without url and page id");
            }
            if (f[1].equals("B")) {
                cur.close();
                cur.open(f[2], entity);
            } else if (f[1].equals("I")) {
                if (cur.openText == null || !cur.openText.equals(f[2])) {
                    throw new CorpusFormatException(source, no, "I token of mention '" + f[2] + "' without its B token");
                }
            } else {
                throw new CorpusFormatException(source, no, "second field must be B or I, got '" + f[1] + "'");
            }
            cur.tokens.add(f[0]);
        }
        if (cur != null) {
            docs.add(cur.build());
        }
        if (docs.isEmpty()) {
            throw new CorpusFormatException(source, Math.max(1, no), "no " + DOCSTART + " line: not a document file");
        }
        return docs;
    }

    private static String[] header(String line, String source, long no) throws CorpusFormatException {
        String rest = line.substring(DOCSTART.length()).strip();
        if (!rest.startsWith("(") || !rest.endsWith(")") || rest.length() < 3) {
            throw new CorpusFormatException(source, no, "expected '-DOCSTART- (id title)'");
        }
        String inner = rest.substring(1, rest.length() - 1).strip();
        int sp = inner.indexOf(' ');
        return sp < 0 ? new String[]{inner, ""} : new String[]{inner.substring(0, sp), inner.substring(sp + 1).strip()};
    }

    private static final class Builder {
        final String id;
        final String title;
        final List<String> tokens = new ArrayList<>();
        final List<Span> spans = new ArrayList<>();
        String openText;
        String openEntity;
        int openStart = -1;

        Builder(String[] header) {
            id = header[0];
            title = header[1];
        }

        void open(String text, String entity) {
            openText = text;
            openEntity = entity;
            openStart = tokens.size();
        }

        /** Ends an open mention (mentions may continue across a sentence break, so blank lines do not). */
        void close() {
            if (openText != null) {
                spans.add(new Span(openStart, tokens.size(), openText, openEntity));
                openText = null;
            }
        }

        Doc build() {
            close();
            return new Doc(id, title, tokens, spans);
        }
    }
}
