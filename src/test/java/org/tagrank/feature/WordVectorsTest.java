package org.tagrank.feature;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordVectorsTest {
    private static final String TEXT = "cat\t1 0 0\ndog\t0.5 0.5 -0.25\nthe\t0 0 1e-3\n";

    @Test
    void looksUpRowsAndComputesWithThem() {
        WordVectors v = WordVectors.parse(TEXT, "t.tsv");
        assertEquals(3, v.size());
        assertEquals(3, v.dimension());
        assertEquals(1, v.row("dog"));
        assertEquals(-1, v.row("cow"));
        assertArrayEquals(new float[]{0.5f, 0.5f, -0.25f}, v.vector(1));
        float[] acc = new float[3];
        v.addTo(0, 2f, acc);
        v.addTo(1, 1f, acc);
        assertArrayEquals(new float[]{2.5f, 0.5f, -0.25f}, acc);
        assertEquals(0.5f, v.dot(1, new float[]{1, 0, 0}));
        assertEquals(1f, WordVectors.cosine(new float[]{2, 0}, new float[]{3, 0}, 2), 1e-6);
        assertEquals(0f, WordVectors.cosine(new float[]{0, 0}, new float[]{3, 0}, 2));
    }

    @Test
    void writesWhatItReadsWithoutTheLocale() {
        WordVectors v = WordVectors.parse(TEXT, "t.tsv");
        assertEquals("cat\t1.00000 0.00000 0.00000\ndog\t0.50000 0.50000 -0.25000\nthe\t0.00000 0.00000 0.00100\n", v.text());
        assertEquals("cat\t1.00 0.00 0.00\ndog\t0.50 0.50 -0.25\nthe\t0.00 0.00 0.00\n", v.text(2));
        assertThrows(IllegalArgumentException.class, () -> v.text(0));
        WordVectors back = WordVectors.parse(v.text(), "again");
        assertArrayEquals(v.vector(2), back.vector(2));
        WordVectors kept = v.restrictTo(w -> !w.equals("dog"));
        assertEquals(2, kept.size());
        assertEquals(1, kept.row("the"));
        assertArrayEquals(v.vector(2), kept.vector(1));
    }

    @Test
    void badLinesNameTheSourceAndLine() {
        assertMessage("t.tsv:2: 2 numbers, but line 1 has 3", "a\t1 2 3\nb\t1 2\n");
        assertMessage("t.tsv:1: expected word<TAB>numbers", "a 1 2 3\n");
        assertMessage("t.tsv:2: number 2 is not a finite number: 'x'", "a\t1 2\nb\t1 x\n");
        assertMessage("t.tsv:2: number 1 is not a finite number: 'NaN'", "a\t1 2\nb\tNaN 1\n");
        assertMessage("t.tsv:3: 'a' repeats line 1", "a\t1\nb\t2\na\t3\n");
    }

    private static void assertMessage(String expected, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WordVectors.parse(text, "t.tsv"));
        assertTrue(e.getMessage().equals(expected), e.getMessage());
    }

    @Test
    void numbersParseToTheBitsOfFloatParseFloat() {
        java.util.Random r = new java.util.Random(7);
        java.util.List<String> xs = new java.util.ArrayList<>(java.util.List.of("0", "-0", "-0.000", "0.5", ".5", "1.",
                "-1.25", "+1.5", "1e-3", "16777215", "16777216", "0.16777216", "123456789.123", "0.0000000001",
                "0.00000000001", "3.4028235", "-0.123", "007.500", " 1.5", "NaN"));
        for (int k = 0; k < 200_000; k++) {
            long m = r.nextInt(1 << (1 + r.nextInt(25)));
            int decimals = r.nextInt(12);
            String digits = Long.toString(m);
            while (digits.length() <= decimals) {
                digits = "0" + digits;
            }
            String x = decimals == 0 ? digits : digits.substring(0, digits.length() - decimals) + "." + digits.substring(digits.length() - decimals);
            xs.add(r.nextBoolean() ? "-" + x : x);
        }
        for (String x : xs) {
            String padded = "w\t" + x + " ";
            assertEquals(Float.floatToIntBits(Float.parseFloat(x)),
                    Float.floatToIntBits(WordVectors.parseFloat(padded, 2, padded.length() - 1)), x);
        }
        assertThrows(NumberFormatException.class, () -> WordVectors.parseFloat("-", 0, 1));
        assertThrows(NumberFormatException.class, () -> WordVectors.parseFloat("1.2.3", 0, 5));
    }
}
