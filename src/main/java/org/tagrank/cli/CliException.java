package org.tagrank.cli;

/** A failure the CLI reports as one line with a given exit code. */
public final class CliException extends RuntimeException {
    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }

    /** TrainerConfig's range checks name its fields ("epochs must be >= 1"), shared with the API: here, the options. */
    private static final String[][] TRAINER_FIELDS = {{"epochs ", "--epochs "}, {"learning rate ", "--learning-rate "},
            {"l2 ", "--l2 "}, {"patience ", "--patience "}, {"threads ", "--threads "}};

    /** A usage error for a bad trainer setting, worded with the CLI's option names. */
    static CliException trainerUsage(IllegalArgumentException e) {
        String m = String.valueOf(e.getMessage());
        for (String[] f : TRAINER_FIELDS) {
            if (m.startsWith(f[0] + "must ")) {
                return usage(f[1] + m.substring(f[0].length()));
            }
        }
        return usage(m);
    }
}
