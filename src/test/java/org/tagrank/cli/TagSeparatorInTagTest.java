package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * word_tag output with a --separator that occurs in one of the model's tags: 'his$PRP$' or ':::' split at the last
 * separator read back as other words and tags (or not at all), exit 0. It is refused before any work.
 */
class TagSeparatorInTagTest {
    @Test
    void aSeparatorInsideAModelTagIsRefusedForWordTagOutput() {
        for (String sep : new String[]{"$", ":", "-"}) {
            BadInputCliTest.Run r = BadInputCliTest.run("I saw his dog .\n".getBytes(StandardCharsets.UTF_8), "tag",
                    "--input-format", "tokens", "--separator", sep);
            assertEquals(ExitCodes.USAGE, r.code(), sep + ": " + r.out());
            assertEquals("", r.out());
            assertEquals(true, r.err().startsWith("tagrank: --separator '" + sep + "' occurs in the model's tag '"), r.err());
            assertEquals(true, r.err().endsWith("', so word_tag output could not be split back; choose another separator "
                    + "(or tsv / conllu output)\n"), r.err());
        }
        BadInputCliTest.Run ok = BadInputCliTest.run("I saw his dog .\n".getBytes(StandardCharsets.UTF_8), "tag",
                "--input-format", "tokens", "--separator", "/", "--quiet");
        assertEquals(0, ok.code(), ok.err());
        assertEquals("I/PRP saw/VBD his/PRP$ dog/NN ./.\n", ok.out());
        BadInputCliTest.Run in = BadInputCliTest.run("his$PRP dog$NN\n".getBytes(StandardCharsets.UTF_8), "tag",
                "--input-format", "word_tag", "--output-format", "tsv", "--separator", "$", "--quiet");
        assertEquals(0, in.code(), "word_tag input alone is read as before: " + in.err());
    }
}
