package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankCliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The command ends with this usage error: one line "tagrank: EXPECTED", exit 1. */
    static void assertUsage(String expected, String... args) {
        Run r = run(args);
        org.junit.jupiter.api.Assertions.assertEquals("tagrank: " + expected + "\n", r.err(), String.join(" ", args));
        org.junit.jupiter.api.Assertions.assertEquals(ExitCodes.USAGE, r.code(), String.join(" ", args));
    }

    static String resource(String name) {
        try {
            return Path.of(RankCliTest.class.getResource("/org/tagrank/task/rank/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void helpNamesEveryTaskRankAccepts() {
        Run help = run("rank", "--help");
        assertEquals(0, help.code(), help.err());
        String task = help.out().replaceAll("(?s).*(--task=<task>.*?)(\\n\\s+--top-k|$).*", "$1").replaceAll("\\s+", " ");
        for (RankHandler h : RankHandler.all()) {
            assertTrue(task.matches(".*\\b" + h.name() + "\\b.*"), h.name() + " in: " + task);
        }
    }

    @Test
    void genericRankingTrainEvalRank() {
        String model = dir.resolve("r.lin.zip").toString();
        Run t = run("train", "--task", "rank", "--data", resource("tiny-rank.tsv"), "--learner", "lr", "--epochs", "20",
                "--quiet", "--out", model);
        assertEquals(0, t.code(), t.err());
        Run e = run("eval", "--task", "rank", "--model", model, "--data", resource("tiny-rank.tsv"), "--json");
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().startsWith("{\"task\":\"rank\""), e.out());
        assertTrue(e.out().contains("\"n\":6") && e.out().contains("\"accuracy\":1") && e.out().contains("\"mrr\":1"),
                e.out());
        Run plain = run("eval", "--task", "rank", "--model", model, "--data", resource("tiny-rank.tsv"), "--quiet");
        assertEquals(0, plain.code(), plain.err());
        assertEquals(model + ": P@1 100.00% over 6 examples, MRR 1.0000\n", plain.out(), "JSON only with --json");
        Run r = run("rank", "--task", "rank", "--model", model, resource("tiny-rank.tsv"));
        assertEquals(0, r.code(), r.err());
        assertEquals(1 + 15, r.lines().size(), r.out());
        assertEquals("#example_id\trank\tcandidate\tprobability\tscore\tgold", r.lines().get(0));
        assertTrue(r.lines().get(1).startsWith("q1\t1\ta\t"), r.lines().get(1));
        assertTrue(r.lines().get(1).endsWith("\t1"), r.lines().get(1));
        Run top = run("rank", "--model", model, "--top-k", "1", "--explain", "2", resource("tiny-rank.tsv"));
        assertEquals(0, top.code(), top.err());
        long ranked = top.lines().stream().filter(l -> !l.startsWith("#")).count();
        assertEquals(6, ranked);
        assertTrue(top.lines().stream().anyMatch(l -> l.startsWith("#\tq1\ta\tmatch\t")), top.out());
    }

    @Test
    void explainTakesOnlyAnIntegerAsItsCountAndLeavesTheInputFile() {
        String model = dir.resolve("r.lin.zip").toString();
        assertEquals(0, run("train", "--task", "rank", "--data", resource("tiny-rank.tsv"), "--learner", "lr", "--epochs",
                "20", "--quiet", "--out", model).code());
        String in = resource("tiny-rank.tsv");
        // --explain IN failed with "'IN' is not an int"
        String[][] fives = {{"--explain", in}, {in, "--explain"}, {"--explain", "--top-k", "1", in}};
        String[][] ones = {{"--explain", "1", in}, {"--explain=1", in}, {in, "--explain", "1"}};
        for (String[][] group : new String[][][]{fives, ones}) {
            for (String[] args : group) {
                String[] all = new String[args.length + 5];
                System.arraycopy(new String[]{"rank", "--task", "rank", "--model", model}, 0, all, 0, 5);
                System.arraycopy(args, 0, all, 5, args.length);
                Run r = run(all);
                assertEquals(0, r.code(), Arrays.toString(args) + ": " + r.err());
                long perCandidate = r.lines().stream().filter(l -> l.startsWith("#\tq1\ta\t")).count();
                long features = r.lines().stream().filter(l -> l.startsWith("#\tq1\t")).map(l -> l.split("\t")[3])
                        .distinct().count();
                assertEquals(Math.min(group == fives ? 5 : 1, features), perCandidate, Arrays.toString(args) + "\n" + r.out());
                assertTrue(features > 1, "the model must have more features than --explain 1 shows: " + r.out());
            }
        }
        Run bad = run("rank", "--task", "rank", "--model", model, "--explain", "-2", in);
        assertEquals(1, bad.code(), bad.err());
        assertTrue(bad.err().contains("--explain must be >= 0, got -2"), bad.err());
    }

    @Test
    void mctestTrainEvalAndRank() {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.tagrank.io.WordNet.locate().isPresent(),
                "WordNet 3.0 not found in " + org.tagrank.io.WordNet.defaultDir() + " (apt-get install wordnet-base or set TAGRANK_WORDNET): MCTest features need it");
        String model = dir.resolve("m.lin.zip").toString();
        String data = resource("tiny-mctest.tsv");
        Run t = run("train", "--task", "mctest", "--data", data, "--dev", data, "--learner", "perceptron", "--quiet",
                "--out", model);
        assertEquals(0, t.code(), t.err());
        Run info = run("info", "--model", model);
        assertTrue(info.out().contains("trainer.dev_ties=share"), "early stopping scores dev ties 1/t: " + info.out());
        Path copy = dir.resolve("copy.tsv"); // a second file of the same 8 questions: a file named twice is refused
        try {
            Files.copy(Path.of(data), copy);
            Files.copy(Path.of(data.replace(".tsv", ".ans")), dir.resolve("copy.ans"));
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        Run e = run("eval", "--task", "mctest", "--model", model, "--data", data + "," + copy, "--json");
        assertEquals(0, e.code(), e.err());
        for (String key : List.of("\"task\":\"mctest\"", "\"n\":16", "\"accuracy\":", "\"accuracy_one\":",
                "\"accuracy_multiple\":")) {
            assertTrue(e.out().contains(key), key + " in " + e.out());
        }
        Run b = run("eval", "--task", "mctest", "--param", "baseline=swd", "--data", data, "--json");
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().contains("\"baseline\":\"swd\"") && b.out().contains("\"n\":8"), b.out());
        Run plain = run("eval", "--task", "mctest", "--param", "baseline=swd", "--data", data, "--quiet");
        assertEquals(0, plain.code(), plain.err());
        assertTrue(plain.out().matches("baseline swd: accuracy [0-9.]+% over 8 questions \\(one: [0-9.]+% of \\d+, "
                + "multiple: [0-9.]+% of \\d+\\), MRR [0-9.]+\n"), "JSON only with --json: " + plain.out());
        Run r = run("rank", "--task", "mctest", "--model", model, "--top-k", "1", data);
        assertEquals(0, r.code(), r.err());
        assertEquals(1 + 8, r.lines().size(), r.out());
        assertTrue(r.lines().get(0).endsWith("\ttext"));
        assertTrue(r.lines().get(1).startsWith("made-up.0.q1\t1\t"), r.lines().get(1));
    }

    @Test
    void aQuestionTypeWithNoQuestionsIsReportedAsNotApplicableNotNaN() throws Exception {
        Path tsv = dir.resolve("one-only.tsv");
        Files.writeString(tsv, Files.readString(Path.of(resource("tiny-mctest.tsv"))).replace("multiple:", "one:"));
        Files.copy(Path.of(resource("tiny-mctest.ans")), dir.resolve("one-only.ans"));
        Run plain = run("eval", "--task", "mctest", "--param", "baseline=sw", "--data", tsv.toString(), "--quiet");
        assertEquals(0, plain.code(), plain.err());
        // it said "multiple: NaN% of 0"; the JSON has null there
        assertTrue(plain.out().matches("baseline sw: accuracy [0-9.]+% over 8 questions \\(one: [0-9.]+% of 8, "
                + "multiple: n/a of 0\\), MRR [0-9.]+\n"), plain.out());
    }

    @Test
    void compareOnMctestScoresTiesAsEvalDoes() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.tagrank.io.WordNet.locate().isPresent(),
                "WordNet 3.0 not found: MCTest features need it");
        // answers of made-up words the story never mentions: every answer gets the same features, a four-way tie
        StringBuilder story = new StringBuilder("nonsense.0\tp\tTom had a red ball. He played in the park.");
        for (String q : List.of("one: Where did the zorb go?", "one: What did the blick want?",
                "multiple: Who saw the flurp?", "multiple: Why was the glax sad?")) {
            story.append('\t').append(q).append("\tzzq\tqqx\txxv\tvvz");
        }
        Path test = dir.resolve("tied.tsv");
        Files.writeString(test, story + "\n");
        Files.writeString(dir.resolve("tied.ans"), "A\tA\tA\tA\n");
        String model = dir.resolve("m.lin.zip").toString();
        String data = resource("tiny-mctest.tsv");
        Run t = run("train", "--task", "mctest", "--data", data, "--learner", "perceptron", "--quiet", "--out", model);
        assertEquals(0, t.code(), t.err());
        Run e = run("eval", "--task", "mctest", "--model", model, "--data", test.toString(), "--json", "--quiet");
        assertTrue(e.out().contains("\"accuracy\":0.25,") && e.out().contains("\"mrr\":0.520833"), e.out());
        Run c = run("compare", "--task", "mctest", "--data", data, "--test", test.toString(), "--learners", "perceptron",
                "--json", "--quiet");
        assertEquals(0, c.code(), c.err());
        // the gold answer came first in input order, so each tie was a win: accuracy 1, MRR 1
        assertTrue(c.out().contains("\"accuracy\":0.25,") && c.out().contains("\"mrr\":0.520833"), c.out());
    }

    @Test
    void badInputGivesOneLineAndExitCodes() throws Exception {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "e\ta\t1\tf=1\ne\tb\tyes\tf=2\n");
        String model = dir.resolve("r.lin.zip").toString();
        Run t = run("train", "--task", "rank", "--data", bad.toString(), "--out", model);
        assertEquals(ExitCodes.BAD_DATA, t.code());
        assertEquals("tagrank: " + bad + ":2: gold must be 1, 0 or ?, got 'yes'\n", t.err());
        assertFalse(Files.exists(Path.of(model)));
        Run u = run("rank", "--task", "nope", "--model", model, bad.toString());
        assertEquals(ExitCodes.USAGE, u.code());
        assertTrue(u.err().contains("unknown task 'nope' (known: rank, mctest"), u.err());
        Run m = run("rank", "--task", "rank", "--model", dir.resolve("missing.zip").toString(), bad.toString());
        assertEquals(ExitCodes.BAD_MODEL, m.code(), m.err());
        Run noModel = run("rank", "--task", "rank", bad.toString());
        assertEquals(ExitCodes.USAGE, noModel.code(), noModel.err());
        Run wrong = run("eval", "--task", "mctest", "--param", "baseline=xyz", "--data", resource("tiny-mctest.tsv"));
        assertEquals(ExitCodes.USAGE, wrong.code(), wrong.err());
    }

    /** A ranking task has no macro-F1: the compare table says so instead of printing "NaN%". */
    @Test
    void compareOnARankingTaskPrintsNoNaN() {
        Run r = run("compare", "--task", "rank", "--data", resource("tiny-rank.tsv"), "--test", resource("tiny-rank.tsv"),
                "--learners", "lr-lbfgs,perceptron", "--quiet");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertFalse(r.out().contains("NaN"), r.out());
        assertEquals(3, r.lines().size(), r.out());
        for (String line : r.lines().subList(1, 3)) {
            assertTrue(line.matches("\\S+ +[0-9.]+% +n/a +[0-9.]+ +[0-9]+ +[0-9]+"), line);
        }
    }

    /** A learner named twice trained and printed the same row twice; it is a usage error before any work. */
    @Test
    void compareRefusesALearnerNamedTwice() {
        Run r = run("compare", "--task", "rank", "--data", resource("tiny-rank.tsv"), "--test", resource("tiny-rank.tsv"),
                "--learners", "perceptron,lr-lbfgs,perceptron", "--quiet");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("--learners names perceptron twice"), r.err());
        assertEquals("", r.out());
    }

    /**
     * {@code compare --task rank} without {@code --learners} (README: "trains every learner") stopped with "svm-cost
     * needs a label task": the default list now leaves out the learners a candidate task cannot train.
     */
    @Test
    void compareOnARankingTaskWithTheDefaultLearnersRunsTheOnesThatApply() {
        Run r = run("compare", "--task", "rank", "--data", resource("tiny-rank.tsv"), "--test", resource("tiny-rank.tsv"),
                "--epochs", "1", "--quiet");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> learners = new java.util.ArrayList<>();
        for (String line : r.lines().subList(1, r.lines().size())) {
            learners.add(line.split(" +")[0]);
        }
        assertEquals(List.of("lr-sgd", "lr-adagrad", "lr-lbfgs", "svm", "perceptron", "ova"), learners);
    }

    /** --cost goes to the svm-cost row, which a ranking task does not have: it must not be dropped without a word. */
    @Test
    void compareCostWithoutAnSvmCostRowIsAUsageError() {
        Run r = run("compare", "--task", "rank", "--data", resource("tiny-rank.tsv"), "--test", resource("tiny-rank.tsv"),
                "--epochs", "1", "--cost", "a:b=2", "--quiet");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("tagrank: --cost is for the svm-cost row, which is not among the learners compared\n", r.err());
    }

    /** Candidates that never differ (values of 0 are no features) were trained into a zero model, exit 0. */
    @Test
    void dataWhoseCandidatesNeverDifferAreRefused() {
        String data = resource("alike-candidates.tsv");
        Path model = dir.resolve("alike.lin.zip");
        Run t = run("train", "--task", "rank", "--data", data, "--learner", "lr", "--quiet", "--out", model.toString());
        assertEquals(ExitCodes.BAD_DATA, t.code(), t.err());
        assertEquals("tagrank: no training example has candidates whose features differ: there is nothing to rank (the "
                + "model would score every candidate alike)\n", t.err());
        assertFalse(Files.exists(model));
    }
}
