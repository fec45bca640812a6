package org.tagrank.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.testutil.Fixtures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    @TempDir
    static Path dir;
    static Path model;
    static final String TRAIN = Fixtures.resource("org/tagrank/task/pos/tiny-train.conllu").toString();
    static final String DEV = Fixtures.resource("org/tagrank/task/pos/tiny-dev.conllu").toString();

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void trainModel() {
        model = dir.resolve("tiny.lin.zip");
        Run r = run("train", "--task", "pos", "--data", TRAIN, "--dev", DEV, "--learner", "perceptron", "--epochs", "5",
                "--out", model.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("epoch 1/5"), "progress on stderr: " + r.err());
        assertTrue(r.err().contains("dev-acc per epoch: each dev token classified given its gold previous tags"), r.err());
        assertEquals("", r.out(), "nothing on stdout");
    }

    @Test
    void gzipCompressedInputsReadAsTheirText() throws java.io.IOException {
        // a .conllu.gz was 'not valid UTF-8' at line 1 (CoreNLP reads .gz inputs as their text)
        Path gz = Files.write(dir.resolve("dev.conllu.gz"), org.tagrank.io.GzipInputTest.gzip(Files.readAllBytes(Path.of(DEV))));
        Run plain = run("eval", "--task", "pos", "--model", model.toString(), "--data", DEV, "--json");
        Run zipped = run("eval", "--task", "pos", "--model", model.toString(), "--data", gz.toString(), "--json");
        assertEquals(0, zipped.code(), zipped.err());
        assertEquals(plain.out(), zipped.out());
        Path text = Files.write(dir.resolve("t.txt.gz"), org.tagrank.io.GzipInputTest.gzip(
                "The dog runs .\n".getBytes(StandardCharsets.UTF_8)));
        Run tagged = run("tag", "--model", model.toString(), "--input-format", "tokens", "--quiet", text.toString());
        assertEquals(0, tagged.code(), tagged.err());
        assertEquals(4, tagged.out().strip().split(" ").length, tagged.out());
        Files.write(text, java.util.Arrays.copyOf(Files.readAllBytes(text), 12)); // cut
        Run cut = run("tag", "--model", model.toString(), "--input-format", "tokens", "--quiet", text.toString());
        assertEquals(2, cut.code(), cut.err());
        assertTrue(cut.err().startsWith("tagrank: " + text + ": corrupt or cut gzip data"), cut.err());
    }

    @Test
    void evalJsonIsOneObjectWithTheRequiredKeys() {
        Run r = run("eval", "--task", "pos", "--model", model.toString(), "--data", DEV, "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().lines().anyMatch(("model: file " + model)::equals), "says where the model came from: " + r.err());
        String json = r.out().strip();
        assertEquals(1, json.lines().count());
        for (String key : List.of("\"task\":\"pos\"", "\"n\":9", "\"accuracy\":", "\"unknown_accuracy\":", "\"sentence_accuracy\":")) {
            assertTrue(json.contains(key), key + " in " + json);
        }
    }

    @Test
    void evalListsMisclassifiedSentencesOnStderr() throws IOException {
        // dev-2 with a tag no model predicts for "She": that sentence must be listed, at its first line
        String dev = Files.readString(Path.of(DEV));
        Path gold = dir.resolve("planted.conllu");
        Files.writeString(gold, dev.replace("1\tShe\t_\tPRON\tPRP", "1\tShe\t_\tPRON\tWP$"));
        Run r = run("eval", "--task", "pos", "--model", model.toString(), "--data", gold.toString(), "--json", "--misclassified");
        assertEquals(0, r.code(), r.err());
        List<String> listed = r.err().lines().filter(l -> l.contains(" wrong: ")).toList();
        double sentenceAccuracy = Double.parseDouble(r.out().replaceAll("(?s).*\"sentence_accuracy\":([0-9.]+).*", "$1"));
        assertEquals(Math.round(2 * (1 - sentenceAccuracy)), listed.size(), r.err());
        String planted = listed.stream().filter(l -> l.startsWith(gold + ":8: ")).findFirst().orElseThrow();
        assertTrue(planted.contains(" of 5 wrong: She_WP$->"), planted);
        assertTrue(planted.matches(".*: \\d of 5 wrong: \\S+( \\S+){4}"), planted);

        Run refused = run("eval", "--task", "classify", "--data", gold.toString(), "--misclassified");
        assertEquals(ExitCodes.USAGE, refused.code());
        assertTrue(refused.err().contains("--misclassified is for task pos"), refused.err());
    }

    @Test
    void trainTakesAnOpenNlpParametersFile() throws IOException {
        Path params = dir.resolve("params.txt");
        Files.writeString(params, "# OpenNLP style\nAlgorithm=MAXENT_QN\nIterations=7\nCutoff=2\n\nTrainerType=Event\n");
        Path out = dir.resolve("params.lin.zip");
        Run r = run("train", "--task", "pos", "--data", TRAIN, "--params", params.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String info = run("info", "--model", out.toString()).out();
        for (String entry : List.of("trainer.learner=lr", "trainer.optimizer=lbfgs", "trainer.epochs=7", "pos.cutoff=2")) {
            assertTrue(info.lines().anyMatch(entry::equals), entry + " in " + info);
        }

        Files.writeString(params, "Cutoff=0\n"); // OpenNLP: keep features seen >= 0 times, i.e. all of them
        Run zero = run("train", "--task", "pos", "--data", TRAIN, "--params", params.toString(), "--epochs", "2",
                "--out", out.toString());
        assertEquals(0, zero.code(), zero.err());
        assertTrue(run("info", "--model", out.toString()).out().lines().anyMatch("pos.cutoff=1"::equals));
        Files.writeString(params, "Cutoff=-1\n");
        Run negative = run("train", "--task", "pos", "--data", TRAIN, "--params", params.toString(), "--out", out.toString());
        assertEquals(ExitCodes.USAGE, negative.code());
        assertTrue(negative.err().contains("Cutoff must be a whole number >= 0, got '-1'"), negative.err());

        Files.writeString(params, "Iterations=7\nUseSkippedAveraging=true\n");
        Run unknown = run("train", "--task", "pos", "--data", TRAIN, "--params", params.toString(), "--out", out.toString());
        assertEquals(ExitCodes.USAGE, unknown.code());
        assertTrue(unknown.err().contains(params + ":2: 'UseSkippedAveraging' has no TagRank equivalent"), unknown.err());

        Files.writeString(params, "Iterations=7\n");
        Run both = run("train", "--task", "pos", "--data", TRAIN, "--params", params.toString(), "--epochs", "3",
                "--out", out.toString());
        assertEquals(ExitCodes.USAGE, both.code());
        assertTrue(both.err().contains("--epochs and the --params file's Iterations both set it"), both.err());
    }

    @Test
    void trainWithFoldsCrossValidatesWithoutWritingAModel() throws IOException {
        Run r = run("train", "--task", "pos", "--data", TRAIN, "--folds", "2", "--epochs", "3", "--json");
        assertEquals(0, r.code(), r.err());
        String json = r.out().strip();
        assertEquals(1, json.lines().count(), json);
        java.util.regex.Matcher fold = java.util.regex.Pattern
                .compile("\\{\"fold\":(\\d+),\"n\":(\\d+),\"accuracy\":([0-9.Ee-]+)").matcher(json);
        long n = 0;
        double right = 0;
        int folds = 0;
        while (fold.find()) {
            folds++;
            assertEquals(folds, Integer.parseInt(fold.group(1)));
            n += Long.parseLong(fold.group(2));
            right += Long.parseLong(fold.group(2)) * Double.parseDouble(fold.group(3));
        }
        assertEquals(2, folds, json);
        long words = Files.readAllLines(Path.of(TRAIN)).stream().filter(l -> l.matches("\\d+\t.*")).count();
        assertEquals(words, n, "every syntactic word is scored in exactly one fold");
        assertTrue(json.startsWith("{\"task\":\"pos\",\"n\":" + words + ",\"accuracy\":"), json);
        double pooled = Double.parseDouble(json.replaceAll("^\\{[^{]*?\"accuracy\":([0-9.Ee-]+),.*", "$1"));
        assertEquals(right / n, pooled, 1e-5, "the pooled accuracy is the token-weighted mean of the folds'");

        Run withOut = run("train", "--task", "pos", "--data", TRAIN, "--folds", "2", "--out", dir.resolve("x.lin.zip").toString());
        assertEquals(ExitCodes.USAGE, withOut.code());
        assertTrue(withOut.err().contains("leave out --out"), withOut.err());
        Run noOut = run("train", "--task", "pos", "--data", TRAIN);
        assertEquals(ExitCodes.USAGE, noOut.code());
        assertTrue(noOut.err().contains("--out MODEL"), noOut.err());
    }

    @Test
    void infoPrintsTheManifest() {
        Run r = run("info", "--model", model.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("task=pos"));
        assertTrue(r.out().contains("trainer.learner=perceptron"));
        assertTrue(r.out().contains("train.data.sha256="));
        // the command as given, once
        assertTrue(r.out().contains("train.command=tagrank train --task pos --data "), r.out());

        // --task with --model: that model, checked to be of that task (it showed the model whatever the task)
        assertEquals(r.out(), run("info", "--task", "pos", "--model", model.toString()).out());
        Run wrong = run("info", "--task", "classify", "--model", model.toString());
        assertEquals(ExitCodes.BAD_MODEL, wrong.code(), wrong.err());
        assertEquals("", wrong.out());
        assertTrue(wrong.err().contains("this is a 'pos' model, not a 'classify' model"), wrong.err());
    }

    @Test
    void taggingKeepsOrderWithThreadsAndWritesAtomically() throws IOException {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            in.append(i % 2 == 0 ? "The cat sleeps ." : "She reads a book " + i + " .").append('\n');
        }
        Path input = dir.resolve("in.txt");
        Files.writeString(input, in);
        Path one = dir.resolve("one.txt");
        Path four = dir.resolve("four.txt");
        assertEquals(0, run("tag", "--model", model.toString(), "--input-format", "tokens", "--threads", "1", "-o", one.toString(),
                input.toString()).code());
        assertEquals(0, run("tag", "--model", model.toString(), "--input-format", "tokens", "--threads", "4", "-o", four.toString(),
                input.toString()).code());
        List<String> lines = Files.readAllLines(four);
        assertEquals(2000, lines.size());
        assertTrue(lines.get(1).contains("_" ) && lines.get(1).contains(" 1_"), lines.get(1));
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(four));
    }

    @Test
    void blankTokenLinesStayLineAlignedInWordTagOutputAndAreNoSentenceElsewhere() throws IOException {
        Path input = dir.resolve("blanks.txt");
        Files.writeString(input, "The cat sleeps .\n\n   \nShe reads .\n\n");
        Run wordTag = run("tag", "--model", model.toString(), "--input-format", "tokens", "--output-format", "word_tag",
                input.toString());
        assertEquals(0, wordTag.code(), wordTag.err());
        List<String> lines = wordTag.out().lines().toList();
        assertEquals(5, lines.size(), wordTag.out());
        assertTrue(lines.get(0).startsWith("The_") && lines.get(3).startsWith("She_"), wordTag.out());
        assertEquals(List.of("", "", ""), List.of(lines.get(1), lines.get(2), lines.get(4)));
        Run tsv = run("tag", "--model", model.toString(), "--input-format", "tokens", "--output-format", "tsv", input.toString());
        assertEquals(0, tsv.code(), tsv.err());
        assertEquals(2, tsv.out().split("\n\n", -1).length - 1, "two sentences, each ending in a blank line: " + tsv.out());
    }

    @Test
    void invalidUtf8NamesFileAndLine() throws IOException {
        Path input = dir.resolve("latin1.txt");
        Files.write(input, new byte[]{'O', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        Run r = run("tag", "--model", model.toString(), "--input-format", "tokens", input.toString());
        assertEquals(ExitCodes.BAD_DATA, r.code());
        assertEquals("tagrank: " + input + ":2: not valid UTF-8", r.err().strip());
    }

    @Test
    void conlluPassThroughKeepsOtherColumnsAndComments() throws IOException {
        Path out = dir.resolve("dev.out.conllu");
        Run r = run("tag", "--model", model.toString(), "--input-format", "conllu", "-o", out.toString(), DEV);
        assertEquals(0, r.code(), r.err());
        List<String> got = Files.readAllLines(out);
        List<String> src = Files.readAllLines(Path.of(DEV));
        assertEquals(src.size(), got.size());
        for (int i = 0; i < src.size(); i++) {
            String[] a = src.get(i).split("\t", -1);
            String[] b = got.get(i).split("\t", -1);
            assertEquals(a.length, b.length);
            for (int c = 0; c < a.length; c++) {
                if (a.length == 10 && !a[0].contains("-") && !a[0].contains(".") && (c == 3 || c == 4)) {
                    continue;
                }
                assertEquals(a[c], b[c], "line " + (i + 1) + " column " + (c + 1));
            }
        }
    }

    @Test
    void badInputStopsWithFileAndLineAndLeavesNoOutputFile() throws IOException {
        Path input = dir.resolve("bad.txt");
        Files.writeString(input, "The_DT cat_NN\nbroken line here\n");
        Path out = dir.resolve("never.txt");
        Run r = run("tag", "--model", model.toString(), "--input-format", "word_tag", "-o", out.toString(), input.toString());
        assertEquals(ExitCodes.BAD_DATA, r.code());
        assertEquals("tagrank: " + input + ":2: token 'broken' is not word_TAG", r.err().strip());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "temporary file removed");
        }
    }

    @Test
    void exitCodesForUsageDataAndModelErrors() throws IOException {
        Run usage = run("eval", "--task", "nope", "--data", DEV);
        assertEquals(ExitCodes.USAGE, usage.code());
        assertTrue(usage.err().startsWith("tagrank: unknown task 'nope'"), usage.err());
        assertEquals(1, usage.err().strip().lines().count(), "one line, no stack trace");
        assertEquals(ExitCodes.USAGE, run("train", "--task", "pos").code());
        Run missing = run("eval", "--task", "pos", "--model", dir.resolve("none.zip").toString(), "--data", DEV);
        assertEquals(ExitCodes.BAD_MODEL, missing.code());
        Path corrupt = dir.resolve("corrupt.lin.zip");
        Files.write(corrupt, java.util.Arrays.copyOf(Files.readAllBytes(model), 100));
        Run bad = run("eval", "--task", "pos", "--model", corrupt.toString(), "--data", DEV);
        assertEquals(ExitCodes.BAD_MODEL, bad.code());
        assertTrue(bad.err().contains("truncated") || bad.err().contains("corrupt"), bad.err());
        Run noData = run("eval", "--task", "pos", "--model", model.toString(), "--data", dir.resolve("nodata").toString());
        assertEquals(ExitCodes.BAD_DATA, noData.code());
        Run verbose = run("eval", "--task", "pos", "--model", corrupt.toString(), "--data", DEV, "--verbose");
        assertTrue(verbose.err().contains("\tat "), "stack trace only with --verbose");
        Run badLearner = run("train", "--task", "pos", "--data", TRAIN, "--learner", "svn", "--out", dir.resolve("x").toString());
        assertEquals(ExitCodes.USAGE, badLearner.code());
        assertTrue(badLearner.err().contains("svn"));
    }

    @Test
    void sameSeedSameModelBytesThroughTheCli() throws IOException {
        Path a = Files.createDirectories(dir.resolve("first")).resolve("m.lin.zip");
        Path b = Files.createDirectories(dir.resolve("second")).resolve("m.lin.zip");
        for (Path p : List.of(a, b)) {
            assertEquals(0, run("train", "--task", "pos", "--data", TRAIN, "--learner", "perceptron", "--epochs", "3",
                    "--seed", "4", "--out", p.toString(), "--quiet").code());
        }
        String info = run("info", "--model", a.toString()).out();
        assertTrue(info.contains("weights.sha256="), info);
        if (!Provenances.reproducible()) { // the clock and the training time made every run's bytes differ
            assertFalse(info.contains("created.at="), info);
            assertFalse(info.contains("train.seconds="), info);
        }
        // the output's file name is in the recorded command, the same here
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "same data and seed, other bytes");
    }

    @Test
    void wordNetParamAddsTheWnTemplatesAndAMissingWordNetIsAUsageErrorNamingTheFile() throws IOException {
        Path none = dir.resolve("no-wordnet");
        Run missing = run("train", "--task", "pos", "--data", TRAIN, "--learner", "perceptron", "--epochs", "2",
                "--param", "wordnet=" + none, "--out", dir.resolve("wn0.lin.zip").toString());
        assertEquals(ExitCodes.USAGE, missing.code(), missing.err());
        assertTrue(missing.err().contains(none.resolve("index.noun").toString()), missing.err());
        assertTrue(missing.err().contains("wordnet-base"), missing.err());
        Path wn = org.tagrank.io.MiniWordNet.write(Files.createDirectories(dir.resolve("mini-wordnet")));
        Path out = dir.resolve("wn.lin.zip");
        Run r = run("train", "--task", "pos", "--data", TRAIN, "--learner", "perceptron", "--epochs", "2",
                "--param", "wordnet=" + wn, "--param", "ensemble=2", "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        String info = run("info", "--model", out.toString()).out();
        assertTrue(info.contains("pos.wordnet.lemmas="), info);
        assertTrue(info.contains("trainer.ensemble=2"), info);
        Run tagged = run("tag", "--model", out.toString(), "--input-format", "tokens", "--output-format", "word_tag",
                Files.writeString(dir.resolve("wn-in.txt"), "Pizzas baked quickly .\n").toString());
        assertEquals(0, tagged.code(), tagged.err());
        assertEquals(4, tagged.out().strip().split(" ").length, tagged.out());
    }

    @Test
    void unlabeledTextCanBeSplitByThePlainTokenizerAndTheModelSaysSo() throws IOException {
        Path text = Files.writeString(dir.resolve("unlabeled.txt"), "The Cat sat. Apple pie, said Bob. The apple fell!\n");
        Path out = dir.resolve("plain.lin.zip");
        Run r = run("train", "--task", "pos", "--data", TRAIN, "--learner", "perceptron", "--epochs", "2",
                "--param", "unlabeled=" + text, "--param", "unlabeled.min=1", "--param", "unlabeled.tokenizer=plain",
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        String info = run("info", "--model", out.toString()).out();
        assertTrue(info.contains("pos.unlabeled.tokenizer=plain"), info);
        Run corenlp = run("train", "--task", "pos", "--data", TRAIN, "--learner", "perceptron", "--epochs", "2",
                "--param", "unlabeled=" + text, "--param", "unlabeled.min=1", "--out", dir.resolve("c.lin.zip").toString(), "--quiet");
        assertEquals(0, corenlp.code(), corenlp.err());
        assertFalse(run("info", "--model", dir.resolve("c.lin.zip").toString()).out().contains("pos.unlabeled.tokenizer"));
        Run bad = run("train", "--task", "pos", "--data", TRAIN, "--learner", "perceptron", "--epochs", "2",
                "--param", "unlabeled=" + text, "--param", "unlabeled.tokenizer=spaces", "--out", dir.resolve("x.lin.zip").toString());
        assertEquals(ExitCodes.USAGE, bad.code(), bad.err());
        assertTrue(bad.err().contains("unlabeled.tokenizer must be corenlp or plain"), bad.err());
    }

    @Test
    void tagLexiconParamFillsTheCl2ClassesFromOtherCorporaCountsAndRecordsIt() throws IOException {
        // "cats" is NNS in the training data; the lexicon's own count for it is taken off, "puppies" stays
        Path lex = Files.writeString(dir.resolve("taglex.tsv"), "cats\tNNS:1\tNN:4\npuppies\tNNS:7\nThe\tDT:9\n");
        Path out = dir.resolve("taglex.lin.zip");
        Run r = run("train", "--task", "pos", "--data", TRAIN, "--learner", "perceptron", "--epochs", "2",
                "--param", "taglexicon=" + lex, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("tag lexicon: 3 forms"), r.err());
        String info = run("info", "--model", out.toString()).out();
        assertTrue(info.contains("pos.taglexicon.file=taglex.tsv"), info);
        assertTrue(info.contains("pos.taglexicon.subtract=true"), info);
        Run tagged = run("tag", "--model", out.toString(), "--input-format", "tokens", "--output-format", "word_tag",
                Files.writeString(dir.resolve("taglex-in.txt"), "The puppies sleep .\n").toString());
        assertEquals(0, tagged.code(), tagged.err());
        assertEquals(4, tagged.out().strip().split(" ").length, tagged.out());
        Run both = run("train", "--task", "pos", "--data", TRAIN, "--param", "taglexicon=" + lex,
                "--param", "clusters2=" + lex, "--out", dir.resolve("both.lin.zip").toString());
        assertEquals(ExitCodes.USAGE, both.code(), both.err());
        assertTrue(both.err().contains("give one"), both.err());
        Path bad = Files.writeString(dir.resolve("badlex.tsv"), "cats\tNNS:1\ndogs\tNNS\n");
        Run malformed = run("train", "--task", "pos", "--data", TRAIN, "--param", "taglexicon=" + bad,
                "--out", dir.resolve("bad.lin.zip").toString());
        assertEquals(ExitCodes.BAD_DATA, malformed.code(), malformed.err());
        assertTrue(malformed.err().contains(bad + ":2"), malformed.err());
        assertFalse(Files.exists(dir.resolve("bad.lin.zip")));
    }

    @Test
    void aDevSetWithoutUnknownWordsRecordsNoUnknownWordFigure() {
        Path out = dir.resolve("known-dev.lin.zip");
        Run r = run("train", "--task", "pos", "--data", TRAIN, "--dev", TRAIN, "--learner", "perceptron", "--epochs", "2",
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        String info = run("info", "--model", out.toString()).out();
        assertTrue(info.contains("score.dev.accuracy="), info);
        assertFalse(info.contains("NaN"), info);
        assertFalse(info.contains("score.dev.unknown_accuracy"), info);
        Run eval = run("eval", "--task", "pos", "--model", out.toString(), "--data", TRAIN, "--json");
        assertEquals(0, eval.code(), eval.err());
        assertFalse(eval.out().contains("NaN"), "JSON has no NaN literal: " + eval.out());
    }
}
