package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.task.pos.PosTagger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training CoNLL-U without UPOS (column 4 '_', as in XPOS-only conversions): the model's UPOS map answered '_' for
 * every word (eval: UPOS accuracy 0; trpos.upos=true set CoarseTag '_'), and learned '_' from partly annotated data.
 */
class PosWithoutUposCliTest {
    @TempDir
    Path dir;

    private Path withoutUpos(String source, String name) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(source), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (c.length == 10) {
                c[3] = "_";
                line = String.join("\t", c);
            }
            sb.append(line).append('\n');
        }
        return Files.writeString(dir.resolve(name), sb);
    }

    private static String manifest(Path model) throws IOException {
        try (ZipFile z = new ZipFile(model.toFile())) {
            return new String(z.getInputStream(z.getEntry("manifest.properties")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void trainingDataWithoutUposGivesAModelWithoutUpos() throws IOException {
        Path train = withoutUpos(CliTest.TRAIN, "train.conllu");
        Path out = dir.resolve("x.lin.zip");
        BadInputCliTest.Run r = BadInputCliTest.run("train", "--task", "pos", "--data", train.toString(), "--epochs", "1",
                "--quiet", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(PosTagger.load(out.toString()).hasUpos(), "a UPOS map learned from no UPOS");

        BadInputCliTest.Run eval = BadInputCliTest.run("eval", "--task", "pos", "--model", out.toString(), "--data", CliTest.DEV,
                "--json", "--quiet");
        assertEquals(0, eval.code(), eval.err());
        assertTrue(eval.out().contains("\"upos_accuracy\":null"), eval.out());
    }

    @Test
    void partlyAnnotatedUposIsLearnedFromTheTokensThatHaveIt() throws IOException {
        // one sentence keeps its UPOS, the others have '_': no word may come out as '_'
        String text = Files.readString(withoutUpos(CliTest.TRAIN, "t.conllu"), StandardCharsets.UTF_8)
                + "1\tThe\t_\tDET\tDT\t_\t_\t_\t_\t_\n2\tcats\t_\tNOUN\tNNS\t_\t_\t_\t_\t_\n3\tsleep\t_\tVERB\tVBP\t_\t_\t_\t_\t_\n"
                + "4\t.\t_\tPUNCT\t.\t_\t_\t_\t_\t_\n\n";
        Path train = Files.writeString(dir.resolve("partly.conllu"), text);
        Path out = dir.resolve("p.lin.zip");
        BadInputCliTest.Run r = BadInputCliTest.run("train", "--task", "pos", "--data", train.toString(), "--epochs", "1",
                "--quiet", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        PosTagger tagger = PosTagger.load(out.toString());
        assertTrue(tagger.hasUpos());
        java.util.List<String> upos = tagger.tag(java.util.List.of("The", "cat", "sleeps", ".")).upos();
        assertFalse(upos.contains("_"), upos.toString());
    }

    /** CoNLL-U input kept its own UPOS column beside the new XPOS (gold, or another tagger's) under such a model. */
    @Test
    void conlluInputGetsUnderscoreUposFromAModelWithoutUpos() throws IOException {
        Path train = withoutUpos(CliTest.TRAIN, "train2.conllu");
        Path model = dir.resolve("y.lin.zip");
        assertEquals(0, BadInputCliTest.run("train", "--task", "pos", "--data", train.toString(), "--epochs", "1",
                "--quiet", "--out", model.toString()).code());
        Path in = Files.writeString(dir.resolve("in.conllu"), "1\tThe\t_\tPROPN\tNNP\t_\t_\t_\t_\t_\n\n");
        BadInputCliTest.Run r = BadInputCliTest.run("tag", "--model", model.toString(), "--input-format", "conllu", "--quiet",
                in.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("1\tThe\t_\t_\tDT\t_\t_\t_\t_\t_\n\n", r.out());
    }

    /**
     * A --dev file without UPOS: the manifest got score.dev.upos_accuracy=NaN, where a dev set without unknown words
     * gets no unknown_accuracy line.
     */
    @Test
    void devWithoutUposGivesNoUposScoreRatherThanNaN() throws IOException {
        Path dev = withoutUpos(CliTest.DEV, "dev.conllu");
        Path out = dir.resolve("m.lin.zip");
        BadInputCliTest.Run r = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--dev", dev.toString(),
                "--epochs", "1", "--quiet", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String manifest = manifest(out);
        assertTrue(manifest.contains("score.dev.accuracy="), manifest);
        assertFalse(manifest.contains("NaN"), manifest);
    }
}
