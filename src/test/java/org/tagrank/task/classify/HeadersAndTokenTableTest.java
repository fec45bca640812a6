package org.tagrank.task.classify;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadersAndTokenTableTest {
    private static String field(String text, String name) {
        long r = Headers.field(text, name);
        return r < 0 ? null : text.substring(Headers.start(r), Headers.end(r));
    }

    @Test
    void fieldEndsAtTheNextHeaderButNotAtRe() {
        String t = "From: a@b.c (A) Subject: Re: Re: disk drives Nntp-Posting-Host: x.y Lines: 4 body Subject: fake";
        assertEquals("Re: Re: disk drives", field(t, "Subject"));
        assertEquals("a@b.c (A)", field(t, "From"));
        assertEquals(null, field(t, "Organization"));
    }

    /** A message as mail has it, one header a line, reads as its 20NG form with the line breaks turned into spaces. */
    @Test
    void lineBreaksSeparateHeadersAsSpacesDo() {
        String spaced = "From: a@b.c (A) Subject: Re: disk drives Organization: Acme Corp Lines: 2 my disk drives";
        String mail = "From: a@b.c (A)\nSubject: Re: disk drives\r\nOrganization: Acme Corp\n\tLines: 2\n\nmy disk drives";
        assertEquals("Re: disk drives", field(mail, "Subject").strip());
        assertEquals("a@b.c (A)", field(mail, "From").strip());
        assertEquals("Acme Corp", field(mail, "Organization").strip());
        NgramVectorizer v = NgramVectorizer.fit(java.util.List.of(spaced, "Subject: other words"), new NgramConfig(
                java.util.List.of(Template.UNIGRAM, Template.SUBJECT, Template.FROM, Template.ORGANIZATION),
                Weighting.LOG_TFIDF, true, 1));
        assertEquals(v.encode(spaced), v.encode(mail));
    }

    @Test
    void headersDeepInTheBodyAreIgnored() {
        String t = "From: a Lines: 1 " + "x ".repeat(Headers.WINDOW) + "Organization: late";
        assertEquals(null, field(t, "Organization"));
    }

    @Test
    void tokenTableLooksUpLowercasedSpans() {
        TokenTable t = new TokenTable(2);
        for (int i = 0; i < 100; i++) {
            assertEquals(i, t.add("tok" + i));
        }
        assertEquals(3, t.add("tok3"));
        assertEquals(100, t.size());
        String text = "xx TOK42 yy";
        assertEquals(42, t.get(text, 3, 8));
        assertEquals(-1, t.get(text, 0, 2));
        assertEquals(4, t.get(text, 3, 7));
        assertEquals(-1, t.get(text, 3, 6));
    }

    @Test
    void tokenTableKeysShortLongAndNonLatin1Tokens() {
        String[] toks = {"abcdefgh", "abcdefghi", "straße", "αβγ", "x", "internationalisation", "ÿÿÿÿÿÿÿÿ", "ÿÿÿÿÿÿÿÿÿ"};
        TokenTable t = new TokenTable(2);
        for (int i = 0; i < toks.length; i++) {
            assertEquals(i, t.add(toks[i]));
        }
        // short Latin-1 tokens are their own key (low byte = first char); the others a hash key (low byte 0)
        assertEquals('a', TokenTable.key("abcdefgh", 0, 8) & 0xff);
        assertEquals(0, TokenTable.key("abcdefghi", 0, 9) & 0xff);
        assertEquals(0, TokenTable.key("αβγ", 0, 3) & 0xff);
        assertEquals(TokenTable.key("straße", 0, 6), TokenTable.key("STRAßE", 0, 6));
        t.setValue(3, 77);
        String text = "ABCDEFGHI Straße ΑΒΓ INTERNATIONALISATION internationalisatioN abcdefgh ÿÿÿÿÿÿÿÿÿ";
        assertEquals(1, t.get(text, 0, 9));
        assertEquals(0, t.get(text, 0, 8));
        assertEquals(2, t.get(text, 10, 16));
        assertEquals((3L << 32) | 77, t.find(TokenTable.key(text, 17, 20), text, 17, 20));
        assertEquals(5, t.get(text, 21, 41));
        assertEquals(5, t.get(text, 42, 62));
        assertEquals(-1, t.get(text, 21, 40)); // a prefix of a long token
        assertEquals(0, t.get(text, 63, 71));
        assertEquals(7, t.get(text, 72, 81));
        assertEquals(-1L, t.find(TokenTable.key("zz", 0, 2), "zz", 0, 2));
        assertEquals((4L << 32) | 0xffffffffL, t.find(TokenTable.key("x", 0, 1), "x", 0, 1)); // no value: -1
    }

    @Test
    void pairTableStoresAndGrows() {
        PairTable t = new PairTable(2);
        for (int i = 0; i < 1000; i++) {
            assertEquals(-1, t.put(((long) i << 32) | (i * 7L), i));
        }
        assertEquals(1000, t.size());
        assertEquals(5, t.put((5L << 32) | 35, 55));
        assertEquals(55, t.get((5L << 32) | 35));
        assertEquals(999, t.get((999L << 32) | (999 * 7L)));
        assertEquals(-1, t.get(12345L));
        t.freeze();
        for (int i = 0; i < 1000; i++) {
            assertEquals(i == 5 ? 55 : i, t.get(((long) i << 32) | (i * 7L)));
        }
        assertEquals(-1, t.get(12345L));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> t.put(1L, 1));
    }
}
