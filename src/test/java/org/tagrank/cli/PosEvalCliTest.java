package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** eval --task pos says what its figures rest on. */
class PosEvalCliTest {
    @TempDir
    Path dir;

    @Test
    void thePerTagTableLinesUpWithTagsLongerThanEight() {
        java.util.List<java.util.Map<String, Object>> perTag = java.util.List.of(
                java.util.Map.of("label", "NN", "support", 12, "precision", 0.5, "recall", 0.5, "f1", 0.5),
                java.util.Map.of("label", "ADJ-COMPARATIVE", "support", 3, "precision", 1.0, "recall", 1.0, "f1", 1.0));
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("n", 15);
        m.put("accuracy", 0.6);
        m.put("per_tag", perTag);
        m.put("top_confusions", java.util.List.of());
        String[] lines = new PosTaskCli().report(m).split("\n");
        int header = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("tag ")) {
                header = i;
            }
        }
        assertTrue(header >= 0, String.join("\n", lines));
        int col = lines[header].indexOf("support") + "support".length(); // right-aligned: the column's right edge
        assertEquals(col, lines[header + 1].indexOf("12") + 2, lines[header + 1]);
        assertEquals(col, lines[header + 2].indexOf(" 3 ") + 2, lines[header + 2]);
    }

    @Test
    void theConfusionListLinesUpWithTagsLongerThanSix() {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("n", 15);
        m.put("accuracy", 0.6);
        m.put("per_tag", java.util.List.of());
        m.put("top_confusions", java.util.List.of(
                java.util.Map.of("gold", "ADJ-COMPARATIVE", "predicted", "NN", "count", 4),
                java.util.Map.of("gold", "NN", "predicted", "ADJ-COMPARATIVE", "count", 3)));
        String report = new PosTaskCli().report(m);
        String[] lines = report.substring(report.indexOf("(gold -> predicted):\n") + 21).split("\n");
        assertEquals(2, lines.length, report);
        assertEquals(lines[0].indexOf("->"), lines[1].indexOf("->"), report); // the arrows in one column
        assertEquals(lines[0].length(), lines[1].length(), report); // and the counts, right-aligned
    }

    @Test
    void goldTagsTheModelLacksAreCountedAndNamed() throws IOException {
        // tiny-dev with its UPOS copied into the XPOS column: a file of another tag set
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(CliTest.DEV))) {
            String[] f = line.split("\t", -1);
            if (f.length == 10 && f[0].matches("[0-9]+")) {
                f[4] = f[3].equals("NOUN") ? "NN" : f[3]; // one tag the model has
                line = String.join("\t", f);
            }
            sb.append(line).append('\n');
        }
        Path data = Files.writeString(dir.resolve("other-tagset.conllu"), sb);
        BadInputCliTest.Run r = BadInputCliTest.run("eval", "--task", "pos", "--data", data.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"gold_tags_not_in_model\":{\"AUX\":1,\"DET\":1,\"PART\":1,\"PRON\":1,\"PUNCT\":2,\"VERB\":2}"),
                r.out());
        assertTrue(r.err().startsWith("warning: " + data + ": 8 of 9 gold tokens have a tag the model does not have, scored as "
                + "errors: PUNCT 2, VERB 2, AUX 1, DET 1, PART 1, PRON 1\n"), r.err()); // it said nothing: 11% and a 1-row table
        BadInputCliTest.Run quiet = BadInputCliTest.run("eval", "--task", "pos", "--data", data.toString(), "--json",
                "--quiet"); // --quiet hid the warning too
        assertEquals("warning: " + data + ": 8 of 9 gold tokens have a tag the model does not have, scored as "
                + "errors: PUNCT 2, VERB 2, AUX 1, DET 1, PART 1, PRON 1\n", quiet.err());

        BadInputCliTest.Run same = BadInputCliTest.run("eval", "--task", "pos", "--data", CliTest.DEV, "--json");
        assertEquals(0, same.code(), same.err());
        assertTrue(same.out().contains("\"gold_tags_not_in_model\":{}"), same.out());
        assertFalse(same.err().contains("warning"), same.err());
    }

    @Test
    void compareCountsTestTagsTheTrainingDataLacksAsErrorsAndSaysSo() throws IOException {
        // tiny-dev with its NN renamed XX: a tag the training data never gives
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(CliTest.DEV))) {
            String[] f = line.split("\t", -1);
            if (f.length == 10 && f[4].equals("NN")) {
                f[4] = "XX";
                line = String.join("\t", f);
            }
            sb.append(line).append('\n');
        }
        Path test = dir.resolve("dev-xx.conllu");
        Files.writeString(test, sb.toString());
        CliTest.Run r = CliTest.run("compare", "--task", "pos", "--data", CliTest.TRAIN, "--test", test.toString(),
                "--learners", "perceptron", "--epochs", "2", "--json", "--quiet");
        assertEquals(0, r.code(), r.err());
        // it scored 8 of the 9 tokens, the XX one left out without a word
        assertTrue(r.out().contains("\"n\":9,"), r.out());
        assertTrue(r.out().contains("\"gold_tags_not_in_training\":{\"XX\":1}"), r.out());
        assertTrue(r.err().contains("warning: " + test + ": 1 of 9 gold tokens have a tag the training data does not have, "
                + "scored as errors: XX 1"), r.err());
        String json = r.out();
        double accuracy = Double.parseDouble(json.replaceAll("(?s).*\"accuracy\":([0-9.]+).*", "$1"));
        assertEquals(Math.round(accuracy * 9), accuracy * 9, 1e-4, "right tokens out of 9: " + accuracy);
    }
    @Test
    void compareMacroF1CountsTestTagsTheTrainingDataLacks() throws IOException {
        // every test tag is one training never gives: no tag is right, so macro-F1 is 0, as eval scores it
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(CliTest.DEV))) {
            String[] f = line.split("\t", -1);
            if (f.length == 10 && f[0].matches("[0-9]+")) {
                f[4] = "XX";
                line = String.join("\t", f);
            }
            sb.append(line).append('\n');
        }
        Path test = Files.writeString(dir.resolve("dev-all-xx.conllu"), sb.toString());
        CliTest.Run r = CliTest.run("compare", "--task", "pos", "--data", CliTest.TRAIN, "--test", test.toString(),
                "--learners", "perceptron", "--epochs", "2", "--json", "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"n\":9,\"accuracy\":0,\"macro_f1\":0,"), r.out()); // macro_f1 was null (NaN)
    }

    @Test
    void compareSaysItsAccuracyIsNotTaggingAccuracy() {
        // compare classifies each test token given its gold previous tags (the early-stopping measure): higher than
        // eval's, which tags whole sentences; its table said "accuracy" and nothing else
        CliTest.Run r = CliTest.run("compare", "--task", "pos", "--data", CliTest.TRAIN, "--test", CliTest.DEV,
                "--learners", "perceptron", "--epochs", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("each test token classified given its gold previous tags"), r.err());
        assertTrue(r.out().startsWith("learner "), r.out()); // a note on stderr, the table alone on stdout
    }
}
