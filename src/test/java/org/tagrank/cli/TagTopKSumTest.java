package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.tagrank.core.ScoredOutput;
import org.tagrank.task.pos.TaggedSentence;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A token's printed top-k probabilities never add up to more than 1 (half-up rounding printed sums of 1.0001). */
class TagTopKSumTest {
    private static String topK(double... probabilities) {
        String[] tags = {"NN", "NNP", "JJ"};
        List<ScoredOutput> top = new java.util.ArrayList<>();
        for (int k = 0; k < probabilities.length; k++) {
            top.add(new ScoredOutput(k, tags[k], -k, probabilities[k]));
        }
        StringBuilder tsv = new StringBuilder();
        TagFormat.TSV.write(tsv, new TaggedSentence(List.of("x"), List.of("NN"), null), null, List.of(top), '_', null);
        return tsv.toString().split("\n")[0].split("\t")[3];
    }

    @Test
    void entriesAreRoundedDownSoTheirSumStaysAtMostOne() {
        assertEquals("NN:0.3333,NNP:0.3333,JJ:0.3332", topK(0.33336, 0.33336, 0.33328));
        assertEquals("NN:0.9999,NNP:0.0000", topK(0.99996, 0.00004));
    }

    @Test
    void aProbabilityOfOneUpToFloatingPointNoiseIsStillOne() {
        assertEquals("NN:1.0000", topK(1.0));
        assertEquals("NN:1.0000,NNP:0.0000", topK(1.0 - 1e-13, 1e-13));
        assertEquals("NN:0.5000,NNP:0.5000", topK(0.5 - 1e-15, 0.5 - 1e-15));
    }
}
