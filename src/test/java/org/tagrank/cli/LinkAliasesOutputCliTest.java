package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * link aliases --wikidict W -o W: the dictionary it had just read was replaced by the alias table (exit 0), where an
 * input mention file given as -o is refused. The wikidict is an input too.
 */
class LinkAliasesOutputCliTest {
    @TempDir
    Path dir;

    @Test
    void theWikidictIsAnInputThatOutMustNotName() throws Exception {
        Path wd = dir.resolve("wikidict.tab");
        Files.copy(Path.of(LinkCliTest.fixture("tiny-wikidict.tab")), wd);
        byte[] before = Files.readAllBytes(wd);
        LinkCliTest.Run r = LinkCliTest.run("link", "aliases", "--wikidict", wd.toString(), "-o", wd.toString(),
                LinkCliTest.fixture("tiny-train.mentions.tsv"));
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("tagrank: --out/-o " + wd + " is an input of this run (" + wd + "): give another file\n", r.err());
        assertArrayEquals(before, Files.readAllBytes(wd));
    }
}
