package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.task.pos.PosTagger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No command writes its output over a file it reads besides its data: the model, the lexicon, a --param file. */
class OutputNotAnInputCliTest {
    @TempDir
    Path dir;

    @Test
    void noOutputReplacesTheModelLexiconOrParamFileItWasMadeWith() throws Exception {
        Path model = Files.copy(Path.of(PosTagger.DEFAULT_MODEL), dir.resolve("own-model.lin.zip"));
        Path lexicon = Files.writeString(dir.resolve("own-lexicon.tsv"), "dog\tNN\n");
        Path clusters = Files.writeString(dir.resolve("own-clusters.tsv"), "dog\t1\ncat\t1\n");
        Path in = Files.writeString(dir.resolve("own-in.txt"), "The dog barks .\n");
        byte[] modelBytes = Files.readAllBytes(model);
        String[][] cases = { // each wrote its output over the file named (tagged text or a JSON report over the model)
                {"tag", "--model", model.toString(), "--quiet", "--input-format", "tokens", in.toString(), "-o", model.toString()},
                {"tag", "--model", PosTagger.DEFAULT_MODEL, "--lexicon", lexicon.toString(), "--quiet", "--input-format", "tokens",
                        in.toString(), "-o", lexicon.toString()},
                {"eval", "--task", "pos", "--model", model.toString(), "--data", CliTest.DEV, "--quiet", "--report",
                        model.toString()},
                {"train", "--task", "pos", "--data", CliTest.TRAIN, "--param", "clusters=" + clusters, "--epochs", "1",
                        "--quiet", "--out", clusters.toString()}};
        for (String[] c : cases) {
            String named = c[c.length - 1];
            BadInputCliTest.Run r = BadInputCliTest.run(c);
            assertEquals(ExitCodes.USAGE, r.code(), c[0] + ": " + r.err());
            assertTrue(r.err().endsWith(" is an input of this run (" + named + "): give another file\n"), r.err());
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(modelBytes, Files.readAllBytes(model));
        // the option is named by both its spellings: 'link aliases --out X X' said "-o X is an input"
        Path mentions = Files.copy(Path.of(LinkCliTest.fixture("tiny-train.mentions.tsv")), dir.resolve("m.tsv"));
        for (String spelling : new String[]{"--out", "-o"}) {
            BadInputCliTest.Run r = BadInputCliTest.run("link", "aliases", spelling, mentions.toString(), mentions.toString());
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertTrue(r.err().contains("--out/-o " + mentions + " is an input of this run"), r.err());
        }
        BadInputCliTest.Run t = BadInputCliTest.run("tag", "--quiet", "--input-format", "tokens", in.toString(), "--output",
                in.toString());
        assertTrue(t.err().contains("-o/--output " + in + " is an input of this run"), t.err());
        assertEquals("dog\tNN\n", Files.readString(lexicon));
        assertEquals("dog\t1\ncat\t1\n", Files.readString(clusters));
    }

    @Test
    void clustersDoesNotWriteOverTheFileItExtends() throws Exception {
        Path clusters = Files.writeString(dir.resolve("own-clusters.tsv"), "dog\t1\ncat\t2\n");
        Path text = Files.writeString(dir.resolve("text.txt"), "the dog saw the cat . the cat saw a bird .\n");
        // it replaced the user's cluster list with its extension, exit 0
        BadInputCliTest.Run r = BadInputCliTest.run("clusters", "--quiet", "--format", "tokens", "--min-count", "1",
                "--extend", clusters.toString(), text.toString(), "-o", clusters.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().endsWith("-o/--out " + clusters + " is an input of this run (" + clusters
                + "): give another file\n"), r.err());
        assertEquals("dog\t1\ncat\t2\n", Files.readString(clusters));
    }
}
