package org.tagrank.task.rank;

import org.junit.jupiter.api.Test;
import org.tagrank.io.CorpusFormatException;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankingReaderTest {

    private static List<RankingExample> parse(String text, RankingReader.GoldPolicy policy) throws Exception {
        return RankingReader.read(new StringReader(text), "in.tsv", policy);
    }

    private static String error(String text, RankingReader.GoldPolicy policy) {
        return assertThrows(CorpusFormatException.class, () -> parse(text, policy)).getMessage();
    }

    @Test
    void readsTheFixture() throws Exception {
        List<RankingExample> ex = RankingReader.read(Fixtures.ranking(), RankingReader.GoldPolicy.REQUIRED);
        assertEquals(6, ex.size());
        RankingExample q1 = ex.get(0);
        assertEquals("q1", q1.id());
        assertEquals(3, q1.candidates().size());
        assertEquals(0, q1.gold());
        assertEquals(2, q1.line());
        assertArrayEquals(new String[]{"match", "len"}, q1.candidates().get(0).names());
        assertArrayEquals(new double[]{2.0, 1.0}, q1.candidates().get(0).values());
        assertEquals(1, ex.get(1).gold());
        assertTrue(Arrays.asList(ex.get(1).candidates().get(1).names()).contains("bonus"));
    }

    @Test
    void valueFollowsTheLastEquals() throws Exception {
        RankingExample e = parse("e\tc\t1\tw=the=0.5 w=a=1\n", RankingReader.GoldPolicy.REQUIRED).get(0);
        assertArrayEquals(new String[]{"w=the", "w=a"}, e.candidates().get(0).names());
        assertArrayEquals(new double[]{0.5, 1.0}, e.candidates().get(0).values());
    }

    @Test
    void unknownGoldIsAllowedForPredictionOnly() throws Exception {
        String text = "e\tc1\t?\tf=1\r\ne\tc2\t?\tf=2\r\n";
        List<RankingExample> ex = parse(text, RankingReader.GoldPolicy.OPTIONAL);
        assertEquals(-1, ex.get(0).gold());
        assertNull(ex.get(0).candidates().get(0).gold());
        assertEquals("in.tsv:1: example 'e' has no gold candidate (mark one with 1)",
                error(text, RankingReader.GoldPolicy.REQUIRED));
    }

    @Test
    void errorsNameFileAndLine() {
        RankingReader.GoldPolicy req = RankingReader.GoldPolicy.REQUIRED;
        assertTrue(error("# c\ne\tc\t2\tf\n", req).startsWith("in.tsv:2: gold must be 1, 0 or ?"));
        assertTrue(error("e\tc\t1\tf=abc\n", req).startsWith("in.tsv:1: feature 'f=abc'"));
        assertTrue(error("e\tc\t1\tf=NaN\n", req).startsWith("in.tsv:1: feature 'f=NaN' has a non-finite value"));
        assertTrue(error("e\tc\n", req).startsWith("in.tsv:1: expected 3 or 4 tab-separated fields"));
        assertTrue(error("e\ta\t1\te\tb\t0\n", req).startsWith("in.tsv:1: expected 3 or 4"));
        assertEquals("in.tsv:3: example 'e' has a second gold candidate (need exactly 1)",
                error("e\ta\t1\ne\tc\t0\ne\tb\t1\n", req), "the line of the second gold, not the example's first");
        assertTrue(error("e\ta\t1\ne\ta\t0\n", req).startsWith("in.tsv:2: candidate 'a' appears twice"));
        assertTrue(error("e\ta\t1\nf\ta\t1\ne\tb\t0\n", req).startsWith("in.tsv:3: example 'e' appears again"));
        assertEquals("in.tsv:3: example 'e' mixes unknown (?) and known gold marks: this candidate is marked, the first"
                + " (line 1) ?", error("e\ta\t?\ne\tc\t?\ne\tb\t1\n", RankingReader.GoldPolicy.OPTIONAL));
        assertEquals("in.tsv:2: example 'e' mixes unknown (?) and known gold marks: this candidate is ?, the first"
                + " (line 1) marked", error("e\ta\t0\ne\tb\t?\n", RankingReader.GoldPolicy.OPTIONAL));
        assertTrue(error("# only a comment\n\n", req).startsWith("in.tsv:2: no ranking examples"));
    }

    /** Feature values are stored as 32-bit floats: a finite double beyond their range became an infinite value. */
    @Test
    void valuesBeyondTheFloatRangeAreErrors() {
        RankingReader.GoldPolicy req = RankingReader.GoldPolicy.REQUIRED;
        assertTrue(error("e\ta\t1\tf=1\ne\tb\t0\tf=1e39\n", req).startsWith("in.tsv:2: feature 'f=1e39' is out of range"));
        assertTrue(error("e\ta\t1\tf=-1e200\n", req).startsWith("in.tsv:1: feature 'f=-1e200' is out of range"));
        assertTrue(error("e\ta\t1\tf=3e38 g f=3e38\n", req).startsWith("in.tsv:1: feature 'f' adds up to 6.0E38"));
    }

    /**
     * Java's Double.parseDouble also takes "2d", "3f" and "0x10": a feature meant as the name "shape=2d" was read as
     * "shape" with value 2 without a word. Values are plain decimal numbers (with an optional exponent).
     */
    @Test
    void javaNumberSuffixesAndHexAreNotNumbers() throws Exception {
        RankingReader.GoldPolicy req = RankingReader.GoldPolicy.REQUIRED;
        for (String v : new String[]{"2d", "3f", "0x10", "0x1p3", "1_000"}) {
            assertTrue(error("e\ta\t1\tshape=" + v + "\n", req).startsWith("in.tsv:1: feature 'shape=" + v
                    + "': value after the last '=' is not a number"), v);
        }
        RankingExample e = parse("e\ta\t1\ta=1e-3 b=-2.5 c=+.5 d=7. f=1E+2\n", req).get(0);
        assertArrayEquals(new double[]{1e-3, -2.5, 0.5, 7, 100}, e.candidates().get(0).values());
    }
}
