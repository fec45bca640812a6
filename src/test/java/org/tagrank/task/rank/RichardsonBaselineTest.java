package org.tagrank.task.rank;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RichardsonBaselineTest {
    private static final double LN2 = Math.log(2);
    private static final double LN15 = Math.log(1.5);

    private static McTestQuestion question(String text, String... answers) {
        return new McTestQuestion(text, McTestQuestion.Type.ONE, List.of(answers), 0);
    }

    @Test
    void tokensAreLowerCasedWordsWithoutPunctuation() {
        assertEquals(List.of("tom", "didn", "t", "see", "sue", "s", "cat"), RichardsonBaseline.tokens("Tom didn't see Sue's cat!"));
    }

    @Test
    void combiningMarksBelongToTheirWordInNfc() {
        assertEquals(List.of("café", "naïve", "cafés", "x"), RichardsonBaseline.tokens("Cafe\u0301 nai\u0308ve CAFÉS \u0301x"));
        assertEquals(List.of("tom", "did", "not", "see", "a", "café", "naïve"),
                TextNormalizer.words("Tom didn't see a cafe\u0301's nai\u0308ve"));
        assertEquals(List.of("Café"), TextNormalizer.casedWords("Cafe\u0301."));
    }

    @Test
    void slidingWindowSumsInverseCountsInAWindowOfSizeS() {
        // story tokens: the(2) cat sat on the mat dog ran
        RichardsonBaseline b = new RichardsonBaseline("The cat sat on the mat. Dog ran.");
        // S = {where, cat, mat}: |S| = 3; best window "cat sat on" or "on the mat": IC(cat) = ln 2
        double[] sw = b.slidingWindow(question("Where cat?", "mat", "x", "y", "z"));
        assertEquals(LN2, sw[0], 1e-12);
        // S = {cat, sat, the}: window "the cat sat" = IC(the) + ln2 + ln2
        assertEquals(LN15 + 2 * LN2, b.slidingWindow(question("Cat sat?", "the", "x", "y", "z"))[0], 1e-12);
    }

    @Test
    void distanceUsesContentWordsNormalisedByLengthMinusOne() {
        RichardsonBaseline b = new RichardsonBaseline("The cat sat on the mat. Dog ran.");
        // S_Q = {cat}; S_A = {mat}: positions 1 and 5, |P| = 8
        // "the" is a stop word, so the second answer has an empty S_A and D = 1
        double[] d = b.distance(question("Where is the cat?", "mat", "the", "cat", "dog"));
        assertArrayEquals(new double[] {4 / 7.0, 1.0, 1.0, 5 / 7.0}, d, 1e-12);
        double[] sw = b.slidingWindow(question("Where is the cat?", "mat", "the", "cat", "dog"));
        double[] swd = b.slidingWindowMinusDistance(question("Where is the cat?", "mat", "the", "cat", "dog"));
        for (int i = 0; i < 4; i++) {
            assertEquals(sw[i] - d[i], swd[i], 1e-12);
        }
    }
}
