package org.tagrank.task.rank;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LexicalScoresTest {
    private static final double L2 = Math.log(2);
    private static final double L15 = Math.log(1.5);

    @Test
    void inverseCountWeights() {
        StoryIndex s = new StoryIndex("x y z x w.");
        assertEquals(5, s.size());
        assertEquals(L15, s.ic("x", false), 1e-12);
        assertEquals(L2, s.ic("w", false), 1e-12);
        assertEquals(0, s.ic("absent", false));
    }

    @Test
    void slidingWindowTakesTheBestWindowOfSizeS() {
        StoryIndex s = new StoryIndex("x y z x w.");
        // windows of 2 over x y z x w: y+z is best
        assertEquals(2 * L2, LexicalScores.slidingWindow(s, Set.of("y", "z"), 2, false), 1e-12);
        // {x, w} with window 2: "x w" at the end
        assertEquals(L15 + L2, LexicalScores.slidingWindow(s, Set.of("x", "w"), 2, false), 1e-12);
        // window 1: the single best token
        assertEquals(L2, LexicalScores.slidingWindow(s, Set.of("x", "w"), 1, false), 1e-12);
        assertEquals(0, LexicalScores.slidingWindow(s, Set.of(), 2, false));
    }

    @Test
    void distanceIsNormalisedByStoryLength() {
        StoryIndex s = new StoryIndex("x y z x w.");
        assertEquals(3 / 4.0, LexicalScores.distance(s, Set.of("y"), Set.of("w"), false), 1e-12);
        assertEquals(1 / 4.0, LexicalScores.distance(s, Set.of("x"), Set.of("w", "y"), false), 1e-12);
        assertEquals(1.0, LexicalScores.distance(s, Set.of(), Set.of("w"), false));
        assertEquals(1.0, LexicalScores.distance(s, Set.of("y"), Set.of("absent"), false));
    }

    @Test
    void sentencesAreSplitOnEndPunctuationAndBlankLines() {
        StoryIndex s = new StoryIndex("One two. Three!\n\nFour five\n\nsix? \"Seven,\" she said.");
        assertEquals(5, s.sentences());
        assertEquals(2, s.sentenceStart(1));
        assertEquals(3, s.sentenceStart(2));
        assertEquals(5, s.sentenceStart(3));
        assertEquals(9, s.sentenceEnd(4));
    }

    @Test
    void baselinePicksTheAnswerFoundInTheStory() throws Exception {
        McTestStory story = McTestReader.read(Fixtures.mctest(), true).get(0);
        RichardsonBaseline idx = new RichardsonBaseline(story.text());
        McTestQuestion where = story.questions().get(1);
        double[] sw = McTestRanker.baselineScores(McTestRanker.Baseline.SW, idx, where);
        int best = 0;
        for (int i = 1; i < sw.length; i++) {
            best = sw[i] > sw[best] ? i : best;
        }
        assertEquals(where.gold(), best);
        double[] d = idx.distance(where);
        double[] swd = McTestRanker.baselineScores(McTestRanker.Baseline.SWD, idx, where);
        for (int i = 0; i < sw.length; i++) {
            assertEquals(sw[i] - d[i], swd[i], 1e-12);
        }
    }

    @Test
    void stemmerMapsInflectionsToOneKey() {
        for (List<String> forms : List.of(List.of("bake", "baked", "bakes", "baking"), List.of("play", "played", "plays"),
                List.of("stop", "stopped", "stopping"), List.of("carry", "carried", "carries"),
                List.of("go", "went", "goes", "going"), List.of("eat", "ate", "eating"), List.of("two", "2"))) {
            String[] keys = forms.stream().map(TextNormalizer::stem).toArray(String[]::new);
            String[] expected = new String[keys.length];
            java.util.Arrays.fill(expected, keys[0]);
            assertArrayEquals(expected, keys, forms.toString());
        }
        assertEquals(List.of("she", "did", "not", "see", "tom", "dog"), TextNormalizer.words("She didn't see Tom's dog."));
    }
}
