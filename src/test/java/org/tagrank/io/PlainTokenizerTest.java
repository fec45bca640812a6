package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTokenizerTest {
    @Test
    void punctuationAtWordEdgesIsSplitOffAndInsideKept() {
        assertEquals(List.of(List.of("(", "Hello", ")", "."), List.of("Don't", "e-mail", "3.5", "\"", "now", "\"", "!")),
                PlainTokenizer.sentences("(Hello). Don't e-mail 3.5 \"now\"!"));
    }

    @Test
    void sentencesEndAfterEachFinalMarkAndNoneIsEmpty() {
        assertEquals(List.of(List.of("Why", "?"), List.of("."), List.of("."), List.of("Fine", "."), List.of("."), List.of("."),
                        List.of("ok")),
                PlainTokenizer.sentences("  Why? .. Fine...\n ok"));
        assertEquals(List.of(), PlainTokenizer.sentences(" \t\n"));
        assertEquals(List.of(List.of("#", "+", "-", "-")), PlainTokenizer.sentences("#+ --"), "no letter or digit: one token a character");
    }
    @Test
    void aSurrogatePairIsOneCharacterNeverTwoLoneHalves() {
        String grin = "\uD83D\uDE00"; // 😀
        String boldA = "\uD835\uDC00"; // 𝐀, a letter
        assertEquals(List.of(List.of("(", grin, grin, "hi", grin, ")", boldA + "bc", "x" + grin + "y", "!")),
                PlainTokenizer.sentences("(" + grin + grin + "hi" + grin + ") " + boldA + "bc x" + grin + "y!"));
    }
}
