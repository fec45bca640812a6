package org.tagrank.integration.opennlp;

import opennlp.tools.postag.POSEvaluator;
import opennlp.tools.postag.POSSample;
import org.junit.jupiter.api.Test;
import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.task.pos.PosEvaluation;
import org.tagrank.task.pos.PosTagger;
import org.tagrank.testutil.Fixtures;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** OpenNLP's own POSEvaluator on EWT test through the adapter gives TagRank's own accuracy. */
class OpenNlpPosEvaluatorIT {
    @Test
    void posEvaluatorOnEwtTest() throws IOException {
        List<ConlluSentence> test = ConlluReader.readAll(Fixtures.corpus("ud-english-ewt/en_ewt-ud-test.conllu"));
        PosTagger tagger = PosTagger.loadDefault();
        POSEvaluator evaluator = new POSEvaluator(new TagRankPOSTagger(tagger));
        for (ConlluSentence s : test) {
            evaluator.evaluateSample(new POSSample(new java.util.ArrayList<>(s.forms()), new java.util.ArrayList<>(s.xpos())));
        }
        PosEvaluation ours = PosEvaluation.run(tagger, test);
        assertEquals(ours.tokens(), evaluator.getWordCount());
        assertEquals(ours.accuracy(), evaluator.getWordAccuracy(), 1e-12);
    }
}
