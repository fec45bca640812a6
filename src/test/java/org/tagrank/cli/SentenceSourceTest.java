package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSourceTest {
    @TempDir
    Path dir;

    @Test
    void aBatchOfLongParagraphsStaysNearTheCharacterBound() throws IOException {
        // 5M characters of text without a blank line: read as five ~1M-character paragraphs
        String line = "The quick brown fox jumps over the lazy dog near the river bank today.\n";
        Path text = Files.writeString(dir.resolve("no-blank-lines.txt"), line.repeat(5 * (1 << 20) / line.length()));
        List<SentenceSource.Item> all = new ArrayList<>();
        try (SentenceSource source = new SentenceSource(List.of(text), SentenceSource.Format.TEXT, '_')) {
            List<SentenceSource.Item> batch;
            while (!(batch = source.nextBatch(256)).isEmpty()) {
                long chars = batch.stream().mapToLong(i -> i.paragraph().length()).sum();
                // was one batch of all five paragraphs (256 of them would be 256M characters)
                assertTrue(chars < 2L * SentenceSource.MAX_BATCH_CHARS + line.length(), chars + " characters in one batch");
                all.addAll(batch);
            }
        }
        StringBuilder sb = new StringBuilder();
        all.forEach(i -> sb.append(i.paragraph()));
        assertEquals(Files.readString(text), sb.toString(), "every character once, in order");
        assertTrue(all.size() >= 5, all.size() + " paragraphs");
    }

    /**
     * Text without any line break (a 60 MB one-line file ran out of a 400 MB heap that the same text with line breaks
     * is tagged in): the line was read whole. It is now cut at a space every ~1M characters, as text without blank lines
     * is cut at a line end; no word is split and no character but the space at a cut is changed.
     */
    @Test
    void aLineOfTextWithoutEndIsReadInBoundedPieces() throws IOException {
        String sentence = "The quick brown fox jumps over the lazy dog near the river bank today. ";
        String one = sentence.repeat(3 * (1 << 20) / sentence.length()) + "End.\n";
        Path text = Files.writeString(dir.resolve("one-line.txt"), one);
        List<SentenceSource.Item> all = new ArrayList<>();
        try (SentenceSource source = new SentenceSource(List.of(text), SentenceSource.Format.TEXT, '_')) {
            List<SentenceSource.Item> batch;
            while (!(batch = source.nextBatch(256)).isEmpty()) {
                all.addAll(batch);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (SentenceSource.Item i : all) {
            assertTrue(i.paragraph().length() <= 2 * (1 << 20) + 2, i.paragraph().length() + " characters in one paragraph");
            assertTrue(i.paragraph().endsWith("\n"));
            sb.append(i.paragraph());
        }
        assertTrue(all.size() >= 2, all.size() + " paragraphs");
        assertEquals(one.replace('\n', ' '), sb.toString().replace('\n', ' '),
                "every character once, in order; a cut only at a space");
    }

    @Test
    void inputFormatsAreNamedInAnyCaseAsOutputFormatsAre() {
        assertEquals(SentenceSource.Format.TOKENS, SentenceSource.parseFormat("TOKENS"));
        assertEquals(SentenceSource.Format.WORD_TAG, SentenceSource.parseFormat("Word_Tag"));
        assertEquals(TagFormat.TSV, TagFormat.parse("TSV"));
        CliException e = org.junit.jupiter.api.Assertions.assertThrows(CliException.class,
                () -> SentenceSource.parseFormat("toks"));
        assertEquals("unknown input format 'toks' (expected text, tokens, conllu or word_tag)", e.getMessage());
    }

    @Test
    void tokensSplitAtAsciiAndUnicodeWhiteSpaceButNotAtNoBreakSpaces() {
        for (String line : List.of("The cat sat .", "  tabs\tand  \t spaces\r", "one", "a\u000Bb\fc", "x  y\t\tz")) {
            String s = line.strip();
            assertEquals(List.of(s.split("\\s+")), SentenceSource.tokens(line), line); // ASCII: as before
        }
        assertEquals(List.of("東京", "に", "行く"), SentenceSource.tokens("東京\u3000に\u3000行く"));
        assertEquals(List.of("leading", "and", "trailing"), SentenceSource.tokens("\u2003leading and\u2009trailing\u2003"));
        assertEquals(List.of("a", "b"), SentenceSource.tokens("a\u0085b"));
        // CoreNLP writes the spaces inside a token as U+00A0: such a token stays whole
        assertEquals(List.of("1\u00A01/2", "cups"), SentenceSource.tokens("1\u00A01/2 cups"));
        assertEquals(List.of("zero\u200Bwidth"), SentenceSource.tokens("zero\u200Bwidth"));
        assertEquals(List.of(), SentenceSource.tokens("\u3000 \u2003"));
    }
}
