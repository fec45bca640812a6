package org.tagrank.task.rank;

import org.junit.jupiter.api.Test;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.LinearModel;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;
import org.tagrank.learn.TrainingListener;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class McTestRankerTest {

    /** Skips a test that extracts MCTest features when WordNet is not installed. */
    static void assumeWordNet() {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.tagrank.io.WordNet.locate().isPresent(),
                "WordNet 3.0 not found in " + org.tagrank.io.WordNet.defaultDir() + " (apt-get install wordnet-base or set TAGRANK_WORDNET): MCTest features need it");
    }

    @Test
    void featuresCoverEveryBaseScoreWithConjunctions() throws Exception {
        assumeWordNet();
        McTestStory s = McTestReader.read(Fixtures.mctest(), true).get(0);
        StoryIndex idx = new StoryIndex(s.text());
        McTestQuestion negated = s.questions().get(3); // "Who did not come to the park?"
        List<String> names = new ArrayList<>();
        McTestFeatures.extract(idx, negated).get(0).accept((f, v) -> names.add(f));
        for (String base : McTestFeatures.BASE) {
            assertTrue(names.contains(base), base);
            assertTrue(names.contains(base + ".rel"), base);
            assertTrue(names.contains("t=multiple|" + base), base);
            assertTrue(names.contains("w=who|" + base), base);
            assertTrue(names.contains("neg|" + base), base);
        }
        List<String> plain = new ArrayList<>();
        McTestFeatures.extract(idx, s.questions().get(0)).get(0).accept((f, v) -> plain.add(f));
        assertTrue(plain.stream().noneMatch(f -> f.startsWith("neg|")));
        assertTrue(plain.contains("w=what|sw"));
        // "red" is the only answer found in the story: the unique best on coverage; the other three tie at 0
        assertTrue(plain.contains("ans_cov.top"), plain.toString());
        List<String> blue = new ArrayList<>();
        McTestFeatures.extract(idx, s.questions().get(0)).get(1).accept((f, v) -> blue.add(f));
        assertTrue(blue.stream().noneMatch(f -> f.equals("ans_cov.bottom")), "three answers tie at the bottom");
        assertEquals("how_many", McTestFeatures.questionWord(TextNormalizer.words("How many friends came?")));
        assertEquals("other", McTestFeatures.questionWord(TextNormalizer.words("Tom said yes because?")));
    }

    /**
     * Stories read without their answer key (usage-rank.md's Java example read them with requireAnswers false) are
     * refused by evaluate before any scoring, naming the story and how to read the key: it was "question without gold
     * answer: " and the question's text, after the stories before it were scored.
     */
    @Test
    void evaluatingStoriesWithoutAnswersNamesTheStory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path tsv = dir.resolve("stories.tsv");
        java.nio.file.Files.copy(Fixtures.mctest(), tsv); // no stories.ans beside it
        List<McTestStory> stories = McTestReader.read(tsv, false);
        McTestRanker ranker = McTestRanker.load("models/en-mctest-rank-lr-1.lin.zip");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ranker.evaluate(stories));
        assertEquals("story " + stories.get(0).id() + " has questions without a gold answer: read the stories with their"
                + " answer key (McTestReader.read(tsv, true)) to evaluate", e.getMessage());
    }

    @Test
    void trainsEvaluatesAndSurvivesARoundTrip() throws Exception {
        assumeWordNet();
        List<McTestStory> stories = McTestReader.read(Fixtures.mctest(), true);
        Dataset d = McTestRanker.trainingSet(stories, 1);
        assertEquals(8, d.size());
        LinearModel m = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(20).patience(0).build())
                .train(d, null, TrainingListener.SILENT);
        McTestRanker r = new McTestRanker(m);
        McTestEval e = r.evaluate(stories);
        Map<String, Object> map = e.toMap();
        assertEquals(8L, map.get("n"));
        assertEquals(5L, map.get("n_one"));
        assertEquals(3L, map.get("n_multiple"));
        assertEquals(1.0, e.accuracy(), "a linear ranker fits 8 made-up training questions");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelIO.write(new ModelBundle("mctest", m), bytes);
        McTestRanker back = new McTestRanker(ModelIO.read(new ByteArrayInputStream(bytes.toByteArray()), "mctest", "mem")
                .model());
        List<CandidateInstance> xs = McTestRanker.encode(m.features(), stories);
        List<CandidateInstance> ys = McTestRanker.encode(back.ranker().model().features(), stories);
        for (int i = 0; i < xs.size(); i++) {
            assertArrayEquals(m.scores(xs.get(i)), back.ranker().model().scores(ys.get(i)), 1e-12);
        }
    }

    @Test
    void evalSharesCreditBetweenTiedAnswers() {
        McTestQuestion q = new McTestQuestion("q", McTestQuestion.Type.ONE, List.of("a", "b", "c", "d"), 1);
        McTestQuestion m = new McTestQuestion("q", McTestQuestion.Type.MULTIPLE, List.of("a", "b", "c", "d"), 0);
        McTestEval e = new McTestEval();
        e.add(q, new double[]{2, 2, 1, 0}); // gold tied with one other at the top: 1/2
        e.add(m, new double[]{1, 3, 0, 0}); // gold second: 0, reciprocal rank 1/2
        assertEquals(0.25, e.accuracy(), 1e-12);
        assertEquals(0.5, e.accuracy(McTestQuestion.Type.ONE), 1e-12);
        assertEquals(0.0, e.accuracy(McTestQuestion.Type.MULTIPLE), 1e-12);
        assertEquals(((1 + 0.5) / 2 + 0.5) / 2, e.mrr(), 1e-12);
    }

    @Test
    void crossValidationHoldsOutEveryQuestionOnce() throws Exception {
        assumeWordNet();
        List<McTestStory> stories = McTestReader.read(Fixtures.mctest(), true);
        TrainerConfig c = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(3).patience(0).build();
        McTestCrossValidation.Result r = McTestCrossValidation.run(stories, c, 2);
        assertEquals(8, r.n());
        assertEquals(0, r.nMc160());
        assertTrue(r.accuracy() >= 0 && r.accuracy() <= 1);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> McTestCrossValidation.run(stories, c, 3));

        // the same folds trained and scored through McTestRanker (the shipped model's path) give the same accuracy
        double correct = 0;
        for (int fold = 0; fold < 2; fold++) {
            List<McTestStory> train = new java.util.ArrayList<>();
            List<McTestStory> test = new java.util.ArrayList<>();
            for (int i = 0; i < stories.size(); i++) {
                (i % 2 == fold ? test : train).add(stories.get(i));
            }
            McTestRanker ranker = new McTestRanker(org.tagrank.learn.Trainers.create(c)
                    .train(McTestRanker.trainingSet(train, 1), null, org.tagrank.learn.TrainingListener.SILENT));
            McTestEval e = ranker.evaluate(test);
            correct += e.accuracy() * e.n();
        }
        assertEquals(correct / 8, r.accuracy(), 1e-12);
    }

    @Test
    void crossValidationTakesEachQuestionsFeaturesFromItsOwnStory() throws Exception {
        assumeWordNet();
        McTestStory s = McTestReader.read(Fixtures.mctest(), true).get(0);
        // another story asking the very same questions (same text, answers and gold: equal records)
        McTestStory other = new McTestStory("other.0", "", "Ann had a blue kite. She flew it at school.", s.questions());
        McTestStory copy = new McTestStory(s.id(), s.properties(), s.text(), new ArrayList<>(s.questions().stream()
                .map(q -> new McTestQuestion(q.text(), q.type(), q.answers(), q.gold())).toList()));
        assertEquals(other.questions().get(0), copy.questions().get(0));
        // the questions of the first story were featurized against the second one's text
        var features = McTestCrossValidation.storyFeatures(List.of(copy, other));
        for (McTestStory story : List.of(copy, other)) {
            McTestQuestion q = story.questions().get(0);
            assertTrue(emitted(McTestFeatures.extract(new StoryIndex(story.text()), q)).equals(emitted(features.apply(q))),
                    story.id() + "'s question got the features of another story's text");
        }
    }

    private static List<List<String>> emitted(List<java.util.function.Consumer<org.tagrank.feature.FeatureSink>> cands) {
        List<List<String>> out = new ArrayList<>();
        for (var c : cands) {
            List<String> fs = new ArrayList<>();
            c.accept((f, v) -> fs.add(f + "=" + v));
            out.add(fs);
        }
        return out;
    }

    @Test
    void baseScoresSitAtTheirNamedColumns() throws Exception {
        assumeWordNet();
        McTestStory s = McTestReader.read(Fixtures.mctest(), true).get(0);
        StoryIndex idx = new StoryIndex(s.text());
        McTestQuestion color = s.questions().get(0); // red (in the story), blue, green, yellow (not)
        double[][] v = McTestFeatures.baseScores(idx, color);
        assertEquals(McTestFeatures.BASE.size(), v[0].length);
        double[] sw = McTestFeatures.slidingWindow(idx, color);
        double[] d = McTestFeatures.distance(idx, color);
        for (int a = 0; a < 4; a++) {
            assertEquals(sw[a], v[a][McTestFeatures.BASE.indexOf("sw")], 0.0);
            assertEquals(d[a], v[a][McTestFeatures.BASE.indexOf("d")], 0.0);
            assertEquals(0.0, v[a][McTestFeatures.BASE.indexOf("ans_nocontent")], 0.0);
        }
        int cov = McTestFeatures.BASE.indexOf("ans_cov");
        assertEquals(1.0, v[0][cov], 0.0);
        assertEquals(0.0, v[1][cov], 0.0);
        assertEquals(1.0, v[0][McTestFeatures.BASE.indexOf("uniq_cov")], 0.0);
        assertTrue(v[0][McTestFeatures.BASE.indexOf("sent_ans")] > v[1][McTestFeatures.BASE.indexOf("sent_ans")]);
    }
}
