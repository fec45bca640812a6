package org.tagrank.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the commands leave at their output paths, on success and on failure. */
class OutputFilesCliTest {
    @TempDir
    static Path dir;
    static Path posModel;

    @BeforeAll
    static void trainModel() {
        posModel = dir.resolve("pos.lin.zip");
        BadInputCliTest.Run p = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--epochs", "2",
                "--quiet", "--out", posModel.toString());
        assertEquals(0, p.code(), p.err());
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDirectoryAsTheOutputIsRefusedBeforeAnyWork() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out-dir"));
        Path in = dir.resolve("in.txt");
        Files.writeString(in, "The dog barks .\n");
        List<String> before = names(dir);
        for (String[] c : new String[][]{
                {"tag", "--model", posModel.toString(), "--quiet", "--input-format", "tokens", in.toString(), "-o", out.toString()},
                {"train", "--task", "pos", "--data", CliTest.TRAIN, "--epochs", "1", "--quiet", "--out", out.toString()},
                {"eval", "--task", "pos", "--model", posModel.toString(), "--data", CliTest.DEV, "--quiet", "--report", out.toString()}}) {
            BadInputCliTest.Run r = BadInputCliTest.run(c);
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            String option = c[c.length - 2];
            assertEquals("tagrank: " + option + " " + out + ": is a directory; give the file to write\n", r.err());
            assertEquals("", r.out(), "refused before tagging, training or evaluating");
        }
        assertEquals(before, names(dir), "no temporary file is left beside it");
        assertEquals(List.of(), names(out));
    }

    @Test
    void explainLinesGoWhereTheTagsGoAsHelpSays() throws IOException {
        Path in = dir.resolve("explain.txt");
        Files.writeString(in, "The dog barks .\n");
        Path out = dir.resolve("explain.out");
        BadInputCliTest.Run r = BadInputCliTest.run("tag", "--model", posModel.toString(), "--quiet", "--input-format", "tokens",
                "--explain", "2", in.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(0).startsWith("The_"), lines.toString());
        assertTrue(lines.get(1).startsWith("# explain token 2 'dog' -> "), lines.toString());
        String help = BadInputCliTest.run("tag", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("its top features as # lines after the sentence, in the output"), help);
    }
}
