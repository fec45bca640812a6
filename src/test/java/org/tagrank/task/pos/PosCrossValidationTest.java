package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.io.ConlluSentence;
import org.tagrank.learn.TrainerConfig;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PosCrossValidationTest {
    @Test
    void poolsOverTokensAndSpreadsOverFolds() {
        PosCrossValidation.Result r = new PosCrossValidation.Result(List.of(
                new PosCrossValidation.Fold(1, 100, 0.90, 10, 0.5),
                new PosCrossValidation.Fold(2, 300, 0.80, 0, Double.NaN)));
        assertEquals(400, r.tokens());
        assertEquals((90 + 240) / 400.0, r.accuracy(), 1e-12);
        assertEquals(0.5, r.unknownAccuracy(), 1e-12, "a fold without unknown words adds nothing");
        assertEquals(Math.sqrt(2 * 0.05 * 0.05), r.accuracyStd(), 1e-12);
    }

    @Test
    void everySentenceIsScoredInExactlyOneFold() throws Exception {
        List<ConlluSentence> data = PosFeatureTableTest.toy();
        PosTrainerSettings settings = PosTrainerSettings.builder(PosTemplates.defaults(),
                TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(2).patience(0).build())
                .dictionary(new TagDictionary.Settings(2, 3, 0.99)).build();
        List<String> progress = new ArrayList<>();
        PosCrossValidation.Result r = PosCrossValidation.run(data, null, settings, 2, "toy", progress::add);
        assertEquals(2, r.folds().size());
        long tokens = 0;
        for (int i = 0; i < data.size(); i++) {
            tokens += data.get(i).size();
        }
        assertEquals(tokens, r.tokens());
        long firstFold = 0;
        for (int i = 0; i < data.size(); i += 2) {
            firstFold += data.get(i).size();
        }
        assertEquals(firstFold, r.folds().get(0).tokens(), "fold 1 holds sentences 0, 2, 4, ...");
        assertEquals(4, progress.size());
        assertTrue(progress.get(1).startsWith("fold 1/2: accuracy "), progress.get(1));
        assertThrows(IllegalArgumentException.class, () -> PosCrossValidation.run(data, null, settings, data.size() + 1, "toy", s -> { }));
    }
}
