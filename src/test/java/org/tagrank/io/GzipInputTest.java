package org.tagrank.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gzip-compressed input files are read as their text, as CoreNLP's readers read {@code .gz} (corpora and alias tables
 * are often kept compressed); they were "not valid UTF-8" at line 1. Sniffed by the magic bytes, not the name: no
 * UTF-8 text starts with 0x1F 0x8B.
 */
public class GzipInputTest {
    @TempDir
    Path dir;

    public static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(plain);
        }
        return b.toByteArray();
    }

    @Test
    void aCompressedFileReadsAsItsText() throws IOException {
        String text = "Åsa\tNNP\r\nruns\tVBZ\n\nlast line without end";
        for (String name : new String[]{"a.tsv.gz", "no-suffix.tsv"}) {
            Path f = Files.write(dir.resolve(name), gzip(text.getBytes(StandardCharsets.UTF_8)));
            assertEquals(text, Readers.readString(f), name);
            try (LineReader r = Readers.utf8(f)) {
                assertEquals("Åsa\tNNP", r.readLine());
                assertEquals("runs\tVBZ", r.readLine());
            }
        }
    }

    @Test
    void badUtf8InsideIsNamedByFileAndLine() throws IOException {
        byte[] plain = {'o', 'k', '\n', (byte) 0xC3, '(', '\n'};
        Path f = Files.write(dir.resolve("bad.txt.gz"), gzip(plain));
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Readers.readString(f));
        assertTrue(e.getMessage().startsWith(f + ":2: "), e.getMessage());
    }

    @Test
    void aCutOrCorruptArchiveIsNamed() throws IOException {
        byte[] z = gzip("some text that is long enough to be cut in the middle\n".repeat(50).getBytes(StandardCharsets.UTF_8));
        Path cut = Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(z, z.length / 2));
        FileSystemException e = assertThrows(FileSystemException.class, () -> Readers.readString(cut));
        assertEquals(cut.toString(), e.getFile());
        assertTrue(e.getReason().startsWith("corrupt or cut gzip data"), e.getReason());
        byte[] bad = z.clone();
        bad[2] = 7; // compression method 7: not deflate (8), the only one gzip has
        Path header = Files.write(dir.resolve("header.txt.gz"), bad);
        e = assertThrows(FileSystemException.class, () -> Readers.readString(header));
        assertTrue(e.getReason().startsWith("corrupt or cut gzip data"), e.getReason());
    }

    @Test
    void aResourceStreamMayBeCompressedToo() throws IOException {
        // alias tables and lexicons come through ResourceLocator (file, classpath or URL): 'not valid UTF-8' at line 1
        byte[] z = gzip("Paris\tParis:3\n".getBytes(StandardCharsets.UTF_8));
        try (LineReader r = Readers.utf8Resource(new java.io.ByteArrayInputStream(z), "URL x")) {
            assertEquals("Paris\tParis:3", r.readLine());
        }
        try (LineReader r = Readers.utf8Resource(new java.io.ByteArrayInputStream(new byte[]{'a'}), "one byte")) {
            assertEquals("a", r.readLine());
        }
        FileSystemException e = assertThrows(FileSystemException.class, () -> {
            try (LineReader r = Readers.utf8Resource(new java.io.ByteArrayInputStream(Arrays.copyOf(z, 12)), "URL x")) {
                while (r.readLine() != null) {
                    continue;
                }
            }
        });
        assertEquals("URL x", e.getFile());
    }
}
