package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.task.pos.PosTagger;
import org.tagrank.task.pos.TaggedSentence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every figure of eval --task pos against a few lines of independent arithmetic on the tagger's output, on data with
 * case variants of training words, a multiword token, a gold tag the model lacks and words without a gold UPOS.
 */
class PosEvalFiguresTest {
    @TempDir
    Path dir;

    @Test
    void theFiguresAreWhatTheReadmeSaysTheyAre() throws Exception {
        Path model = dir.resolve("p.lin.zip");
        CliTest.Run t = CliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--learner", "perceptron",
                "--epochs", "5", "--seed", "1", "--quiet", "--out", model.toString());
        assertEquals(0, t.code(), t.err());
        Path gold = Files.writeString(dir.resolve("gold.conllu"), """
                # text = THE cat doesn't sleep .
                1\tTHE\t_\tDET\tDT\t_\t_\t_\t_\t_
                2\tcat\t_\tNOUN\tNN\t_\t_\t_\t_\t_
                3-4\tdoesn't\t_\t_\t_\t_\t_\t_\t_\t_
                3\tdoes\t_\tAUX\tVBZ\t_\t_\t_\t_\t_
                4\tn't\t_\tPART\tRB\t_\t_\t_\t_\t_
                5\tsleep\t_\tVERB\tVB\t_\t_\t_\t_\t_
                6\t.\t_\tPUNCT\t.\t_\t_\t_\t_\t_

                1\tthe\t_\t_\tDT\t_\t_\t_\t_\t_
                2\tdog\t_\tNOUN\tNN\t_\t_\t_\t_\t_
                3\tRuns\t_\tVERB\tVBZ\t_\t_\t_\t_\t_
                4\tfast\t_\tADV\tZZ\t_\t_\t_\t_\t_
                5\t.\t_\tPUNCT\t.\t_\t_\t_\t_\t_

                """);
        CliTest.Run r = CliTest.run("eval", "--task", "pos", "--model", model.toString(), "--data", gold.toString(),
                "--json", "--quiet");
        assertEquals(0, r.code(), r.err());

        Set<String> vocabulary = new HashSet<>();
        for (ConlluSentence s : ConlluReader.readAll(Path.of(CliTest.TRAIN))) {
            vocabulary.addAll(s.forms());
        }
        PosTagger tagger = PosTagger.load(model.toString());
        long n = 0, right = 0, unknown = 0, unknownRight = 0, sentencesRight = 0, upos = 0, uposRight = 0;
        TreeMap<String, long[]> counts = new TreeMap<>(); // tag -> {gold, predicted, both}
        List<ConlluSentence> sentences = ConlluReader.readAll(gold);
        for (ConlluSentence s : sentences) {
            TaggedSentence p = tagger.tag(s.forms());
            boolean all = true;
            for (int i = 0; i < s.size(); i++) {
                boolean ok = s.xpos().get(i).equals(p.xpos().get(i));
                n++;
                right += ok ? 1 : 0;
                all &= ok;
                if (!vocabulary.contains(s.forms().get(i))) {
                    unknown++;
                    unknownRight += ok ? 1 : 0;
                }
                if (!s.upos().get(i).equals("_")) {
                    upos++;
                    uposRight += s.upos().get(i).equals(p.upos().get(i)) ? 1 : 0;
                }
                counts.computeIfAbsent(s.xpos().get(i), k -> new long[3])[0]++;
                counts.computeIfAbsent(p.xpos().get(i), k -> new long[3])[1]++;
                counts.get(s.xpos().get(i))[2] += ok ? 1 : 0;
            }
            sentencesRight += all ? 1 : 0;
        }
        double f1Sum = 0;
        for (long[] c : counts.values()) {
            double precision = c[1] == 0 ? 0 : c[2] / (double) c[1];
            double recall = c[0] == 0 ? 0 : c[2] / (double) c[0];
            f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        assertEquals(11, n, "the range line 3-4 is not a word"); // 6 + 5 words
        assertEquals(5, unknown, "THE, does, n't, sleep, Runs (training has The and the, runs)");
        String json = r.out();
        assertEquals(n, number(json, "n"));
        assertEquals(right / (double) n, number(json, "accuracy"), 1e-6, json);
        assertEquals(unknown, number(json, "unknown_tokens"), json);
        assertEquals(unknownRight / (double) unknown, number(json, "unknown_accuracy"), 1e-6, json);
        assertEquals(sentencesRight / 2.0, number(json, "sentence_accuracy"), 1e-6, json);
        assertEquals(2, number(json, "sentences"), json);
        assertEquals(uposRight / (double) upos, number(json, "upos_accuracy"), 1e-6, json);
        assertEquals(f1Sum / counts.size(), number(json, "macro_f1"), 1e-6, json);
        assertTrue(json.contains("\"gold_tags_not_in_model\":{\"ZZ\":1}"), json);
    }

    private static double number(String json, String key) {
        return Double.parseDouble(json.replaceAll("(?s).*\"" + key + "\":(-?[0-9.eE+-]+).*", "$1"));
    }
}
