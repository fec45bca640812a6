package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How Main reports file-system failures (an unreadable file cannot be made in a test run as root). */
class MainTest {
    @Test
    void fileSystemErrorsNameThePathAndAreBadData() {
        AccessDeniedException denied = new AccessDeniedException("/data/in.conllu");
        assertEquals("/data/in.conllu: permission denied", Main.describe(denied));
        assertEquals(ExitCodes.BAD_DATA, Main.exitCode(denied));
        FileSystemException dir = new FileSystemException("/data", null, "is a directory, not a file");
        assertEquals("/data: is a directory, not a file", Main.describe(dir));
        assertEquals(ExitCodes.BAD_DATA, Main.exitCode(dir));
        assertEquals("no such file: x.tsv", Main.describe(new NoSuchFileException("x.tsv")));
    }

    @Test
    void anOutputThatCannotBeWrittenIsAFailureNotSuccess() {
        java.io.OutputStream full = new java.io.OutputStream() { // /dev/full: every write fails
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Main.run(new String[]{"info", "--task", "mctest"}, new java.io.PrintStream(full, false,
                java.nio.charset.StandardCharsets.UTF_8), new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(ExitCodes.FAILURE, code, "the manifest was lost, exit 0 said all was well");
        assertEquals("tagrank: could not write standard output (disk full?): the output is incomplete\n",
                err.toString(java.nio.charset.StandardCharsets.UTF_8)); // a closed pipe: StdoutReaderClosedCliTest
    }

    @Test
    void noCommandOrNoLinkSubcommandIsAUsageError() {
        for (String[] args : new String[][]{{}, {"link"}}) { // both printed the usage and exited 0
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            int code = Main.run(args, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                    new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(ExitCodes.USAGE, code, String.join(" ", args));
            String usage = err.toString(java.nio.charset.StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(usage.startsWith("Usage: tagrank" + (args.length == 0 ? "" : " link")),
                    usage);
            assertEquals("", out.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyCommandsVersionOptionPrintsTheVersion() {
        // each --help lists '-V, --version  Print version information and exit.'; only the top level printed one
        String expected = new Main.Version().getVersion()[0] + "\n";
        for (String c : new String[]{"", "train", "eval", "tag", "rank", "classify", "link", "link rank", "link text",
                "link aliases", "info", "compare", "bench", "clusters", "embclasses"}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(c.isEmpty() ? new String[0] : c.split(" ")));
            args.add("--version");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            int code = Main.run(args.toArray(new String[0]), new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                    new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(ExitCodes.OK, code, c);
            assertEquals(expected, out.toString(java.nio.charset.StandardCharsets.UTF_8), "tagrank " + c + " --version");
            assertEquals("", err.toString(java.nio.charset.StandardCharsets.UTF_8), c);
        }
    }
}
