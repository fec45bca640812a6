package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * tokens / word_tag input joined from files that each start with a byte order mark: the second file's first token
 * carried the invisible mark and was tagged as another word ('c' came out ADD), exit 0. It is now an error at its
 * line, as in CoNLL-U input and --lexicon files (whose entry never matched); raw text drops it (CoreNLP's tokenizer).
 */
class TagInnerBomTest {
    @Test
    void aByteOrderMarkAtALineStartInsideTokenInputIsAnErrorAtItsLine() {
        for (String format : new String[]{"tokens", "word_tag"}) {
            String in = "tokens".equals(format) ? "a b\n\uFEFFc d\n" : "a_DT b_NN\n\uFEFFc_NN d_NN\n";
            BadInputCliTest.Run r = BadInputCliTest.run(in.getBytes(StandardCharsets.UTF_8), "tag", "--input-format", format);
            assertEquals(2, r.code(), format + ": " + r.out());
            assertEquals("tagrank: <stdin>:2: the line starts with a byte order mark (U+FEFF), which only the start of a "
                    + "file may have (files joined with cat? remove it)\n", r.err(), format);
        }
    }

    @Test
    void soInALexiconWhoseEntryNeverMatched() throws Exception {
        java.nio.file.Path lexicon = java.nio.file.Files.createTempFile("lexicon", ".tsv");
        try {
            java.nio.file.Files.writeString(lexicon, "\uFEFFcat\tVB\n\uFEFFduck\tVB\n");
            BadInputCliTest.Run r = BadInputCliTest.run("I saw her duck .\n".getBytes(StandardCharsets.UTF_8), "tag",
                    "--input-format", "tokens", "--lexicon", lexicon.toString());
            assertEquals(2, r.code(), r.out());
            assertEquals("tagrank: " + lexicon + ":2: the line starts with a byte order mark (U+FEFF), which only the start "
                    + "of a file may have (files joined with cat? remove it)\n", r.err());
        } finally {
            java.nio.file.Files.delete(lexicon);
        }
    }
}
