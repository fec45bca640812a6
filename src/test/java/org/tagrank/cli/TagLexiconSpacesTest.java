package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A --lexicon entry for a word with a space ('New York<TAB>NNP') can match only a CoNLL-U form: text, tokens and
 * word_tag input split at spaces, so with them it never applied, and tag said nothing.
 */
class TagLexiconSpacesTest {
    @TempDir
    Path dir;

    @Test
    void entriesNoTokenOfTheInputCanMatchAreNamedInAWarning() throws Exception {
        Path lexicon = Files.writeString(dir.resolve("lex.tsv"), "duck\tVB\nNew York\tNNP\nLos  Angeles\tNNP\n");
        BadInputCliTest.Run r = BadInputCliTest.run("New York is big .\n".getBytes(StandardCharsets.UTF_8), "tag",
                "--input-format", "tokens", "--lexicon", lexicon.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals("warning: " + lexicon + ": 2 entries hold a space, which tokens input never has in a token (only "
                + "CoNLL-U forms can): line 2 'New York', line 3 'Los  Angeles'\n", r.err());
        String conllu = "1\tNew York\t_\t_\t_\t_\t_\t_\t_\t_\n2\tis\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        BadInputCliTest.Run c = BadInputCliTest.run(conllu.getBytes(StandardCharsets.UTF_8), "tag", "--input-format", "conllu",
                "--lexicon", lexicon.toString(), "--quiet");
        assertEquals(0, c.code(), c.err());
        assertEquals("", c.err(), "CoNLL-U forms may hold a space");
        assertEquals("NNP", c.out().split("\n")[0].split("\t")[4]);
    }
}
