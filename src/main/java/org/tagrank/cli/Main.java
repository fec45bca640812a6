package org.tagrank.cli;

import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.ModelFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * {@code tagrank <command>}: data on stdout, progress on stderr; exit 0 ok, 1 usage, 2 bad data, 3 bad model, 4 other,
 * 141 (quietly) when stdout's reader closed the pipe.
 */
@Command(name = "tagrank", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Multiclass linear models for tagging, ranking and classification.",
        subcommands = {TrainCommand.class, EvalCommand.class, TagCommand.class, RankCommand.class, ClassifyCommand.class,
                LinkCommand.class, InfoCommand.class, CompareCommand.class, BenchCommand.class,
                ClustersCommand.class, EmbClassesCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    /** The output streams a run writes to. */
    public record Streams(PrintStream out, PrintStream err) {
    }

    private static final ThreadLocal<Streams> STREAMS = new ThreadLocal<>();

    public static void main(String[] args) {
        PrintStream out = Stdout.ofProcess();
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, out, err);
        } catch (OutOfMemoryError e) { // not an Exception: it passed picocli, a stack trace and exit 1 (the usage code)
            err.println("tagrank: " + OUT_OF_MEMORY);
            code = ExitCodes.FAILURE;
        }
        out.flush();
        System.exit(code);
    }

    /** Runs a command line and returns its exit code (never calls System.exit). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        STREAMS.set(new Streams(out, err));
        try {
            CommandLine cl = new CommandLine(new Main());
            giveVersionToSubcommands(cl);
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            cl.setCaseInsensitiveEnumValuesAllowed(true);
            // no '-oFILE': a CoreNLP/OpenNLP-style '-output out.txt in.txt' wrote a file named 'utput' from both inputs
            cl.setPosixClusteredShortOptionsAllowed(false);
            cl.registerConverter(java.nio.file.Path.class, new NonEmpty.PathArg()); // all commands: an empty path is no file
            cl.registerConverter(Double.class, new DecimalArg()); // all commands: 1d or 0x10 is no number here
            cl.registerConverter(double.class, new DecimalArg());
            cl.setParameterExceptionHandler((ex, a) -> {
                err.println("tagrank: " + (unknownCommand(ex) != null ? unknownCommand(ex) : ex.getMessage()));
                // the full name: "tagrank link rank", not "tagrank rank" (another command)
                err.println("try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
                return ExitCodes.USAGE;
            });
            cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
                boolean verbose = parseResult.subcommand() != null
                        && parseResult.subcommand().hasMatchedOption("--verbose");
                if (readerClosed(ex)) { // '| head -1': the reader wanted no more, no error to report
                    return ExitCodes.STDOUT_READER_CLOSED;
                }
                err.println("tagrank: " + describe(ex));
                if (verbose) {
                    ex.printStackTrace(err);
                }
                return exitCode(ex);
            });
            cl.setExecutionStrategy(parseResult -> {
                refuseRepeatedParams(parseResult);
                return new CommandLine.RunLast().execute(parseResult);
            });
            int code = cl.execute(args);
            out.flush();
            if (out.checkError() && code == ExitCodes.OK) { // a PrintStream keeps its IOExceptions to itself
                if (out instanceof Stdout s && s.readerClosed()) {
                    return ExitCodes.STDOUT_READER_CLOSED;
                }
                err.println("tagrank: " + STDOUT_FAILED);
                return ExitCodes.FAILURE;
            }
            return code;
        } finally {
            out.flush();
            STREAMS.remove();
        }
    }

    /**
     * A {@code --param} key given twice is a usage error, as an option given twice is: picocli's map kept the last
     * value without a word ('--param beam=2 --param beam=64' evaluated with 64).
     */
    private static void refuseRepeatedParams(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            CommandLine.Model.OptionSpec o = r.matchedOption("--param");
            java.util.Map<String, String> seen = new java.util.HashMap<>();
            for (String v : o == null ? java.util.List.<String>of() : o.originalStringValues()) {
                String key = v.contains("=") ? v.substring(0, v.indexOf('=')) : v;
                String before = seen.putIfAbsent(key, v);
                if (before != null) {
                    throw new CommandLine.ParameterException(r.commandSpec().commandLine(), "--param " + key
                            + " is given twice (" + before + ", " + v + "): give it once");
                }
            }
        }
    }

    /**
     * 'tagrank tga notes.txt' said "Unmatched arguments from index 0: 'tga', 'notes.txt'": a word where a command with
     * subcommands expects one is an unknown command, named with the commands there are (null: another mistake).
     */
    private static String unknownCommand(CommandLine.ParameterException ex) {
        java.util.Map<String, CommandLine> commands = ex.getCommandLine().getSubcommands();
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || commands.isEmpty() || u.getUnmatched().isEmpty()
                || u.getUnmatched().get(0).startsWith("-")) {
            return null;
        }
        String word = u.getUnmatched().get(0);
        String close = commands.keySet().stream().filter(c -> typoDistance(word, c) <= 1 + c.length() / 5).findFirst()
                .map(c -> "did you mean '" + c + "'? ").orElse("");
        return "unknown command '" + word + "' (" + close + "commands: " + String.join(", ", commands.keySet()) + ")";
    }

    /** Edits (insert, delete, replace, swap two neighbours) from a to b: 'tga' is one from 'tag'. */
    static int typoDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int replace = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(Math.min(d[i - 1][j], d[i][j - 1]) + 1, replace);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    static Streams streams() {
        Streams s = STREAMS.get();
        return s != null ? s : new Streams(System.out, System.err);
    }

    static int exitCode(Throwable ex) {
        if (readerClosed(ex)) {
            return ExitCodes.STDOUT_READER_CLOSED;
        }
        if (ex instanceof CliException c) {
            return c.exitCode();
        }
        if (ex instanceof ModelFormatException) {
            return ExitCodes.BAD_MODEL;
        }
        if (ex instanceof org.tagrank.io.ResourceLocator.InvalidSettingException) { // a -D option: exit 2 said bad data
            return ExitCodes.USAGE;
        }
        if (ex instanceof CorpusFormatException || ex instanceof FileSystemException
                || ex instanceof java.io.FileNotFoundException || ex instanceof IllegalArgumentException
                || ex instanceof java.nio.charset.CharacterCodingException) {
            return ExitCodes.BAD_DATA;
        }
        return ExitCodes.FAILURE;
    }

    /** What a failed write to stdout is reported as (tag stops at the first one; Main.run checks every command). */
    static final String STDOUT_FAILED = "could not write standard output (disk full?): the output is incomplete";

    /** stdout's reader closed the pipe: the command stops, and ends quietly (exit 141, as a tool SIGPIPE ended). */
    static final class StdoutReaderClosed extends IOException {
        StdoutReaderClosed() {
            super("standard output's reader closed it");
        }
    }

    /** The exception to stop a command with when a write to {@code out} (stdout) failed. */
    static IOException stdoutFailed(PrintStream out) {
        return out instanceof Stdout s && s.readerClosed() ? new StdoutReaderClosed() : new IOException(STDOUT_FAILED);
    }

    private static boolean readerClosed(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof StdoutReaderClosed) {
                return true;
            }
        }
        return false;
    }

    static final String OUT_OF_MEMORY = "out of memory: give Java more heap (scripts/tagrank: TAGRANK_JAVA_OPTS=-Xmx4g;"
            + " java -Xmx4g -jar ...)";

    static String describe(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) { // a worker thread's, wrapped by its future
            if (t instanceof OutOfMemoryError) {
                return OUT_OF_MEMORY;
            }
        }
        if (ex instanceof NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (ex instanceof FileSystemException f && f.getOtherFile() == null) { // a directory, no permission, ...
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason()
                    : ex instanceof java.nio.file.AccessDeniedException ? "permission denied" : ex.getClass().getSimpleName());
        }
        if (ex instanceof java.nio.charset.CharacterCodingException) {
            return "input is not valid UTF-8 (" + ex.getMessage() + ")";
        }
        String m = ex.getMessage();
        return m == null ? ex.getClass().getSimpleName() : m;
    }

    /** {@code tagrank} without a command: the usage, and a usage error's exit code (it did nothing). */
    @Override
    public Integer call() {
        new CommandLine(this).usage(streams().err());
        return ExitCodes.USAGE;
    }

    /** Every command's --help lists -V/--version; without the provider a subcommand's printed nothing. */
    private static void giveVersionToSubcommands(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new Version());
            giveVersionToSubcommands(sub);
        }
    }

    /** Version from the jar manifest. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"tagrank " + org.tagrank.io.ModelIO.libraryVersion()};
        }
    }
}
