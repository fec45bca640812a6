package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.io.ModelIO;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A rank model trained with {@code --dev} recorded the dev scores but not which data gave them: no {@code dev.data}
 * or {@code dev.data.sha256}, which the pos, classify and link models record beside theirs.
 */
class RankDevProvenanceTest {
    @TempDir
    Path dir;

    @Test
    void theDevDataAndItsSumAreRecorded() throws IOException {
        Path dev = dir.resolve("held-out.tsv");
        Files.copy(Path.of(RankCliTest.resource("tiny-rank.tsv")), dev);
        String model = dir.resolve("r.lin.zip").toString();
        RankCliTest.Run t = RankCliTest.run("train", "--task", "rank", "--data", RankCliTest.resource("tiny-rank.tsv"),
                "--dev", dev.toString(), "--learner", "lr", "--epochs", "5", "--quiet", "--out", model);
        assertEquals(0, t.code(), t.err());
        Map<String, String> m = ModelIO.read(model, "rank").model().provenance().entries();
        assertNotNull(m.get("score.dev.accuracy"), m.toString());
        assertEquals("held-out.tsv", m.get("dev.data"), m.toString());
        assertEquals(Provenances.sha256(dev), m.get("dev.data.sha256"), m.toString());
    }
}
