package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;
import org.tagrank.io.CorpusFormatException;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentionFileReaderTest {
    private static final String OK = "d1\t0\t3\t4\tArmstrong\tLance_Armstrong\tLance_Armstrong\t1\t2\t"
            + "Neil_Armstrong|12.5|9000|300\tLance_Armstrong|NA|4000|500";

    private static List<LinkMention> parse(String text) throws Exception {
        return MentionFileReader.read(new BufferedReader(new StringReader(text)), "m.tsv");
    }

    @Test
    void readsFixture() throws Exception {
        List<LinkMention> ms = MentionFileReader.read(LinkFixtures.trainMentions());
        assertEquals(23, ms.size());
        LinkMention first = ms.get(0);
        assertEquals("1train", first.docId());
        assertEquals("Lance Armstrong", first.text());
        assertEquals(2, first.tokStart());
        assertEquals(4, first.tokEnd());
        assertEquals("Lance_Armstrong", first.gold());
        LinkMention nil = ms.get(3);
        assertEquals("Texas", nil.text());
        assertNull(nil.gold());
        assertTrue(nil.candidates().isEmpty());
        assertEquals(-1, nil.goldIndex());
    }

    @Test
    void parsesCandidatesAndUnknownPopularity() throws Exception {
        LinkMention m = parse(OK + "\n").get(0);
        assertEquals(2, m.candidates().size());
        assertTrue(Double.isNaN(m.candidates().get(1).popularity()));
        assertEquals(1, m.goldIndex());
        assertEquals(0, m.mostPopular());
        assertEquals(0, m.mostInLinks());
    }

    @Test
    void popularityIsADecimalOrNaNothingJavaAlsoParses() throws Exception {
        // Double.parseDouble took these: NaN silently meant "unknown" (as NA), 12d and 0x1p3 meant 12 and 8
        for (String bad : new String[]{"NaN", "12d", "0x1p3", "1f"}) {
            assertError(OK + "\n" + OK.replace("12.5", bad), "popularity '" + bad + "' is not a decimal number or NA");
        }
        assertEquals(1.0E-5, parse(OK.replace("12.5", "1.0E-5") + "\n").get(0).candidates().get(0).popularity());
        assertEquals(-3, parse(OK.replace("12.5", "-3") + "\n").get(0).candidates().get(0).popularity());
    }

    /**
     * A finite popularity beyond the float range (1e300) became the pop feature's value pop/10, refused at feature
     * extraction as "feature value at position 0 is out of range: 1.0E299", naming no file, line or candidate.
     */
    @Test
    void popularityBeyondTheFloatRangeNamesFileAndLine() throws Exception {
        for (String big : new String[]{"1e300", "-4e38"}) {
            assertError(OK + "\n" + OK.replace("12.5", big), "popularity of Neil_Armstrong is out of range");
        }
        assertError(OK + "\n" + OK.replace("12.5", "1e999"), "popularity of Neil_Armstrong is infinite");
        assertEquals(3.4e38, parse(OK.replace("12.5", "3.4e38") + "\n").get(0).candidates().get(0).popularity());
    }

    @Test
    void acceptsCrlf() throws Exception {
        assertEquals(parse(OK + "\n").get(0).candidates(), parse(OK + "\r\n").get(0).candidates());
    }

    private static void assertError(String text, String expected) {
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> parse(text));
        assertTrue(e.getMessage().startsWith("m.tsv:2: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void errorsNameFileAndLine() {
        assertError(OK + "\nd1\t1\t5\n", "expected at least 9");
        assertError(OK + "\n" + OK.replace("\t2\tNeil", "\t3\tNeil"), "n_cands says 3");
        assertError(OK + "\n" + OK.replace("\t1\t2\t", "\t5\t2\t"), "gold_rank 5");
        assertError(OK + "\n" + OK.replace("\t1\t2\t", "\t0\t2\t"), "not the gold");
        assertError(OK + "\n" + OK.replace("12.5", "high"), "popularity 'high'");
        assertError(OK + "\n" + OK.replace("|300", ""), "Title|popularity|inCount|outCount");
        assertError(OK + "\n" + OK.replace("d1\t0\t3", "d1\tx\t3"), "mention_idx 'x'");
        assertError(OK + "\n\n", "empty line");
        assertError(OK + "\n" + OK.replace("\t3\t4\t", "\t4\t4\t"), "token span");
        assertError(OK + "\n" + OK.replace("Lance_Armstrong\tLance_Armstrong\t1", "--NME--\t--NME--\t1"), "NIL mention");
    }

    @Test
    void aTitleListedTwiceInOneMentionIsAnError() throws Exception {
        // commands found the gold by title (both rows) or by gold_rank (one): they disagreed
        assertError(OK + "\n1doc\t0\t0\t1\tJapan\tJapan\tJapan\t0\t2\tJapan|1|10|5\tJapan|2|3|3\n",
                "field 11: candidate 'Japan' appears twice in this mention");
        // the same title in two different mentions is fine
        assertEquals(2, parse(OK + "\n" + OK.replace("d1\t0", "d1\t1") + "\n").size());
    }

    /**
     * gold_rank -1 ("not among the candidates") for a gold that is a candidate: eval counted the mention wrong (it reads
     * gold_rank) while link rank marked that candidate 1 (it matches the title), exit 0 for both.
     */
    @Test
    void aGoldRankOfMinusOneForAGoldThatIsACandidateIsAnError() throws Exception {
        assertError(OK + "\n" + OK.replace("\t1\t2\t", "\t-1\t2\t"),
                "gold 'Lance_Armstrong' is candidate 1 (field 11), but gold_rank is -1");
        // a gold that is not among the candidates has gold_rank -1
        LinkMention absent = parse(OK.replace("Lance_Armstrong\t1\t2\t", "Lance_Armstrong\t-1\t2\t")
                .replace("\tLance_Armstrong|NA", "\tArmstrong_(band)|NA") + "\n").get(0);
        assertEquals(-1, absent.goldIndex());
        assertEquals("Lance_Armstrong", absent.gold());
    }

    /** Files joined with cat, each with a byte order mark: the second's first doc_id carried it and was another document. */
    @Test
    void aByteOrderMarkInsideTheFileIsAnErrorAtItsLine() {
        assertError(OK + "\n\uFEFF" + OK.replace("d1\t0", "d1\t1"), "the line starts with a byte order mark (U+FEFF)");
    }

    /**
     * A blank mention text: link aliases wrote it as an alias that the alias-table reader then refused ("expected 'alias
     * TAB ...'"), and no text can mention it. Refused where it is read.
     */
    @Test
    void aBlankMentionTextIsAnError() {
        assertError(OK + "\n" + OK.replace("\tArmstrong\t", "\t \t"), "blank mention text");
        assertError(OK + "\n" + OK.replace("\tArmstrong\t", "\t\u2003 \t"), "blank mention text");
    }

    /** The message said "candidate 1 is Beyonce\u0301, not the gold Beyonc\u00e9": two titles that print alike. */
    @Test
    void aGoldThatDiffersFromItsCandidateOnlyInUnicodeFormSaysSo() {
        String nfd = OK.replace("Lance_Armstrong|NA", "Beyonce\u0301|NA").replace("Lance_Armstrong\tLance_Armstrong",
                "Beyonc\u00e9\tBeyonc\u00e9");
        assertError(OK + "\n" + nfd, "Unicode normalization");
        // with gold_rank -1 it was read, and eval counted the mention wrong: its gold "not among the candidates"
        assertError(OK + "\n" + nfd.replace("\t1\t2\t", "\t-1\t2\t"), "Unicode normalization");
    }
}
