package org.tagrank.io;

import java.io.IOException;

/** A model file that cannot be used: corrupt, truncated, of another task or of a newer format. */
public class ModelFormatException extends IOException {
    public ModelFormatException(String message) {
        super(message);
    }

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
