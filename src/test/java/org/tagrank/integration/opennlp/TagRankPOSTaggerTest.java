package org.tagrank.integration.opennlp;

import opennlp.tools.postag.POSEvaluator;
import opennlp.tools.postag.POSSample;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagRankPOSTaggerTest {
    static PosTagger tagger;
    static List<ConlluSentence> dev;

    @BeforeAll
    static void train() throws IOException {
        List<ConlluSentence> train = ConlluReader.readAll(Fixtures.resource("org/tagrank/task/pos/tiny-train.conllu"));
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
}
