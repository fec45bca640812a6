package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pre-tokenized input split at Unicode white space as CoreNLP's whitespace tokenizer and OpenNLP's WhitespaceTokenizer
 * split it: an ideographic space (U+3000) between two tokens made one token of them.
 */
class UnicodeSpaceTokensCliTest {
    @TempDir
    Path dir;

    private static List<String> words(String wordTagLine) {
        return java.util.Arrays.stream(wordTagLine.split(" ")).map(t -> t.substring(0, t.lastIndexOf('_'))).toList();
    }

    @Test
    void tokensInputSplitsAtAnIdeographicSpace() throws IOException {
        Path in = Files.writeString(dir.resolve("t.txt"), "The\u3000dog\u2003barks .\n", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("tag", "--input-format", "tokens", "--output-format", "word_tag", "--quiet", in.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("The", "dog", "barks", "."), words(r.out().strip()));
    }

    @Test
    void wordTagInputSplitsAtAnIdeographicSpace() throws IOException {
        Path in = Files.writeString(dir.resolve("t.wt"), "The_DT\u3000dog_NN barks_VBZ ._.\n", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("tag", "--input-format", "word_tag", "--output-format", "word_tag", "--quiet", in.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("The", "dog", "barks", "."), words(r.out().strip()));
    }

    @Test
    void rawTextTaggedAsWordTagReadsBackWithTheSameTokens() throws IOException {
        // CoreNLP keeps "1 1/2" one token, its space written as U+00A0, which must not split it on reading back
        Path in = Files.writeString(dir.resolve("r.txt"), "Add 1 1/2 cups of flour.\n", StandardCharsets.UTF_8);
        CliTest.Run first = CliTest.run("tag", "--output-format", "word_tag", "--quiet", in.toString());
        assertEquals(0, first.code(), first.err());
        List<String> tokens = words(first.out().strip());
        assertTrue(tokens.contains("1\u00A01/2"), tokens.toString());
        Path back = Files.writeString(dir.resolve("back.wt"), first.out(), StandardCharsets.UTF_8);
        CliTest.Run again = CliTest.run("tag", "--input-format", "word_tag", "--output-format", "word_tag", "--quiet",
                back.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(tokens, words(again.out().strip()));
    }

    @Test
    void aWordTagLineOfSeparatorsAloneIsAnEmptySentence() throws IOException {
        // NEL (U+0085) separates tokens but is no white space to String.isBlank: the line was no empty sentence,
        // and its parse (no token) crashed the run with a NullPointerException (exit 4)
        Path in = Files.writeString(dir.resolve("nel.wt"), "The_DT dog_NN\n\u0085 \u0085\nA_DT cat_NN\n",
                StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("tag", "--input-format", "word_tag", "--output-format", "word_tag", "--quiet", in.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertEquals(List.of("The", "dog"), words(lines.get(0)));
        assertEquals("", lines.get(1));
        assertEquals(List.of("A", "cat"), words(lines.get(2)));
    }
}
