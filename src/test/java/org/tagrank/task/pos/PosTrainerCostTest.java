package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.core.LabelSet;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.ModelBundle;
import org.tagrank.learn.CostMatrix;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cost-sensitive SVM POS model: the cost matrix is over {@link PosTrainer#tagSet}, and one of another size is refused. */
class PosTrainerCostTest {

    private static ModelBundle train(CostMatrix cost) throws Exception {
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.SVM).epochs(3).seed(1).cost(cost).build();
        PosTrainerSettings s = PosTrainerSettings.builder(PosTemplates.defaults(), config)
                .dictionary(new TagDictionary.Settings(2, 3, 0.99)).build();
        return PosTrainer.train(PosFeatureTableTest.toy(), null, s, TrainingListener.SILENT, Map.of(), "toy.conllu");
    }

    @Test
    void costMatrixOverTheTagSetIsUsed() throws Exception {
        List<ConlluSentence> toy = PosFeatureTableTest.toy();
        LabelSet tags = PosTrainer.tagSet(toy, "toy.conllu");
        CostMatrix uniform = CostMatrix.uniform(tags.size());
        CostMatrix skewed = uniform;
        for (String gold : tags.labels()) {
            for (String predicted : tags.labels()) {
                if (!gold.equals(predicted)) {
                    skewed = skewed.with(tags, gold, predicted, 5.0);
                }
            }
        }
        ModelBundle plain = train(uniform);
        ModelBundle costly = train(skewed);
        assertEquals("cost-sensitive-hinge", costly.model().provenance().get("trainer.objective"));
        assertEquals(tags.labels(), costly.model().labels().labels());
        // a margin of 5 instead of 1 changes the updates, so the weights must differ
        assertFalse(Arrays.equals(plain.model().weights(), costly.model().weights()));
    }

    @Test
    void costMatrixOfAnotherSizeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> train(CostMatrix.uniform(2)));
        assertTrue(e.getMessage().startsWith("the cost matrix covers 2 tags, the training data has "), e.getMessage());
    }
}
