package org.tagrank.task.classify;

import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.Readers;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code label<TAB>text} files, one document per line (the 20 Newsgroups TSV format).
 * Exactly one TAB per line; label and text must be non-empty. Errors name the file and line.
 */
public final class NewsgroupsReader {
    private NewsgroupsReader() {
    }

    public static List<Document> read(Path file) throws IOException {
        try (BufferedReader in = Readers.utf8(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads from any reader; {@code source} names it in errors. */
    public static List<Document> read(BufferedReader in, String source) throws IOException {
        List<Document> docs = new ArrayList<>();
        String line;
        long n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            docs.add(parse(line, source, n));
        }
        if (docs.isEmpty()) {
            throw new CorpusFormatException(source, 1, "no documents (empty file)");
        }
        return docs;
    }

    /** One {@code label<TAB>text} line. */
    public static Document parse(String line, String source, long lineNumber) throws CorpusFormatException {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            throw new CorpusFormatException(source, lineNumber, line.isBlank() ? "empty line (expected label<TAB>text)"
                    : "no TAB: expected label<TAB>text");
        }
        if (line.indexOf('\t', tab + 1) >= 0) {
            throw new CorpusFormatException(source, lineNumber, "more than one TAB: expected label<TAB>text");
        }
        String label = line.substring(0, tab);
        if (label.isBlank()) {
            throw new CorpusFormatException(source, lineNumber, "empty label");
        }
        if (!label.strip().equals(label) || label.indexOf(' ') >= 0) {
            throw new CorpusFormatException(source, lineNumber, "label '" + label + "' contains spaces");
        }
        String text = line.substring(tab + 1);
        if (text.isBlank()) {
            throw new CorpusFormatException(source, lineNumber, "empty text");
        }
        return new Document(label, text);
    }
}
