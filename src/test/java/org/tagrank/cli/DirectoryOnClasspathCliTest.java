package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A directory that is also a directory on the classpath (the checkout's models/, which the jar carries too) was read
 * as a classpath resource: 'tag --lexicon models' tagged with an empty lexicon and exited 0 from the jar (a directory
 * entry reads as nothing), and 'tag --model models/' said "classpath models/: not a TagRank model".
 */
class DirectoryOnClasspathCliTest {
    private static BadInputCliTest.Run tag(String... options) {
        String[] args = new String[options.length + 4];
        System.arraycopy(new String[]{"tag", "--input-format", "tokens", "--quiet"}, 0, args, 0, 4);
        System.arraycopy(options, 0, args, 4, options.length);
        return BadInputCliTest.run("The dog barks .\n".getBytes(StandardCharsets.UTF_8), args);
    }

    @Test
    void aDirectoryNamedAsLexiconOrModelIsADirectoryWhereverElseItIs() {
        BadInputCliTest.Run lexicon = tag("--lexicon", "models");
        assertEquals(ExitCodes.BAD_DATA, lexicon.code(), lexicon.out() + lexicon.err());
        assertEquals("tagrank: lexicon is a directory, not a file: models\n", lexicon.err());
        BadInputCliTest.Run model = tag("--model", "models/");
        assertEquals(ExitCodes.BAD_MODEL, model.code(), model.err());
        assertEquals("tagrank: model is a directory, not a file: models/\n", model.err());
    }

    @Test
    void aDirectoryOnTheClasspathOnlyIsNoResource() {
        BadInputCliTest.Run lexicon = tag("--lexicon", "org/tagrank");
        assertEquals(ExitCodes.BAD_DATA, lexicon.code(), lexicon.out() + lexicon.err());
        assertEquals("tagrank: lexicon is a directory, not a file: org/tagrank\n", lexicon.err());
    }
}
