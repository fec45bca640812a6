package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.testutil.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dev figures an MCTest model's manifest holds are eval's, and a question type the dev data has none of gets no
 * figure (eval's null), not the string "NaN".
 */
class McTestDevFiguresCliTest {
    @TempDir
    Path dir;

    @Test
    void aQuestionTypeTheDevDataLacksHasNoFigureInTheManifest() throws Exception {
        Path tsv = Fixtures.resource("org/tagrank/task/rank/tiny-mctest.tsv");
        Path ans = Fixtures.resource("org/tagrank/task/rank/tiny-mctest.ans");
        // the second story, its one "multiple" question made a "one" question: dev has only "one" questions
        String story = Files.readAllLines(tsv).get(1).replace("multiple: ", "one: ");
        Path dev = Files.writeString(dir.resolve("one-only.tsv"), story + "\n");
        Files.writeString(dir.resolve("one-only.ans"), Files.readAllLines(ans).get(1) + "\n");
        Path model = dir.resolve("m.lin.zip");
        CliTest.Run train = CliTest.run("train", "--task", "mctest", "--data", tsv.toString(), "--dev", dev.toString(),
                "--learner", "perceptron", "--epochs", "2", "--quiet", "--out", model.toString());
        assertEquals(ExitCodes.OK, train.code(), train.err());
        String manifest = CliTest.run("info", "--model", model.toString()).out();
        assertFalse(manifest.contains("NaN"), manifest);
        assertFalse(manifest.contains("score.dev.accuracy_multiple="), manifest);
        CliTest.Run eval = CliTest.run("eval", "--task", "mctest", "--model", model.toString(), "--data", dev.toString(),
                "--json");
        assertEquals(ExitCodes.OK, eval.code(), eval.err());
        assertTrue(eval.out().contains("\"accuracy_multiple\":null"), eval.out());
        // the figures that are there are eval's
        double one = Double.parseDouble(eval.out().replaceAll("(?s).*\"accuracy_one\":([0-9.]+).*", "$1"));
        assertTrue(manifest.contains(String.format(java.util.Locale.ROOT, "score.dev.accuracy_one=%.6f\n", one)), manifest);
    }
}
