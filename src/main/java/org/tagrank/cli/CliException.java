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

    /** {@code --threads} as given (1..{@link org.tagrank.core.Checks#MAX_THREADS}, else a usage error), or the default. */
    static int threads(Integer given) {
        int n = given != null ? given : org.tagrank.core.Checks.defaultThreads();
        try { // 100,000: threads until the JVM could start no more
            return org.tagrank.core.Checks.threads(n, "--threads");
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** TrainerConfig's range checks name its fields ("epochs must be >= 1"), shared with the API: here, the options. */
    private static final String[][] TRAINER_FIELDS = {{"epochs ", "--epochs "}, {"learning rate ", "--learning-rate "},
            {"l2 ", "--l2 "}, {"patience ", "--patience "}, {"tolerance ", "--tolerance "}, {"threads ", "--threads "}};

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
