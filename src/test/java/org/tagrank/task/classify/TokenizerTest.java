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
