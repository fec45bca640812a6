package org.tagrank.task.rank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.io.MiniWordNet;
import org.tagrank.io.WordNet;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SemanticScoresTest {

    @Test
    void relationsAreMatchingKeys(@TempDir Path dir) throws Exception {
        WordRelations wr = new WordRelations(WordNet.load(MiniWordNet.write(dir)));
        WordRelations.Related pizza = wr.of("pizzas");
        assertEquals(Set.of(), pizza.near(), "pizza_pie has a space and is left out");
        assertTrue(pizza.broader().containsAll(List.of(TextNormalizer.stem("dish"), TextNormalizer.stem("food"),
                TextNormalizer.stem("nutrient"))), pizza.toString());
        assertEquals("noun.food", pizza.nounLex());
        assertTrue(wr.of("baker").near().contains(TextNormalizer.stem("bake")));
        assertTrue(wr.of("baking").near().contains(TextNormalizer.stem("baker")));
        assertTrue(wr.of("the").near().isEmpty());
    }

    @Test
    void storyWordsMatchQuestionWordsThroughWordNet(@TempDir Path dir) throws Exception {
        WordRelations wr = new WordRelations(WordNet.load(MiniWordNet.write(dir)));
        StoryIndex story = new StoryIndex("Tom ate a pizza. The baker was in the park. Tom was red.");
        SemanticScores sem = new SemanticScores(story, wr);
        int pizza = 3;
        int baker = 5;
        assertEquals("pizza", story.word(pizza));
        assertEquals("baker", story.word(baker));
        String food = TextNormalizer.stem("food");
        assertEquals(SemanticScores.BROAD * story.ic("pizza", true), sem.match(pizza, food), 1e-12);
        assertEquals(SemanticScores.NEAR * story.ic("baker", true), sem.match(baker, TextNormalizer.stem("bake")), 1e-12);
        assertEquals(story.ic("pizza", true), sem.match(pizza, "pizza"), 1e-12);
        assertEquals(0.0, sem.match(baker, food), 0.0);
        // "what food did Tom eat?": pizza answers it (a food, in the story), park does not
        Set<String> q = Set.of(food, "tom", TextNormalizer.stem("eat"));
        double[] qSent = sem.questionSentences(q);
        assertTrue(qSent[0] > qSent[1]);
        double best = Math.max(qSent[0], Math.max(qSent[1], qSent[2]));
        double[] a = sem.scores(q, union(q, "pizza"), union(q, "pizza"), Set.of("pizza"), List.of("pizza"), wr, qSent, best);
        double[] b = sem.scores(q, union(q, "park"), union(q, "park"), Set.of("park"), List.of("park"), wr, qSent, best);
        int sentAns = SemanticScores.NAMES.indexOf("sent_ans_wn1");
        int qtype = SemanticScores.NAMES.indexOf("ans_qtype");
        assertTrue(a[sentAns] > 0 && b[sentAns] == 0, a[sentAns] + " " + b[sentAns]);
        assertEquals(1.0, a[qtype], 0.0);
        assertEquals(0.0, b[qtype], 0.0);
        assertEquals(1.0, b[SemanticScores.NAMES.indexOf("atype_loc")], 0.0);
        assertTrue(a[SemanticScores.NAMES.indexOf("sw_wn")] > b[SemanticScores.NAMES.indexOf("sw_wn")]);
    }

    private static Set<String> union(Set<String> a, String b) {
        Set<String> s = new java.util.LinkedHashSet<>(a);
        s.add(b);
        return s;
    }
}
