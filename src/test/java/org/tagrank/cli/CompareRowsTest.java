package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * compare's table was printed only after the last learner: when one failed (here the perceptron, whose averaged
 * weights leave the float range on these values), the rows of the learners trained before it were lost, as
 * --json kept them.
 */
class CompareRowsTest {
    @TempDir
    Path dir;

    @Test
    void rowsFinishedBeforeAFailingLearnerArePrinted() throws IOException {
        Path data = Files.writeString(dir.resolve("huge.tsv"),
                "q1\ta\t1\tf=3e38\nq1\tb\t0\tf=-3e38\nq2\tc\t0\tf=-3e38\nq2\td\t1\tf=3e38\n");
        BadInputCliTest.Run r = BadInputCliTest.run("compare", "--task", "rank", "--learners", "lr-sgd,perceptron",
                "--data", data.toString(), "--test", data.toString(), "--quiet");
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        assertTrue(r.err().contains("training diverged"), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[0].startsWith("learner "), r.out());
        assertTrue(lines[1].startsWith("lr-sgd ") && lines[1].contains("100.00%"), r.out());
    }
}
