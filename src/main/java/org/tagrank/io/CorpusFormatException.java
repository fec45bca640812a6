package org.tagrank.io;

import java.io.IOException;

/** Malformed corpus input; the message starts with {@code file:line:}. */
public class CorpusFormatException extends IOException {
    private final String file;
    private final long line;

    public CorpusFormatException(String file, long line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    /**
     * A line that starts with U+FEFF: readers drop a file's own byte order mark, so this one is inside the input,
     * where files each starting with one were joined; it would be read as part of the first word or column.
     */
    public static void checkNoInnerBom(String line, String file, long lineNo) throws CorpusFormatException {
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
            throw new CorpusFormatException(file, lineNo, "the line starts with a byte order mark (U+FEFF), which only "
                    + "the start of a file may have (files joined with cat? remove it)");
        }
    }

    /**
     * The line without the file's own byte order mark (line 1, where a reader kept it), a mark starting a later line
     * refused as {@link #checkNoInnerBom} does: what every line-based corpus reader does with each line.
     */
    public static String withoutOwnBom(String line, String file, long lineNo) throws CorpusFormatException {
        String s = lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
        checkNoInnerBom(s, file, lineNo);
        return s;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
