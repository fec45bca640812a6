package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Output paths that name directories, and the directories a write creates for its file. */
class OutputDirectoriesCliTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void anOutputEndingInASlashIsRefusedNotWrittenAsAFile() throws IOException {
        Path in = Files.writeString(dir.resolve("in.txt"), "The dog barks .\n");
        List<String> before = names();
        for (String[] c : new String[][]{
                {"tag", "--quiet", "--input-format", "tokens", in.toString(), "-o", dir + "/newdir/"},
                {"tag", "--quiet", "--input-format", "tokens", in.toString(), "--output", dir + "/newdir/."},
                {"eval", "--task", "pos", "--data", CliTest.DEV, "--quiet", "--report", dir + "/rd/"},
                {"train", "--task", "pos", "--data", CliTest.TRAIN, "--epochs", "1", "--quiet", "--out", dir + "/md/"}}) {
            BadInputCliTest.Run r = BadInputCliTest.run(c);
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            String option = c[c.length - 2].equals("-o") ? "--output" : c[c.length - 2];
            assertEquals("tagrank: Invalid value for option '" + option + "': '" + c[c.length - 1]
                    + "' names a directory; give the file to write", r.err().lines().findFirst().orElse(""));
            assertEquals("", r.out());
            assertEquals(before, names(), "it wrote a regular file named after the directory");
        }
    }

    @Test
    void aFailedTagLeavesNoDirectoriesItMadeForItsOutput() throws IOException {
        Path in = Files.writeString(dir.resolve("in.wt"), "The_DT dog_NN\nbad\n");
        List<String> before = names();
        BadInputCliTest.Run r = BadInputCliTest.run("tag", "--quiet", "--input-format", "word_tag", in.toString(),
                "-o", dir.resolve("nd/sub/x.txt").toString());
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        assertEquals("tagrank: " + in + ":2: token 'bad' is not word_TAG\n", r.err());
        assertEquals(before, names(), "nd/sub was left behind");

        Files.createDirectories(dir.resolve("nd")); // one that was there stays
        BadInputCliTest.Run again = BadInputCliTest.run("tag", "--quiet", "--input-format", "word_tag", in.toString(),
                "-o", dir.resolve("nd/sub/x.txt").toString());
        assertEquals(ExitCodes.BAD_DATA, again.code(), again.err());
        assertTrue(Files.isDirectory(dir.resolve("nd")));
        assertEquals(List.of(), List.of(dir.resolve("nd").toFile().list()));

        Path good = Files.writeString(dir.resolve("good.wt"), "The_DT dog_NN\n");
        BadInputCliTest.Run ok = BadInputCliTest.run("tag", "--quiet", "--input-format", "word_tag", good.toString(),
                "-o", dir.resolve("nd/sub/x.txt").toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.readString(dir.resolve("nd/sub/x.txt")).startsWith("The_"));
    }
}
