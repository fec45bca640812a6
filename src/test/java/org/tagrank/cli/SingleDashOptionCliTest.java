package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A CoreNLP / OpenNLP user writes options with one dash ({@code -output out.txt}, {@code -outputFormat conllu}).
 * picocli read {@code -output} as {@code -o utput}: tag wrote both files, out.txt included, to a file named
 * 'utput' in the working directory and exited 0.
 */
class SingleDashOptionCliTest {
    @TempDir
    Path dir;

    @Test
    void aSingleDashLongOptionIsAUsageErrorNotMinusOWithAValue() throws IOException {
        Path in = Files.writeString(dir.resolve("in.txt"), "The dog barks .\n");
        Path out = Files.writeString(dir.resolve("out.txt"), "An earlier run .\n");
        Path stray = Path.of("utput");
        boolean strayBefore = Files.exists(stray);
        try {
            CliTest.Run r = CliTest.run("tag", "--input-format", "tokens", "--quiet", "-output", out.toString(), in.toString());
            assertEquals(ExitCodes.USAGE, r.code(), r.out() + r.err());
            assertTrue(r.err().startsWith("tagrank: Unknown option: '-output'"), r.err());
            assertEquals("", r.out());
            assertFalse(!strayBefore && Files.exists(stray), "wrote a file named 'utput'");
        } finally {
            if (!strayBefore) {
                Files.deleteIfExists(stray);
            }
        }
    }

    @Test
    void minusOWithItsFileAsTheNextArgumentOrAfterEqualsStillWorks() throws IOException {
        Path in = Files.writeString(dir.resolve("in.txt"), "The dog barks .\n");
        for (String[] o : new String[][]{{"-o", dir.resolve("a.txt").toString()}, {"-o=" + dir.resolve("b.txt")}}) {
            String[] args = new String[4 + o.length];
            System.arraycopy(new String[]{"tag", "--input-format", "tokens", "--quiet"}, 0, args, 0, 4);
            System.arraycopy(o, 0, args, 4, o.length);
            CliTest.Run r = CliTest.run(append(args, in.toString()));
            assertEquals(0, r.code(), r.err());
        }
        assertEquals(Files.readString(dir.resolve("a.txt")), Files.readString(dir.resolve("b.txt")));
        assertTrue(Files.readString(dir.resolve("a.txt")).startsWith("The_DT"), Files.readString(dir.resolve("a.txt")));
    }

    private static String[] append(String[] a, String last) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = last;
        return out;
    }
}
