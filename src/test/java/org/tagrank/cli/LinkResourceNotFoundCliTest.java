package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.testutil.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A missing --aliases table or wikidict said only "not found as a file or classpath resource: nope.tsv", naming
 * neither what was missing nor its option (with --quiet no "reading ..." line came before it); a missing --lexicon
 * and model say which they are.
 */
class LinkResourceNotFoundCliTest {
    @TempDir
    Path dir;

    @Test
    void aMissingAliasTableOrWikidictSaysWhichItIs() throws IOException {
        Path text = Files.writeString(dir.resolve("doc.txt"), "Germany beat England.\n");
        Path aliases = dir.resolve("no-aliases.tsv");
        CliTest.Run r = CliTest.run("link", "text", "--quiet", "--aliases", aliases.toString(), text.toString());
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        assertEquals("tagrank: alias table not found as a file or classpath resource: " + aliases + "\n", r.err());
        Path wikidict = dir.resolve("no-wikidict.tab.gz");
        CliTest.Run w = CliTest.run("eval", "--task", "link", "--quiet", "--data",
                Fixtures.resource("org/tagrank/task/rank/link/tiny-test.mentions.tsv").toString(),
                "--param", "baselines=true", "--param", "wikidict=" + wikidict);
        assertEquals(ExitCodes.BAD_DATA, w.code(), w.err());
        assertEquals("tagrank: wikidict not found as a file or classpath resource: " + wikidict + "\n", w.err());
    }
}
