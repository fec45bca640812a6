package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * train --task pos --dev with gold tags the training data lacks: they score as errors in the dev figures written into
 * the manifest, and train said nothing of it, while eval on the same file warns.
 */
class PosTrainDevTagsTest {
    @TempDir
    Path dir;

    @Test
    void devTagsTheModelLacksAreNamedInAWarning() throws Exception {
        Path dev = Files.writeString(dir.resolve("dev.conllu"),
                Files.readString(Path.of(CliTest.DEV)).replaceFirst("\tNN\t", "\tQQQ\t"));
        BadInputCliTest.Run r = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--dev", dev.toString(),
                "--epochs", "1", "--out", dir.resolve("m.lin.zip").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*\nwarning: " + java.util.regex.Pattern.quote(dev.toString())
                + ": 1 of [0-9]+ gold tokens have a tag the model does not have, scored as errors: QQQ 1\n.*"), r.err());
        BadInputCliTest.Run plain = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--dev", CliTest.DEV,
                "--epochs", "1", "--out", dir.resolve("m2.lin.zip").toString());
        assertEquals(0, plain.code(), plain.err());
        assertFalse(plain.err().contains("warning"), plain.err());
    }

    @Test
    void theNoteOnDevFiguresNamesTheDecoderTheFinalLineUses() throws Exception {
        // with --param beam=4 the note said the final dev line tags "greedily", above a line saying "(beam 4 decoding)"
        BadInputCliTest.Run r = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--dev", CliTest.DEV,
                "--param", "beam=4", "--epochs", "1", "--out", dir.resolve("b.lin.zip").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("the final dev line tags whole sentences with beam 4"), r.err());
        assertTrue(r.err().contains("(beam 4 decoding)"), r.err());
        assertFalse(r.err().contains("greed"), r.err());
        BadInputCliTest.Run greedy = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--dev",
                CliTest.DEV, "--epochs", "1", "--out", dir.resolve("g.lin.zip").toString());
        assertEquals(0, greedy.code(), greedy.err());
        assertTrue(greedy.err().contains("the final dev line tags whole sentences greedily"), greedy.err());
    }
}
