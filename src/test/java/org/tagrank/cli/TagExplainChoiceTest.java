package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * tag --explain on a token whose tag the tag dictionary or the lexicon fixes or restricts: the header says so. It
 * listed the features as if they had chosen the tag ('her duck' forced to VB by the lexicon showed
 * 'shape[-1]=x ∧ VB -6.8' under 'duck -> VB', and 'The -> DT' the features of a word the tag dictionary fixes).
 */
class TagExplainChoiceTest {
    private static String header(String sentence, int token, String... more) {
        String[] args = new String[6 + more.length];
        String[] base = {"tag", "--input-format", "tokens", "--explain", Integer.toString(token), "--quiet"};
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        BadInputCliTest.Run r = BadInputCliTest.run((sentence + "\n").getBytes(StandardCharsets.UTF_8), args);
        assertEquals(0, r.code(), r.err());
        return r.out().split("\n")[1];
    }

    @Test
    void theHeaderSaysWhatFixedOrRestrictedTheTag() throws Exception {
        assertEquals("# explain token 1 'The' -> DT (fixed by the tag dictionary, not by these features)",
                header("The dog barks .", 1));
        assertEquals("# explain token 2 'saw' -> VBD (the tag dictionary allows only NN VBD)",
                header("I saw her duck .", 2));
        assertEquals("# explain token 3 'barks' -> VBZ", header("The dog barks .", 3), "scored over every tag");
        Path lexicon = Files.createTempFile("lexicon", ".tsv");
        try {
            Files.writeString(lexicon, "duck\tVB\nbarks\tVBZ NNS\n");
            assertEquals("# explain token 4 'duck' -> VB (fixed by the lexicon, not by these features)",
                    header("I saw her duck .", 4, "--lexicon", lexicon.toString()));
            assertEquals("# explain token 3 'barks' -> VBZ (the lexicon allows only VBZ NNS)",
                    header("The dog barks .", 3, "--lexicon", lexicon.toString()));
        } finally {
            Files.delete(lexicon);
        }
    }
}
