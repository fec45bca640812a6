package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A {@code --params} file that is missing, a directory or not UTF-8 exited 1 (usage) where every other missing or
 * unreadable input file exits 2 (README: "stops the run before any input is read (exit code 2)").
 */
class ParamsFileInputCliTest {
    @TempDir
    Path dir;

    private RankCliTest.Run train(Path params) {
        return RankCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--params", params.toString(),
                "--quiet", "--out", dir.resolve("m.lin.zip").toString());
    }

    @Test
    void aMissingOrUnreadableParamsFileIsAnInputError() throws Exception {
        Path missing = dir.resolve("missing.txt");
        RankCliTest.Run r = train(missing);
        assertEquals("tagrank: --params: no such file: " + missing + "\n", r.err());
        assertEquals(ExitCodes.BAD_DATA, r.code()); // was 1
        RankCliTest.Run d = train(dir);
        assertEquals("tagrank: --params: " + dir + ": is a directory, not a file\n", d.err());
        assertEquals(ExitCodes.BAD_DATA, d.code());
        Path latin1 = Files.write(dir.resolve("p.txt"), new byte[]{'#', ' ', (byte) 0xE9, '\n'});
        RankCliTest.Run bad = train(latin1);
        assertEquals(ExitCodes.BAD_DATA, bad.code(), bad.err());
        org.junit.jupiter.api.Assertions.assertTrue(bad.err().startsWith("tagrank: --params: " + latin1 + ":1: "), bad.err());
        // as a missing --data file does: the same code for every input file
        RankCliTest.Run data = RankCliTest.run("train", "--task", "pos", "--data", missing.toString(), "--quiet",
                "--out", dir.resolve("m.lin.zip").toString());
        assertEquals(ExitCodes.BAD_DATA, data.code(), data.err());
    }

    @Test
    void aBadKeyIsStillAUsageError() throws Exception {
        Path p = Files.writeString(dir.resolve("p.txt"), "Frobnicate=3\n");
        RankCliTest.Run r = train(p);
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
    }
}
