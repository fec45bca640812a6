package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.eval.ClassificationEval;
import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.ModelIO;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * eval --task pos on gold tags the model lacks: the tag predicted for such a token is a wrong prediction of it. It
 * was left out of the per-tag table and the confusions, so that tag's precision counted only the tokens of known
 * gold tags (100% below, where one of its two predictions is wrong) and the report disagreed with the tag output.
 */
class PosEvaluationUnseenTagTest {
    private static List<ConlluSentence> read(String text) throws IOException {
        List<ConlluSentence> out = new ArrayList<>();
        ConlluReader r = new ConlluReader(new BufferedReader(new StringReader(text)), "gold.conllu");
        for (ConlluSentence s; (s = r.next()) != null; ) {
            out.add(s);
        }
        return out;
    }

    @Test
    void aPredictionForAGoldTagTheModelLacksCountsAgainstThePredictedTag() throws IOException {
        PosTagger tagger = PosTagger.fromBundle(ModelIO.read("models/en-ewt-pos-ap-fast-1.lin.zip", "pos"));
        List<String> words = List.of("The", "dog", "saw", "the", "cat", ".");
        List<String> tags = tagger.tag(words).xpos();
        assertEquals(List.of("DT", "NN", "VBD", "DT", "NN", "."), tags, "the example's assumption");
        StringBuilder gold = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String xpos = i == 4 ? "ZZZ" : tags.get(i); // all right but 'cat', whose gold tag the model lacks
            gold.append(i + 1).append('\t').append(words.get(i)).append("\t_\t_\t").append(xpos).append("\t_\t_\t_\t_\t_\n");
        }
        PosEvaluation e = PosEvaluation.run(tagger, read(gold + "\n"));
        assertEquals(5.0 / 6, e.accuracy(), 1e-12);
        ClassificationEval perTag = e.perTag();
        ClassificationEval.LabelScores nn = perTag.perLabel().stream().filter(s -> s.label().equals("NN")).findFirst().orElseThrow();
        assertEquals(1, nn.support());
        assertEquals(0.5, nn.precision(), 1e-12, "two NN predictions, one of them wrong");
        ClassificationEval.LabelScores zzz = perTag.perLabel().stream().filter(s -> s.label().equals("ZZZ")).findFirst().orElseThrow();
        assertEquals(1, zzz.support());
        assertEquals(0.0, zzz.recall(), 0.0);
        assertEquals(List.of(new ClassificationEval.Confusion("ZZZ", "NN", 1)), perTag.topConfusions(10));
        assertEquals(6, perTag.total());
        assertEquals(java.util.Map.of("ZZZ", 1L), e.goldTagsNotInModel());
    }
}
