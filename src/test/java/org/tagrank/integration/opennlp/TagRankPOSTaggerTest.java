package org.tagrank.integration.opennlp;

import opennlp.tools.postag.POSEvaluator;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.util.Sequence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;
import org.tagrank.task.pos.PosEvaluation;
import org.tagrank.task.pos.PosTagger;
import org.tagrank.task.pos.PosTemplates;
import org.tagrank.task.pos.PosTrainer;
import org.tagrank.task.pos.PosTrainerSettings;
import org.tagrank.task.pos.TagDictionary;
import org.tagrank.testutil.Fixtures;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagRankPOSTaggerTest {
    static PosTagger tagger;
    static List<ConlluSentence> dev;
    static List<ConlluSentence> trainSentences;

    @BeforeAll
    static void train() throws IOException {
        List<ConlluSentence> train = ConlluReader.readAll(Fixtures.resource("org/tagrank/task/pos/tiny-train.conllu"));
        trainSentences = train;
        dev = ConlluReader.readAll(Fixtures.resource("org/tagrank/task/pos/tiny-dev.conllu"));
        tagger = PosTagger.fromBundle(PosTrainer.train(train, null, PosTrainerSettings.builder(PosTemplates.defaults(),
                TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(8).patience(0).build())
                .dictionary(new TagDictionary.Settings(2, 3, 0.99)).build(),
                TrainingListener.SILENT, Map.of(), "tiny"));
    }

    @Test
    void tagMatchesTagRank() {
        TagRankPOSTagger t = new TagRankPOSTagger(tagger);
        String[] words = {"The", "dog", "sleeps", "."};
        assertArrayEquals(tagger.tag(List.of(words)).xpos().toArray(new String[0]), t.tag(words));
        assertArrayEquals(t.tag(words), t.tag(words, new Object[]{"ignored"}));
    }

    @Test
    void topKSequencesAreDistinctBestFirstWithProbabilities() {
        TagRankPOSTagger t = new TagRankPOSTagger(tagger.withBeam(1), 3);
        String[] words = {"The", "zorp", "sleeps", "."};
        Sequence[] seqs = t.topKSequences(words);
        assertEquals(3, seqs.length);
        assertEquals(List.of(tagger.withBeam(3).tag(List.of(words)).xpos().toArray(new String[0])), List.of(seqs[0].getOutcomes().toArray(new String[0])));
        assertTrue(!seqs[0].getOutcomes().equals(seqs[1].getOutcomes()));
        for (Sequence s : seqs) {
            assertEquals(4, s.getSize());
            for (double p : s.getProbs()) {
                assertTrue(p > 0 && p <= 1);
            }
        }
    }

    /**
     * OpenNLP's beam search returns its sequences best first by {@link Sequence#getScore()} (the
     * log probability, which is also what {@code Sequence.compareTo} orders by); so must we, on
     * every sentence of the fixtures and on some made-up ones.
     */
    @Test
    void topKSequencesAreOrderedByTheirOwnScore() {
        TagRankPOSTagger t = new TagRankPOSTagger(tagger, 5);
        List<List<String>> sentences = new java.util.ArrayList<>();
        for (ConlluSentence s : dev) {
            sentences.add(s.forms());
        }
        for (ConlluSentence s : trainSentences) {
            sentences.add(s.forms());
        }
        sentences.add(List.of("The", "zorp", "sleeps", "."));
        sentences.add(List.of("Dogs", "zorp", "the", "blick", "cats", "."));
        sentences.add(List.of("sleeps", "the", "The", "cat", "dog"));
        for (List<String> words : sentences) {
            Sequence[] seqs = t.topKSequences(words.toArray(new String[0]));
            for (int i = 1; i < seqs.length; i++) {
                assertTrue(seqs[i - 1].getScore() >= seqs[i].getScore(), words + ": sequence " + i + " scores "
                        + seqs[i].getScore() + " > sequence " + (i - 1) + "'s " + seqs[i - 1].getScore());
            }
        }
    }

    /**
     * POSTaggerME's probs() reads the last tag() call's state, which a shared instance cannot have; tagSequence
     * returns tag's tags and their probabilities as one value, the same from any thread.
     */
    @Test
    void tagSequenceGivesTagsTagsWithTheirProbabilitiesFromAnyThread() throws Exception {
        TagRankPOSTagger t = new TagRankPOSTagger(tagger);
        List<String[]> sentences = new java.util.ArrayList<>();
        for (ConlluSentence s : dev) {
            sentences.add(s.forms().toArray(new String[0]));
        }
        sentences.add(new String[]{"The", "zorp", "sleeps", "."});
        sentences.add(new String[0]);
        List<Sequence> expected = new java.util.ArrayList<>();
        for (String[] words : sentences) {
            Sequence s = t.tagSequence(words);
            assertEquals(List.of(t.tag(words)), s.getOutcomes());
            assertArrayEquals(tagger.tagProbabilities(List.of(words), s.getOutcomes()), s.getProbs(), 0.0);
            for (double p : s.getProbs()) {
                assertTrue(p > 0 && p <= 1, "probability " + p);
            }
            expected.add(s);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Sequence>> fs = new java.util.ArrayList<>();
            for (int r = 0; r < 5; r++) {
                for (String[] words : sentences) {
                    fs.add(pool.submit(() -> t.tagSequence(words)));
                }
            }
            for (int i = 0; i < fs.size(); i++) {
                Sequence want = expected.get(i % sentences.size());
                Sequence got = fs.get(i).get();
                assertEquals(want.getOutcomes(), got.getOutcomes());
                assertArrayEquals(want.getProbs(), got.getProbs(), 0.0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** README sends users to the PosTagger for UPOS and the tag set: a TagRankPOSTagger must hand it out. */
    @Test
    void theTaggerBehindGivesUposAndTheTagSet() {
        TagRankPOSTagger t = new TagRankPOSTagger(tagger);
        assertSame(tagger, t.tagger());
        String[] words = {"The", "dog", "sleeps", "."};
        assertEquals(List.of(t.tag(words)), t.tagger().tag(List.of(words)).xpos());
    }

    @Test
    void nullSentenceOrTokenIsRefusedWithAMessage() {
        TagRankPOSTagger t = new TagRankPOSTagger(tagger);
        NullPointerException e = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> t.tag((String[]) null));
        assertEquals("sentence", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> t.topKSequences((String[]) null));
        assertEquals("sentence", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> t.topKSequences(new String[]{"The", null}));
        assertEquals("null token at position 1", e.getMessage());
    }

    @Test
    void openNlpEvaluatorAgreesWithTagRankEval() throws IOException {
        POSEvaluator evaluator = new POSEvaluator(new TagRankPOSTagger(tagger));
        for (ConlluSentence s : dev) {
            evaluator.evaluateSample(new POSSample(new java.util.ArrayList<>(s.forms()), new java.util.ArrayList<>(s.xpos())));
        }
        PosEvaluation ours = PosEvaluation.run(tagger, dev);
        assertEquals(ours.tokens(), evaluator.getWordCount());
        assertEquals(ours.accuracy(), evaluator.getWordAccuracy(), 1e-12);
    }

    /**
     * OpenNLP 2.5's {@code new POSTaggerME(model)} answers in UD tags (POSTagFormat.UD, its default) and
     * {@code new POSTaggerME(model, POSTagFormat.PENN)} in the model's PTB tags; there was no way to ask this adapter
     * for the UD ones, though the model has them.
     */
    @Test
    void udFormatGivesTheModelsUposAndPennItsXpos() {
        TagRankPOSTagger ud = new TagRankPOSTagger(tagger, POSTagFormat.UD);
        TagRankPOSTagger penn = new TagRankPOSTagger(tagger, POSTagFormat.PENN);
        assertEquals(POSTagFormat.PENN, new TagRankPOSTagger(tagger).format());
        assertEquals(POSTagFormat.UD, ud.format());
        int checked = 0;
        for (ConlluSentence s : dev) {
            String[] words = s.forms().toArray(new String[0]);
            assertArrayEquals(tagger.tag(s.forms()).upos().toArray(new String[0]), ud.tag(words));
            assertArrayEquals(tagger.tag(s.forms()).xpos().toArray(new String[0]), penn.tag(words));
            assertEquals(List.of(ud.tag(words)), ud.tagSequence(words).getOutcomes());
            assertArrayEquals(penn.tagSequence(words).getProbs(), ud.tagSequence(words).getProbs());
            Sequence[] xs = penn.topKSequences(words);
            Sequence[] us = ud.topKSequences(words);
            assertEquals(xs.length, us.length);
            for (int k = 0; k < xs.length; k++) {
                assertEquals(tagger.upos(words(s), xs[k].getOutcomes()), us[k].getOutcomes());
                assertArrayEquals(xs[k].getProbs(), us[k].getProbs());
            }
            checked++;
        }
        assertTrue(checked > 0);
    }

    @Test
    void formatsWithoutAMeaningHereAreRefused() {
        for (POSTagFormat f : new POSTagFormat[]{POSTagFormat.CUSTOM, POSTagFormat.UNKNOWN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TagRankPOSTagger(tagger, f));
            assertEquals("format " + f + ": a TagRank model tags in UD (UPOS) or PENN (XPOS)", e.getMessage());
        }
    }

    private static List<String> words(ConlluSentence s) {
        return s.forms();
    }
}
