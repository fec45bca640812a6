package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.task.pos.CompactSentences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The unlabeled text is tokenized in blocks of lines on a pool of threads: its sentences come out in file order, every
 * one, whatever the number of blocks (none full, several, an empty file, a gzip file).
 */
class UnlabeledTextBlocksTest {
    @TempDir
    Path dir;

    private static List<List<String>> read(Path file, String format) throws IOException {
        CompactSentences.Builder b = new CompactSentences.Builder();
        UnlabeledTextFiles.readText(file, format, "plain", b);
        CompactSentences s = b.build();
        List<List<String>> out = new ArrayList<>();
        for (int k = 0; k < s.size(); k++) {
            out.add(List.copyOf(s.get(k)));
        }
        return out;
    }

    private static String lines(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i % 7 == 3 ? "\n" : "w" + i + " x" + i + "\n"); // blank lines give no sentence
        }
        return sb.toString();
    }

    private static List<List<String>> expected(int n) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % 7 != 3) {
                out.add(List.of("w" + i, "x" + i));
            }
        }
        return out;
    }

    @Test
    void sentencesComeInFileOrderForAnyNumberOfBlocks() throws IOException {
        for (int n : new int[]{0, 1, 999, 1000, 1001, 23_456}) {
            Path f = Files.writeString(dir.resolve("t" + n + ".txt"), lines(n), StandardCharsets.UTF_8);
            assertEquals(expected(n), read(f, "tokens"), n + " lines");
        }
    }

    @Test
    void aGzipFileGivesTheSentencesOfItsText() throws IOException {
        Path gz = Files.write(dir.resolve("t.txt.gz"),
                org.tagrank.io.GzipInputTest.gzip(lines(2_500).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected(2_500), read(gz, "tokens"));
    }
}
