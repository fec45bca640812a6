package org.tagrank.task.classify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {
    @Test
    void splitsOnNonAlphanumericsAndLowercases() {
        assertEquals(List.of("from", "joe", "example", "org", "re", "v2", "0", "über", "straße"),
                Tokenizer.tokens("From: Joe@Example.ORG  Re: v2.0 -- Über,Straße!"));
    }

    @Test
    void combiningMarksBelongToTheirWordInNfc() {
        // e + U+0301 is é (NFC); a mark that NFC does not compose (U+20DD, enclosing) stays in its word; a mark after
        // a space starts no word
        assertEquals(List.of("café", "cafés", "naïve", "a\u20dd", "x", "\u0915\u093f"),
                Tokenizer.tokens("cafe\u0301, CAFE\u0301S nai\u0308ve a\u20DD \u0301x \u0915\u093f"));
        List<int[]> spans = new java.util.ArrayList<>();
        Tokenizer.spans("cafe\u0301 \u0301x", 0, 8, (s, e) -> spans.add(new int[] {s, e}));
        assertEquals(List.of("0-5", "7-8"), spans.stream().map(a -> a[0] + "-" + a[1]).toList());
    }

    @Test
    void aSurrogatePairIsTheCodePointItEncodes() {
        // U+1D400 and U+1D401 (mathematical bold A, B) and U+20000 (a CJK Extension B ideograph) are letters; U+1F600
        // (an emoji) and an unpaired surrogate separate words; a supplementary letter keeps its case (U+10400)
        assertEquals(List.of("\uD835\uDC00\uD835\uDC01c", "x", "y", "\u4e2d\uD840\uDC00\u6587", "a", "b",
                        "\uD801\uDC00"),
                Tokenizer.tokens("\uD835\uDC00\uD835\uDC01C x\uD83D\uDE00y \u4e2d\uD840\uDC00\u6587 a\uD800b \uD801\uDC00"));
        // a range that cuts a pair in two sees half a pair: no letter
        List<int[]> spans = new java.util.ArrayList<>();
        Tokenizer.spans("ab\uD840\uDC00", 0, 3, (s, e) -> spans.add(new int[] {s, e}));
        assertEquals(List.of("0-2"), spans.stream().map(a -> a[0] + "-" + a[1]).toList());
        spans.clear();
        Tokenizer.spans("\uD840\uDC00cd", 1, 4, (s, e) -> spans.add(new int[] {s, e}));
        assertEquals(List.of("2-4"), spans.stream().map(a -> a[0] + "-" + a[1]).toList());
    }

    @Test
    void nonBmpWordsAreFeaturesOfTheEncoder() {
        NgramVectorizer v = NgramVectorizer.fit(List.of("\uD840\uDC00\u6587 one", "\uD840\uDC00\u6587 two"),
                new NgramConfig(List.of(Template.UNIGRAM), Weighting.LOG_TFIDF, true, 2));
        int f = v.index().indexOf("w=\uD840\uDC00\u6587");
        assertEquals(2, v.df(f));
        assertEquals(1, v.encode("\uD840\uDC00\u6587!").size());
        assertEquals(f, v.encode("\uD840\uDC00\u6587!").id(0));
    }

    @Test
    void decomposedAndPrecomposedTextsGiveTheSameFeatures() {
        NgramVectorizer v = NgramVectorizer.fit(List.of("Subject: Cafe\u0301 bar Lines: 2 the cafe\u0301 bar",
                "Subject: café Lines: 1 café bar"), new NgramConfig(List.of(Template.UNIGRAM, Template.BIGRAM,
                Template.SUBJECT), Weighting.LOG_TFIDF, true, 1));
        assertEquals(2, v.df(v.index().indexOf("w=café")));
        assertEquals(2, v.df(v.index().indexOf("s=café")));
        assertEquals(v.encode("the café bar"), v.encode("the cafe\u0301 bar"));
        assertEquals(-1, v.index().indexOf("w=cafe"));
    }

    @Test
    void emptyAndPunctuationOnlyGiveNoTokens() {
        assertEquals(List.of(), Tokenizer.tokens(""));
        assertEquals(List.of(), Tokenizer.tokens(" ,.;-- >> "));
    }

    @Test
    void rangeIsRespected() {
        List<String> out = new java.util.ArrayList<>();
        Tokenizer.tokens("abc def ghi", 4, 9, out::add);
        assertEquals(List.of("def", "g"), out);
    }
}
