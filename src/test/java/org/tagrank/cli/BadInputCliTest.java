package org.tagrank.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.testutil.Fixtures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input through the command line: one readable line naming file and line, the bad-data exit code. */
class BadInputCliTest {
    @TempDir
    static Path dir;
    static Path rankModel;
    static Path posModel;
    static final Path RANK = Fixtures.resource("org/tagrank/task/rank/tiny-rank.tsv");
    static final byte[] BAD = {(byte) 0xC3, '('};

    record Run(int code, String out, String err) {
    }

    /** Runs a command line with these bytes on stdin. */
    static Run run(byte[] stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(saved);
        }
    }

    static Run run(String... args) {
        return run(new byte[0], args);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static void assertBadData(String expectedError, Run r) {
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        assertEquals("tagrank: " + expectedError + "\n", r.err());
    }

    @BeforeAll
    static void trainRankModel() {
        rankModel = dir.resolve("rank.lin.zip");
        Run r = run("train", "--task", "rank", "--data", RANK.toString(), "--learner", "lr", "--quiet",
                "--out", rankModel.toString());
        assertEquals(0, r.code(), r.err());
        posModel = dir.resolve("pos.lin.zip");
        Run p = run("train", "--task", "pos", "--data", CliTest.TRAIN, "--epochs", "2", "--quiet", "--out", posModel.toString());
        assertEquals(0, p.code(), p.err());
    }

    /** A tag command line with the small model. */
    static String[] tag(String... args) {
        String[] a = new String[4 + args.length];
        a[0] = "tag";
        a[1] = "--model";
        a[2] = posModel.toString();
        a[3] = "--quiet";
        System.arraycopy(args, 0, a, 4, args.length);
        return a;
    }

    @Test
    void aDataFileNamedTwiceIsAUsageError() {
        // 'a.tsv,a.tsv' (or './a.tsv') read the file twice and counted each example twice, in training and in eval
        String twice = RANK + "," + RANK.getParent().resolve(".").resolve(RANK.getFileName());
        Run r = run("train", "--task", "rank", "--data", twice, "--learner", "perceptron", "--quiet", "--out",
                dir.resolve("twice.lin.zip").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("tagrank: " + RANK.getParent().resolve(".").resolve(RANK.getFileName())
                + " is named twice in '" + twice + "' (its examples would count twice)"), r.err());
        assertFalse(Files.exists(dir.resolve("twice.lin.zip")));
        r = run("train", "--task", "pos", "--data", CliTest.TRAIN, "--param", "unlabeled=" + RANK + "," + RANK,
                "--quiet", "--out", dir.resolve("twice-pos.lin.zip").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(" is named twice in "), r.err());
    }

    @Test
    void malformedUtf8IsReportedAtItsFileAndLineFromFilesAndStdin() throws IOException {
        // a bad byte inside a feature name of the third candidate line: never replaced, always located
        byte[] rank = concat(utf8("q1\ta\t1\tmatch=2\nq1\tb\t0\tlen=1\nq1\tc\t0\tm"), BAD, utf8("x=1\n"));
        Path f = dir.resolve("bad-utf8.tsv");
        Files.write(f, rank);
        assertBadData(f + ":3: not valid UTF-8", run("rank", "--model", rankModel.toString(), f.toString()));
        assertBadData(f + ":3: not valid UTF-8", run("train", "--task", "rank", "--data", f.toString(),
                "--out", dir.resolve("never.lin.zip").toString()));
        assertBadData("<stdin>:3: not valid UTF-8", run(rank, "rank", "--model", rankModel.toString()));
        assertBadData("<stdin>:2: not valid UTF-8", run(concat(utf8("a b\nc "), BAD, utf8("\n")),
                "tag", "--input-format", "tokens", "--quiet"));
        assertBadData("<stdin>:1: not valid UTF-8", run(concat(utf8("doc "), BAD), "classify", "--quiet"));
    }

    /** The file's text with a byte order mark in front and CRLF line ends, as a Windows editor saves it. */
    static Path windows(Path plain, String name) throws IOException {
        Path f = dir.resolve(name);
        String text = Files.readString(plain).replace("\r\n", "\n").replace("\n", "\r\n");
        Files.write(f, concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text)));
        return f;
    }

    static void assertSameOutput(Run plain, Run windows) {
        assertEquals(0, plain.code(), plain.err());
        assertEquals(0, windows.code(), windows.err());
        assertEquals(plain.out(), windows.out());
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsReadAsThePlainFileInEveryFormat() throws IOException {
        Path rank = windows(RANK, "rank.tsv");
        assertSameOutput(run("rank", "--model", rankModel.toString(), RANK.toString()),
                run("rank", "--model", rankModel.toString(), rank.toString()));
        assertSameOutput(run(Files.readAllBytes(RANK), "rank", "--model", rankModel.toString()),
                run(Files.readAllBytes(rank), "rank", "--model", rankModel.toString()));

        Path tokens = dir.resolve("tokens.txt");
        Files.writeString(tokens, "The dog barks .\nA cat .\n");
        Path conllu = Fixtures.resource("org/tagrank/task/pos/tiny-dev.conllu");
        Path wordTag = dir.resolve("wt.txt");
        Files.writeString(wordTag, "The_DT dog_NN barks_VBZ ._.\n");
        for (String[] c : new String[][]{{"tokens", tokens.toString()}, {"conllu", conllu.toString()},
                {"word_tag", wordTag.toString()}}) {
            Path w = windows(Path.of(c[1]), "w-" + c[0]);
            assertSameOutput(run(tag("--input-format", c[0], c[1])), run(tag("--input-format", c[0], w.toString())));
        }

        Path mentions = Fixtures.resource("org/tagrank/task/rank/link/tiny-test.mentions.tsv");
        windows(Fixtures.resource("org/tagrank/task/rank/link/tiny-test.conll.tsv"), "w.conll.tsv"); // found beside
        assertSameOutput(run("link", "rank", "--quiet", mentions.toString()),
                run("link", "rank", "--quiet", windows(mentions, "w.mentions.tsv").toString()));

        Path docs = dir.resolve("docs.tsv");
        Files.writeString(docs, "sport\tthe game was great\ncomp\tmy computer crashed\nsport\ta ball game\n"
                + "comp\tthe disk drive\n");
        Path docsWindows = windows(docs, "w-docs.tsv");
        for (Path d : new Path[]{docs, docsWindows}) {
            Run t = run("train", "--task", "classify", "--data", d.toString(), "--quiet", "--out", d + ".lin.zip");
            assertEquals(0, t.code(), t.err());
        }
        assertSameOutput(run(utf8("the game\n"), "classify", "--model", docs + ".lin.zip", "--top-k", "3", "--quiet"),
                run(utf8("the game\n"), "classify", "--model", docsWindows + ".lin.zip", "--top-k", "3", "--quiet"));
    }

    @Test
    void aDirectoryGivenAsInputIsNamedAsBadData() throws IOException {
        Path d = Files.createDirectories(dir.resolve("a-directory"));
        String expected = d + ": is a directory, not a file";
        assertBadData(expected, run(tag("--input-format", "tokens", d.toString())));
        assertBadData(expected, run(tag("--input-format", "conllu", d.toString())));
        assertBadData(expected, run("eval", "--task", "pos", "--model", posModel.toString(), "--data", d.toString(), "--quiet"));
        assertBadData(expected, run("train", "--task", "rank", "--data", d.toString(), "--quiet",
                "--out", dir.resolve("never.lin.zip").toString()));
        assertBadData(expected, run("train", "--task", "classify", "--data", d.toString(), "--quiet",
                "--out", dir.resolve("never.lin.zip").toString()));
        assertBadData(expected, run("classify", "--quiet", d.toString()));
        assertBadData(expected, run("link", "rank", "--quiet", d.toString()));
        // files found by location (file, classpath or URL): a directory is not "not found"
        assertBadData("lexicon is a directory, not a file: " + d, run(utf8("a b\n"), tag("--input-format", "tokens",
                "--lexicon", d.toString())));
        Path missing = dir.resolve("no-such-lexicon.tsv"); // the message said neither 'lexicon' nor which option
        assertBadData("lexicon not found as a file or classpath resource: " + missing, run(utf8("a b\n"),
                tag("--input-format", "tokens", "--lexicon", missing.toString())));
        Run model = run(utf8("a b\n"), "tag", "--model", d.toString(), "--quiet");
        assertEquals(ExitCodes.BAD_MODEL, model.code(), model.err());
        assertEquals("tagrank: model is a directory, not a file: " + d + "\n", model.err());
    }

    @Test
    void tagOptionsOutOfRangeAreUsageErrors() {
        for (String[] c : new String[][]{{"--explain", "0", "takes a token number from 1, got 0"},
                {"--explain", "-3", "takes a token number from 1, got -3"}, {"--top-k", "0", "must be >= 1"},
                {"--threads", "0", "must be in 1..1024, got 0"}}) {
            Run r = run(utf8("The dog barks .\n"), tag("--input-format", "tokens", c[0], c[1]));
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("tagrank: " + c[0] + " " + c[2] + "\n", r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void tagOptionsTheChosenFormatsCannotUseAreRefused() {
        Run topK = run(utf8("The dog\n"), tag("--input-format", "tokens", "--top-k", "2"));
        assertEquals(ExitCodes.USAGE, topK.code(), topK.err());
        assertEquals("tagrank: --top-k needs --output-format tsv or conllu (word_tag has no place for it)\n", topK.err());
        Run separator = run(utf8("The dog\n"), tag("--input-format", "tokens", "--output-format", "tsv", "--separator", "/"));
        assertEquals(ExitCodes.USAGE, separator.code(), separator.err());
        assertEquals("tagrank: --separator is for word_tag input or output; neither is word_tag here\n", separator.err());

        Run tsv = run(utf8("The dog\n"), tag("--input-format", "tokens", "--output-format", "tsv", "--top-k", "2"));
        assertEquals(0, tsv.code(), tsv.err());
        assertEquals(2, tsv.out().strip().lines().filter(l -> l.split("\t")[3].split(",").length == 2).count(), tsv.out());
        Run slash = run(utf8("The/DT dog/NN\n"), tag("--input-format", "word_tag", "--output-format", "tsv", "--separator", "/"));
        assertEquals(0, slash.code(), slash.err());
        assertEquals(List.of("The", "dog"), slash.out().strip().lines().map(l -> l.split("\t")[0]).toList());
        Run slashOut = run(utf8("The dog\n"), tag("--input-format", "tokens", "--separator", "/"));
        assertEquals(0, slashOut.code(), slashOut.err());
        assertTrue(slashOut.out().startsWith("The/"), slashOut.out());
    }

    @Test
    void costEntriesForATaskThatCannotUseThemAreAUsageError() {
        Run rank = run("train", "--task", "rank", "--data", RANK.toString(), "--learner", "svm", "--cost", "a:b=2", "--quiet",
                "--out", dir.resolve("never.lin.zip").toString());
        assertEquals(ExitCodes.USAGE, rank.code(), rank.err());
        assertEquals("tagrank: task rank does not take train --cost (tasks pos and classify do)\n", rank.err());
        assertFalse(Files.exists(dir.resolve("never.lin.zip")));
    }

    @Test
    void posTrainTakesCostEntriesOverItsTags() throws Exception {
        String out = dir.resolve("cost.lin.zip").toString();
        Run ok = run("train", "--task", "pos", "--data", CliTest.TRAIN, "--learner", "svm", "--cost", "NN:NNS=0.5,NNS:NN=0.5",
                "--epochs", "2", "--quiet", "--out", out);
        assertEquals(0, ok.code(), ok.err());
        Run info = run("info", "--model", out);
        assertEquals(0, info.code(), info.err());
        assertTrue(info.out().contains("trainer.objective=cost-sensitive-hinge"), info.out());
        Run unknownTag = run("train", "--task", "pos", "--data", CliTest.TRAIN, "--learner", "svm", "--cost", "NN:XYZ=2",
                "--quiet", "--out", dir.resolve("never.lin.zip").toString());
        assertEquals(ExitCodes.USAGE, unknownTag.code(), unknownTag.err());
        assertTrue(unknownTag.err().startsWith("tagrank: --cost entry 'NN:XYZ=2': "), unknownTag.err());
        assertTrue(unknownTag.err().contains("XYZ"), unknownTag.err());
        Run twice = run("train", "--task", "pos", "--data", CliTest.TRAIN, "--learner", "svm", "--cost",
                "NN:NNS=0.5,NN:NNS=2", "--quiet", "--out", dir.resolve("never.lin.zip").toString());
        assertEquals(ExitCodes.USAGE, twice.code(), twice.err());
        assertEquals("tagrank: --cost gives NN:NNS twice\n", twice.err());
        Run folds = run("train", "--task", "pos", "--data", CliTest.TRAIN, "--learner", "svm", "--cost", "NN:NNS=0.5",
                "--folds", "2", "--quiet");
        assertEquals(ExitCodes.USAGE, folds.code(), folds.err());
        assertEquals("tagrank: train --task pos takes --cost without --folds only\n", folds.err());
        assertFalse(Files.exists(dir.resolve("never.lin.zip")));
    }

    @Test
    void trainerOptionsTheLearnerWouldIgnoreAreRefused() {
        String never = dir.resolve("never.lin.zip").toString();
        for (String[] c : new String[][]{
                {"--learner", "perceptron", "--optimizer", "lbfgs", "--optimizer does not apply to --learner perceptron"},
                {"--learner", "perceptron", "--l2", "0.1", "--l2 does not apply to --learner perceptron"},
                {"--learning-rate", "0.5", "--learner", "perceptron", "--learning-rate does not apply to --learner perceptron"},
                {"--learner", "lr", "--optimizer", "lbfgs", "--learning-rate", "0.5", "--learning-rate does not apply to --optimizer lbfgs"}}) {
            String[] args = new String[c.length - 1 + 9];
            System.arraycopy(new String[]{"train", "--task", "rank", "--data", RANK.toString(), "--quiet", "--epochs", "2",
                    "--out=" + never}, 0, args, 0, 9);
            System.arraycopy(c, 0, args, 9, c.length - 1);
            Run r = run(args);
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertTrue(r.err().startsWith("tagrank: " + c[c.length - 1]), r.err());
        }
        assertFalse(Files.exists(dir.resolve("never.lin.zip")));
        for (String[] ok : new String[][]{{"--learner", "lr", "--optimizer", "lbfgs", "--l2", "0.1"},
                {"--learner", "svm", "--optimizer", "sgd", "--learning-rate", "0.5", "--l2", "0.001"}}) {
            String[] args = new String[ok.length + 9];
            System.arraycopy(new String[]{"train", "--task", "rank", "--data", RANK.toString(), "--quiet", "--epochs", "2",
                    "--out=" + dir.resolve("ok.lin.zip")}, 0, args, 0, 9);
            System.arraycopy(ok, 0, args, 9, ok.length);
            Run r = run(args);
            assertEquals(0, r.code(), r.err());
        }
    }

    @Test
    void anEmptyDevOrTestFileIsBadDataForEveryTask() throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        String never = dir.resolve("never.lin.zip").toString();
        for (String[] c : new String[][]{{"pos", CliTest.TRAIN}, {"rank", RANK.toString()}}) {
            Run r = run("train", "--task", c[0], "--data", c[1], "--dev", empty.toString(), "--epochs", "2", "--quiet",
                    "--out", never);
            assertEquals(ExitCodes.BAD_DATA, r.code(), c[0] + ": " + r.err());
            assertTrue(r.err().startsWith("tagrank: " + empty + ":1: no "), r.err());
        }
        Run compare = run("compare", "--task", "pos", "--data", CliTest.TRAIN, "--test", empty.toString(), "--epochs", "1",
                "--learners", "perceptron", "--quiet");
        assertBadData(empty + ":1: no sentences", compare);
        assertFalse(Files.exists(dir.resolve("never.lin.zip")));
    }

    @Test
    void aFormWithASpaceIsAnErrorForWordTagOutputOnly() throws IOException {
        Path f = dir.resolve("space.conllu");
        Files.writeString(f, "# sent_id = 1\n1\tThe\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdog\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
                + "# sent_id = 2\n1\tcosts\t_\t_\t_\t_\t_\t_\t_\t_\n2\t10 000\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
        Path out = dir.resolve("space.out");
        Run r = run(tag("--input-format", "conllu", "--output-format", "word_tag", f.toString(), "-o", out.toString()));
        assertBadData(f + ":7: form '10 000' contains a space, which word_tag output cannot hold "
                + "(use --output-format conllu or tsv)", r);
        assertFalse(Files.exists(out), "nothing half-written");
        for (String format : new String[]{"conllu", "tsv"}) {
            Run ok = run(tag("--input-format", "conllu", "--output-format", format, f.toString()));
            assertEquals(0, ok.code(), ok.err());
            assertTrue(ok.out().contains("10 000\t"), ok.out());
        }
    }

    @Test
    void aLexiconTagTheModelDoesNotKnowIsNamedAtItsLine() throws IOException {
        Path lex = dir.resolve("lexicon.tsv");
        Files.writeString(lex, "# user lexicon\ndog\tNN\ncat\tNN NOT-A-TAG\n");
        assertBadData(lex + ":3: lexicon entry 'cat': tag 'NOT-A-TAG' is not in the model's tag set",
                run(utf8("The cat\n"), tag("--input-format", "tokens", "--lexicon", lex.toString())));
    }

    @Test
    void goldWithoutXposIsBadDataWhereverTagsAreScored() throws IOException {
        Path f = dir.resolve("no-xpos.conllu");
        Files.writeString(f, "# text = The dog\n1\tThe\t_\tDET\tDT\t_\t_\t_\t_\t_\n2\tdog\t_\tNOUN\t_\t_\t_\t_\t_\t_\n\n");
        String expected = f + ":3: word 'dog' has no gold XPOS to score against";
        assertBadData(expected, run("eval", "--task", "pos", "--model", posModel.toString(), "--data", f.toString(), "--quiet"));
        assertBadData(expected, run("train", "--task", "pos", "--data", CliTest.TRAIN, "--dev", f.toString(), "--epochs", "1",
                "--quiet", "--out", dir.resolve("never.lin.zip").toString()));
        assertFalse(Files.exists(dir.resolve("never.lin.zip")));
    }

    @Test
    void compareChecksEveryLearnerBeforeTrainingAny() {
        Run ava = run("compare", "--task", "rank", "--data", RANK.toString(), "--test", RANK.toString(), "--epochs", "1",
                "--learners", "perceptron,ava", "--json", "--quiet");
        assertEquals(ExitCodes.USAGE, ava.code(), ava.err());
        assertEquals("tagrank: ava (all-vs-all) needs a label task, not candidates\n", ava.err());
        assertEquals("", ava.out(), "no learner trained, no row printed");
        Run epochs = run("compare", "--task", "rank", "--data", RANK.toString(), "--test", RANK.toString(), "--epochs", "0",
                "--learners", "perceptron", "--quiet");
        assertEquals(ExitCodes.USAGE, epochs.code(), epochs.err());
        assertEquals("tagrank: --epochs must be >= 1, got 0\n", epochs.err());
    }

    /** train refuses --learner ava for task pos ("for task classify"); compare trained it all the same. */
    @Test
    void compareRefusesAllVsAllWhereTrainDoes() {
        Run ava = run("compare", "--task", "pos", "--data", CliTest.TRAIN, "--test", CliTest.TRAIN, "--epochs", "1",
                "--learners", "perceptron,ava", "--quiet");
        assertEquals(ExitCodes.USAGE, ava.code(), ava.err());
        assertTrue(ava.err().startsWith("tagrank: task pos cannot train ava"), ava.err());
        assertEquals("", ava.out());
    }

    @Test
    void allVsAllForATaskThatCannotUseItIsAUsageError() {
        for (String[] c : new String[][]{{"pos", CliTest.TRAIN}, {"rank", RANK.toString()}}) {
            Run r = run("train", "--task", c[0], "--data", c[1], "--learner", "ava", "--epochs", "1", "--quiet",
                    "--out", dir.resolve("never.lin.zip").toString());
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("tagrank: task " + c[0] + " cannot train --learner ava (all-vs-all voting needs a fixed label set "
                    + "and is for task classify)\n", r.err());
        }
    }

    @Test
    void aDashReadsStdinInEveryCommandThatTakesInputFiles() throws IOException {
        Path docs = dir.resolve("dash-docs.tsv");
        Files.writeString(docs, "sport\tthe game was great\ncomp\tmy computer crashed\n");
        Path m = dir.resolve("dash-docs.lin.zip");
        assertEquals(0, run("train", "--task", "classify", "--data", docs.toString(), "--quiet", "--out", m.toString()).code());
        Run none = run(utf8("a great game\n"), "classify", "--model", m.toString(), "--quiet");
        Run dash = run(utf8("a great game\n"), "classify", "--model", m.toString(), "--quiet", "-");
        assertEquals(0, dash.code(), dash.err());
        assertEquals(none.out(), dash.out());
        Run rank = run(Files.readAllBytes(RANK), "rank", "--model", rankModel.toString(), "-");
        assertEquals(0, rank.code(), rank.err());
        assertEquals(run("rank", "--model", rankModel.toString(), RANK.toString()).out(), rank.out());
    }

    @Test
    void thePosReportSaysNotApplicableForARateOfNoTokens() {
        // every word of the training data is known to its model: no unknown-word rate to give
        Run r = run("eval", "--task", "pos", "--model", posModel.toString(), "--data", CliTest.TRAIN, "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("unknown-word accuracy n/a (0 tokens)"), r.out());
        assertFalse(r.out().contains("NaN"), r.out());
        assertTrue(r.out().matches("(?s)tokens \\d+  accuracy \\d+\\.\\d\\d%  .*"), r.out());
        Run train = run("train", "--task", "pos", "--data", CliTest.TRAIN, "--dev", CliTest.TRAIN, "--epochs", "1",
                "--out", dir.resolve("nan.lin.zip").toString());
        assertEquals(0, train.code(), train.err());
        assertTrue(train.err().contains(", unknown words n/a, "), train.err());
    }

    @Test
    void benchOnAFileWithoutSentencesIsBadData() throws IOException {
        Path empty = dir.resolve("bench-empty.conllu");
        Files.writeString(empty, "");
        assertBadData(empty + ":1: no sentences",
                run("bench", "--task", "pos", "--model", posModel.toString(), "--data", empty.toString(), "--seconds", "0.2", "--quiet"));
    }
}
