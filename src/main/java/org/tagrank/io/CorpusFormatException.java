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

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
