package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.core.LinearModel;
import org.tagrank.io.ModelBundle;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A seed ensemble's weights are the mean of the weights of the models trained with each seed. */
class PosSeedEnsembleTest {

    private static ModelBundle train(long seed, int ensemble) throws Exception {
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(3).seed(seed).build();
        PosTrainerSettings s = PosTrainerSettings.builder(PosTemplates.defaults(), config)
                .dictionary(new TagDictionary.Settings(2, 3, 0.99)).ensemble(ensemble).build();
        return PosTrainer.train(PosFeatureTableTest.toy(), PosFeatureTableTest.toy(), s, TrainingListener.SILENT, Map.of(),
                "toy.conllu");
    }

    /** The weight of a feature (by name) and tag, 0 for a feature the (pruned) model lacks. */
    private static float weight(LinearModel m, String feature, int tag) {
        int j = m.features().indexOf(feature);
        return j < 0 ? 0f : m.weight(j * m.labels().size() + tag);
    }

    @Test
    void ensembleWeightsAreTheMeanOfTheSeedsWeights() throws Exception {
        LinearModel one = train(1, 1).model();
        LinearModel two = train(2, 1).model();
        LinearModel three = train(3, 1).model();
        LinearModel e2 = train(1, 2).model();
        LinearModel e3 = train(1, 3).model();
        assertEquals("2", e2.provenance().get("trainer.ensemble"));
        int checked = 0;
        int differ = 0;
        for (int j = 0; j < e3.features().size(); j++) {
            String f = e3.features().name(j);
            for (int y = 0; y < e3.labels().size(); y++) {
                float w1 = weight(one, f, y);
                float w2 = weight(two, f, y);
                assertEquals((w1 + w2) / 2, weight(e2, f, y), f + " tag " + y);
                assertEquals((w1 + w2 + weight(three, f, y)) / 3, weight(e3, f, y), f + " tag " + y);
                checked++;
                if (w1 != w2) {
                    differ++;
                }
            }
        }
        assertNotEquals(0, differ, "the seeds give different models, so the test can fail");
        assertEquals(e3.features().size() * e3.labels().size(), checked);
    }

    /**
     * Each seed's perceptron keeps its own best epoch: the ensemble's manifest gave the first seed's train.best_epoch
     * and score.dev_accuracy as if they were the written model's.
     */
    @Test
    void theManifestGivesEverySeedsBestEpochNotTheFirstOnesAsTheModels() throws Exception {
        LinearModel one = train(1, 1).model();
        LinearModel two = train(2, 1).model();
        LinearModel e2 = train(1, 2).model();
        assertEquals(null, e2.provenance().get("train.best_epoch"));
        assertEquals(null, e2.provenance().get("score.dev_accuracy"));
        assertEquals(one.provenance().get("train.best_epoch") + "," + two.provenance().get("train.best_epoch"),
                e2.provenance().get("trainer.ensemble.best_epochs"));
        assertEquals(one.provenance().get("score.dev_accuracy") + "," + two.provenance().get("score.dev_accuracy"),
                e2.provenance().get("trainer.ensemble.dev_accuracies"));
        assertEquals(null, one.provenance().get("trainer.ensemble.best_epochs"));
    }

    @Test
    void ensembleSizeIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> train(1, 0));
    }
}
