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
    void tokensSplitLikeTheWhitespaceRegex() {
        for (String line : List.of("The cat sat .", "  tabs\tand  \t spaces\r", "one", "a\u000Bb\fc",
                "no\u00A0break space stays\u2003inside", "\u2003leading and trailing unicode space\u2003",
                "x  y\t\tz")) {
            if (line.isBlank()) {
                continue;
            }
            String s = line.strip();
            assertEquals(List.of(s.split("\\s+")), SentenceSource.tokens(s), line);
        }
    }
}
