package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An output named {@code .gz} is written gzip-compressed, as CoreNLP writes its outputs and as every input is read
 * back: {@code tag -o x.conllu.gz} wrote plain text under a name that says gzip.
 */
class GzipOutputCliTest {
    @TempDir
    Path dir;

    @Test
    void aGzOutputIsGzipAndHoldsWhatThePlainOutputHolds() throws IOException {
        Path in = Files.writeString(dir.resolve("in.txt"), "The dog barks .\nA cat sleeps .\n");
        Path plain = dir.resolve("out.txt");
        Path gz = dir.resolve("out.txt.GZ");
        tagTo(in, plain, gz);
        byte[] z = Files.readAllBytes(gz);
        assertEquals(0x1f, z[0] & 0xff);
        assertEquals(0x8b, z[1] & 0xff);
        assertArrayEquals(Files.readAllBytes(plain), gunzip(gz));
        assertEquals("The_DT dog_NN barks_VBZ ._.\nA_DT cat_NN sleeps_VBZ ._.\n",
                new String(gunzip(gz), StandardCharsets.UTF_8));
        // read back as input, whatever its name says
        BadInputCliTest.Run again = BadInputCliTest.run("tag", "--input-format", "word_tag", "--quiet", gz.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(Files.readString(plain), again.out());
    }

    @Test
    void twoRunsWriteTheSameBytes() throws IOException {
        Path in = Files.writeString(dir.resolve("in.txt"), "The dog barks .\n");
        Path a = dir.resolve("a.gz");
        Path b = dir.resolve("b.gz");
        tagTo(in, a, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "no time stamp in the gzip header");
    }

    private static void tagTo(Path in, Path... outs) {
        for (Path out : outs) {
            BadInputCliTest.Run r = BadInputCliTest.run("tag", "--input-format", "tokens", "--quiet", in.toString(),
                    "-o", out.toString());
            assertEquals(0, r.code(), r.err());
        }
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream s = new GZIPInputStream(Files.newInputStream(p))) {
            return s.readAllBytes();
        }
    }
}
