package org.tagrank.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.learn.CostMatrix;
import org.tagrank.core.LabelSet;
import org.tagrank.task.classify.SyntheticDocs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassifyCommandTest {
    @TempDir
    static Path dir;
    static Path model;
    static Path train;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void trainModel() throws IOException {
        train = dir.resolve("train.tsv");
        SyntheticDocs.write(SyntheticDocs.make(30, 1), train);
        model = dir.resolve("m.lin.zip");
        Result r = run("train", "--task", "classify", "--data", train.toString(), "--learner", "svm",
                "--optimizer", "sgd", "--l2", "1e-4", "--learning-rate", "1", "--epochs", "4", "--quiet",
                "--param", "templates=unigram,bigram,subject", "--out", model.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void documentsWithoutAKnownFeatureAreCountedOnStderr() throws IOException {
        // all labels score 0 for them: the first label at 1/labels, which read like a prediction
        Path in = dir.resolve("unknown.txt");
        Files.writeString(in, "the rocket launch to the planet\nxyzzy plugh\n\n");
        Result r = run("classify", "--model", model.toString(), in.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().split("\n").length, r.out()); // every line still classified
        assertTrue(r.err().startsWith("warning: 2 of 3 documents have no feature the model knows"), r.err());
        Path known = dir.resolve("known.txt");
        Files.writeString(known, "the rocket launch to the planet\n");
        Result k = run("classify", "--model", model.toString(), known.toString(), "--quiet");
        assertEquals("", k.err());
    }

    @Test
    void classifiesOneDocumentPerLine() throws IOException {
        Path in = dir.resolve("in.txt");
        Files.writeString(in, "the rocket launch to the planet\nthe doctor gave the patients a drug\n\n");
        Result r = run("classify", "--model", model.toString(), in.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].matches("sci\\.space\t0\\.\\d{4}"), lines[0]);
        assertTrue(lines[1].matches("sci\\.med\t0\\.\\d{4}"), lines[1]);
    }

    @Test
    void topKPrintsKPairs() throws IOException {
        Path in = dir.resolve("in2.txt");
        Files.writeString(in, "the coach of the team\n");
        Result r = run("classify", "--model", model.toString(), "--top-k", "3", in.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        String[] f = r.out().strip().split("\t");
        assertEquals(6, f.length);
        assertEquals("rec.sport", f[0]);
        double sum = Double.parseDouble(f[1]) + Double.parseDouble(f[3]) + Double.parseDouble(f[5]);
        assertEquals(1.0, sum, 1e-3);
    }

    @Test
    void evalPrintsOneJsonObject() {
        Result r = run("eval", "--task", "classify", "--model", model.toString(), "--data", train.toString(), "--json", "--quiet");
        assertEquals(0, r.code(), r.err());
        String json = r.out().strip();
        assertFalse(json.contains("\n"));
        for (String key : new String[]{"\"task\":\"classify\"", "\"n\":90", "\"accuracy\":", "\"macro_f1\":"}) {
            assertTrue(json.contains(key), json);
        }
    }

    /** The report file holds what the text report shows: it held per-label F1 only, as --json did. */
    @Test
    void evalReportHasPerLabelPrecisionRecallSupportAndConfusions() throws IOException {
        Path report = dir.resolve("report.json");
        Path docs = dir.resolve("confused.tsv");
        Files.writeString(docs, "sci.med\tthe rocket launch to the planet\nsci.space\tthe rocket launch to the planet\n");
        Result r = run("eval", "--task", "classify", "--model", model.toString(), "--data", docs.toString(),
                "--report", report.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        String json = Files.readString(report);
        for (String key : new String[]{"\"per_label_f1\":", "\"per_label\":[{\"label\":\"sci.med\",\"support\":1,"
                + "\"precision\":0,\"recall\":0,\"f1\":0}", "\"top_confusions\":[{\"gold\":\"sci.med\",\"predicted\":"
                + "\"sci.space\",\"count\":1}]"}) {
            assertTrue(json.contains(key), json);
        }
    }

    /**
     * eval's text report is data, on stdout as task pos's is: the per-label table and the confusions went to stderr as
     * progress, so 'eval ... > report.txt' kept one summary line and --quiet dropped the table altogether.
     */
    @Test
    void evalTextReportIsOnStdoutAndStaysWithQuiet() throws IOException {
        Path docs = dir.resolve("confused2.tsv");
        Files.writeString(docs, "sci.med\tthe rocket launch to the planet\nsci.space\tthe rocket launch to the planet\n");
        Result r = run("eval", "--task", "classify", "--model", model.toString(), "--data", docs.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String[] lines = r.out().split("\n");
        assertEquals(model + ": n 2, accuracy 50.00%, macro-F1 33.33%", lines[0]);
        assertTrue(lines[1].matches("label +support +precision +recall +F1"), lines[1]);
        assertTrue(r.out().contains("\nsci.med                 1     0.00%     0.00%     0.00%\n"), r.out());
        assertTrue(r.out().contains("most frequent confusions (gold -> predicted):\n  sci.med  -> sci.space      1\n"),
                r.out());
        Result loud = run("eval", "--task", "classify", "--model", model.toString(), "--data", docs.toString());
        assertEquals(r.out(), loud.out());
        assertFalse(loud.err().contains("precision"), loud.err());
    }

    @Test
    void errorsGiveOneLineAndExitCodes() throws IOException {
        Result missing = run("classify", "--model", dir.resolve("nope.zip").toString(), "--quiet");
        assertEquals(3, missing.code());
        assertEquals(1, missing.err().strip().split("\n").length, missing.err());

        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "sci.med\tok\nno tab\n");
        Result badData = run("eval", "--task", "classify", "--model", model.toString(), "--data", bad.toString());
        assertEquals(2, badData.code());
        assertTrue(badData.err().contains(bad + ":2:"), badData.err());

        Result usage = run("classify", "--model", model.toString(), "--top-k", "0");
        assertEquals(1, usage.code());

        Result param = run("train", "--task", "classify", "--data", train.toString(), "--param", "weighting=bm25",
                "--out", dir.resolve("x.zip").toString());
        assertEquals(1, param.code());
        assertTrue(param.err().contains("bm25"), param.err());
    }

    @Test
    void aBadTemplatesFileIsBadDataAsForPos() throws IOException {
        // exit 1, the usage code, where train --task pos gives 2 for the same file:line error
        Path t = Files.writeString(dir.resolve("templates.txt"), "unigram\nbogus\n");
        Result r = run("train", "--task", "classify", "--data", train.toString(), "--templates", t.toString(), "--quiet",
                "--out", dir.resolve("t.zip").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("tagrank: " + t + ":2: unknown feature template 'bogus'"), r.err());
    }

    @Test
    void compareNamesTheParamOfABadCutoff() {
        Result r = run("compare", "--task", "classify", "--data", train.toString(), "--test", train.toString(),
                "--learners", "svm", "--param", "cutoff=0", "--quiet");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("tagrank: --param cutoff must be >= 1, got 0\n", r.err()); // it said 'cutoff must be >= 1'
    }

    @Test
    void defaultCostIsCheaperWithinAHierarchy() {
        LabelSet labels = LabelSet.of("comp.graphics", "comp.windows.x", "rec.autos");
        CostMatrix m = new ClassifyTaskCli().defaultCost(labels);
        assertEquals(0.5, m.cost(null, 0, 1));
        assertEquals(1.0, m.cost(null, 0, 2));
        assertEquals(0.0, m.cost(null, 2, 2));
    }

    @Test
    void aDevOrTestLabelTheTrainingDataLacksIsBadDataAtItsLine() throws IOException {
        Path docs = dir.resolve("two-labels.tsv");
        Files.writeString(docs, "sport\tthe game was great\ncomp\tmy computer crashed\n");
        Path other = dir.resolve("other-label.tsv");
        Files.writeString(other, "sport\ta game\npolitics\tvote now\n");
        Result dev = run("train", "--task", "classify", "--data", docs.toString(), "--dev", other.toString(), "--quiet",
                "--out", dir.resolve("never.lin.zip").toString());
        assertEquals(ExitCodes.BAD_DATA, dev.code(), dev.err());
        assertEquals("tagrank: " + other + ":2: label 'politics' is not in the training data\n", dev.err());
        Result test = run("compare", "--task", "classify", "--data", docs.toString(), "--test", other.toString(),
                "--learners", "lr-sgd", "--quiet");
        assertEquals(ExitCodes.BAD_DATA, test.code(), test.err());
        assertEquals("tagrank: " + other + ":2: label 'politics' is not in the training data\n", test.err());
    }

    @Test
    void theManifestNamesTheDataAndDevFilesWithTheirSumsUnderTheSharedKeys() throws IOException {
        Path dev = dir.resolve("dev-docs.tsv");
        SyntheticDocs.write(SyntheticDocs.make(5, 2), dev);
        Path out = dir.resolve("with-dev.lin.zip");
        Result t = run("train", "--task", "classify", "--data", train.toString(), "--dev", dev.toString(), "--epochs", "2",
                "--quiet", "--out", out.toString());
        assertEquals(0, t.code(), t.err());
        String info = run("info", "--model", out.toString()).out();
        assertTrue(info.contains("\ntrain.data=train.tsv\n"), info);
        assertTrue(info.contains("\ntrain.data.sha256="), info);
        assertTrue(info.contains("\ndev.data=dev-docs.tsv\ndev.data.sha256="), info);
    }
}
