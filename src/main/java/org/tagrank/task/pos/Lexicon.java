package org.tagrank.task.pos;

/**
 * PUBLIC API CONTRACT (implementation in progress on main): a user lexicon read from a file of
 * {@code word<TAB>TAG[ TAG...]} lines: one tag forces it, several restrict the choice.
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** Reads a lexicon from a file path, classpath resource or URL. */
    public static Lexicon read(String location) throws java.io.IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
