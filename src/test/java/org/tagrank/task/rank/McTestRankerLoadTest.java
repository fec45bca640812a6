package org.tagrank.task.rank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.LinearModel;
import org.tagrank.core.Provenance;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelFormatException;
import org.tagrank.io.ModelIO;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A library user loads an MCTest model without the CLI, and one made for other features is refused. */
class McTestRankerLoadTest {
    @TempDir
    Path dir;

    private Path write(String task, String featuresVersion) throws IOException {
        Provenance p = featuresVersion == null ? Provenance.empty()
                : Provenance.empty().with(McTestRanker.FEATURES_KEY, featuresVersion);
        LinearModel m = LinearModel.forCandidates(FeatureIndex.of(List.of("sw", "d")), new float[]{1f, -0.5f}, p);
        Path file = dir.resolve(task + "-" + featuresVersion + ".lin.zip");
        ModelIO.write(new ModelBundle(task, m), file);
        return file;
    }

    @Test
    void loadsAModelOfTheseFeatures() throws IOException {
        McTestRanker r = McTestRanker.load(write("mctest", McTestFeatures.VERSION).toString());
        assertEquals(List.of("sw", "d"), r.ranker().model().features().names());
    }

    @Test
    void refusesAModelOfOtherFeaturesOrAnotherTask() throws IOException {
        String old = write("mctest", "mctest-features-3").toString();
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> McTestRanker.load(old));
        assertTrue(e.getMessage().contains("mctest-features-3") && e.getMessage().contains(McTestFeatures.VERSION),
                e.getMessage());
        String none = write("mctest", null).toString();
        e = assertThrows(ModelFormatException.class, () -> McTestRanker.load(none));
        // it said "model made for features 'null'"
        assertEquals(none + ": the manifest lacks mctest.features (the feature version the model was trained with)",
                e.getMessage());
        String rank = write("rank", McTestFeatures.VERSION).toString();
        e = assertThrows(ModelFormatException.class, () -> McTestRanker.load(rank));
        assertTrue(e.getMessage().contains("'rank'"), e.getMessage());
    }
}
