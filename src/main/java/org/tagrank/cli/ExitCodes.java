package org.tagrank.cli;

/** The CLI's exit codes. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int BAD_DATA = 2;
    public static final int BAD_MODEL = 3;
    /** Anything unexpected (an I/O failure, a bug): reported, with a stack trace under --verbose. */
    public static final int FAILURE = 4;
    /** stdout's reader closed the pipe ({@code | head -1}): quietly, with the status a shell gives a tool SIGPIPE ended. */
    public static final int STDOUT_READER_CLOSED = 141;

    private ExitCodes() {
    }
}
