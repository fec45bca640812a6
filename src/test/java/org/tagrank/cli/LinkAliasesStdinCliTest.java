package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * link aliases MENTIONS... with '-': it failed as "no such file: -" (exit 2), where link text reads '-' as standard
 * input and link rank says it does not; mention files can be piped (cat a b | link aliases -o T -).
 */
class LinkAliasesStdinCliTest {
    @TempDir
    Path dir;

    @Test
    void aDashReadsMentionsFromStandardInputOnce() throws Exception {
        Path train = Path.of(LinkCliTest.fixture("tiny-train.mentions.tsv"));
        Path fromFile = dir.resolve("file.tsv");
        assertEquals(0, BadInputCliTest.run("link", "aliases", "-o", fromFile.toString(), train.toString(), "--quiet").code());
        Path fromStdin = dir.resolve("stdin.tsv");
        BadInputCliTest.Run r = BadInputCliTest.run(Files.readAllBytes(train), "link", "aliases", "-o",
                fromStdin.toString(), "-", "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(fromFile), Files.readString(fromStdin));

        // malformed input names <stdin>:line
        r = BadInputCliTest.run(BadInputCliTest.utf8("d\t0\t0\t1\tX\t--NME--\t--NME--\t-1\t1\tX|1|2\n"), "link", "aliases",
                "-o", dir.resolve("bad.tsv").toString(), "-");
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        assertTrue(r.err().startsWith("tagrank: <stdin>:1: field 10: "), r.err());
        assertFalse(Files.exists(dir.resolve("bad.tsv")));

        r = BadInputCliTest.run(Files.readAllBytes(train), "link", "aliases", "-o", dir.resolve("twice.tsv").toString(),
                "-", "-");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("tagrank: '-' (standard input) may be given once\n", r.err());
    }
}
