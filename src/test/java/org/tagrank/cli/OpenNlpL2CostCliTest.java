package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OpenNLP's L2Cost was taken as --l2, but OpenNLP's QN trainer adds L2Cost·‖w‖² to the loss summed over all N training
 * events, while TagRank's objective is (1/N)·Σ loss + (l2/2)·‖w‖²: OpenNLP's default L2Cost=0.1 became a penalty N/2
 * times stronger (the manifest's trainer.l2=0.1 for a POS corpus of 200k tokens, a model regularised to nothing).
 */
class OpenNlpL2CostCliTest {
    @TempDir
    Path dir;

    @Test
    void aNonZeroL2CostIsRefusedWithTheConversion() throws Exception {
        Path params = Files.writeString(dir.resolve("qn.params"), "Algorithm=MAXENT_QN\nIterations=2\nL2Cost=0.1\n");
        Path out = dir.resolve("never.lin.zip");
        BadInputCliTest.Run r = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--params",
                params.toString(), "--quiet", "--out", out.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().startsWith("tagrank: " + params + ":3: L2Cost=0.1 is not TagRank's --l2"), r.err());
        assertTrue(r.err().contains("--l2 2·L2Cost/N"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void l2CostZeroIsNoRegularisationAsInOpenNlp() throws Exception {
        Path params = Files.writeString(dir.resolve("qn0.params"), "Algorithm=MAXENT_QN\nIterations=2\nL2Cost=0\n");
        Path out = dir.resolve("m.lin.zip");
        BadInputCliTest.Run r = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--params",
                params.toString(), "--quiet", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        BadInputCliTest.Run info = BadInputCliTest.run("info", "--model", out.toString());
        assertTrue(info.out().lines().anyMatch(l -> l.equals("trainer.l2=0.0") || l.equals("trainer.l2=0")), info.out());
    }
}
