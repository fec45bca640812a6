package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.learn.TrainerConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A word resource given to the settings that none of the templates reads is refused, as {@code train --templates}
 * refuses its {@code --param}: the trainer dropped it and the model lacked it without a word.
 */
class PosTrainerSettingsUnreadResourcesTest {
    static final TrainerConfig PERCEPTRON = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(1).build();

    private static String refused(PosTrainerSettings.Builder b) {
        return assertThrows(IllegalArgumentException.class, b::build).getMessage();
    }

    @Test
    void aResourceNoTemplateReadsIsRefused() throws Exception {
        PosTemplates plain = PosTemplates.defaults();
        assertEquals("word clusters are given, but no template reads them (cl): add cl templates "
                + "(PosTemplates.withClusters()) or leave the clusters out",
                refused(PosTrainerSettings.builder(plain, PERCEPTRON).clusters(WordClustersTest.toy())));
        assertEquals("second word classes are given, but no template reads them (cl2): add cl2 templates "
                + "(PosTemplates.withClusters2()) or leave the classes out",
                refused(PosTrainerSettings.builder(plain, PERCEPTRON).clusters2(WordClustersTest.toy())));
        assertEquals("WordNet is given, but no template reads it (wn): add wn templates "
                + "(PosTemplates.withWordNet()) or leave WordNet out",
                refused(PosTrainerSettings.builder(plain, PERCEPTRON).wordnet(WordNetLexiconTest.fixture())));
        assertEquals("unlabeled text is given, but no template reads its statistics (cap, morph, uf, at, at1, acx): "
                + "use PosTemplates.defaultsWithUnlabeled() or leave the text out",
                refused(PosTrainerSettings.builder(plain, PERCEPTRON).unlabeled(PosFeatureTableTest.unlabeled(2))));
    }

    @Test
    void aResourceItsTemplatesReadIsTaken() throws Exception {
        PosTrainerSettings s = PosTrainerSettings.builder(PosTemplates.defaults().withClusters().withClusters2()
                        .withWordNet(), PERCEPTRON).clusters(WordClustersTest.toy()).clusters2(WordClustersTest.toy())
                .wordnet(WordNetLexiconTest.fixture()).build();
        assertEquals(WordClustersTest.toy().size(), s.clusters().size());
        PosTrainerSettings.builder(PosTemplates.defaultsWithUnlabeled(), PERCEPTRON)
                .unlabeled(PosFeatureTableTest.unlabeled(2)).build();
    }

    /** Jackknife folds apply to predicted history: with gold history they were taken and never used. */
    @Test
    void foldsWithGoldHistoryAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PosTrainerSettings.History(PosTrainerSettings.History.Mode.GOLD, 5));
        assertEquals("gold tag history takes no jackknife folds (got 5): they apply to predicted history; "
                + "use History.GOLD", e.getMessage());
        assertEquals(PosTrainerSettings.History.GOLD, new PosTrainerSettings.History(PosTrainerSettings.History.Mode.GOLD, 1));
        assertEquals(4, new PosTrainerSettings.History(PosTrainerSettings.History.Mode.BOTH, 4).folds());
    }
}
