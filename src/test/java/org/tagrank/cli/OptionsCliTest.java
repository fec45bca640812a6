package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Option and --param values: a bad one is a usage error (exit 1) that names it. */
class OptionsCliTest {
    @TempDir
    Path dir;

    private static void assertUsage(String expected, BadInputCliTest.Run r) {
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("tagrank: " + expected + "\n", r.err());
    }

    @Test
    void aParamThatIsNotANumberIsAUsageErrorNamingIt() {
        String out = dir.resolve("never.lin.zip").toString();
        assertUsage("--param beam must be an integer, got 'abc'", BadInputCliTest.run("eval", "--task", "pos", "--data",
                CliTest.DEV, "--param", "beam=abc", "--quiet"));
        assertUsage("--param beam: beam width must be in 1..64, got 0", BadInputCliTest.run("eval", "--task", "pos",
                "--data", CliTest.DEV, "--param", "beam=0", "--quiet"));
        assertUsage("--param ensemble must be an integer, got 'two'", BadInputCliTest.run("train", "--task", "pos", "--data",
                CliTest.TRAIN, "--param", "ensemble=two", "--quiet", "--out", out));
        assertUsage("--param tagdict.share must be a number, got '99%'", BadInputCliTest.run("train", "--task", "pos",
                "--data", CliTest.TRAIN, "--param", "tagdict.share=99%", "--quiet", "--out", out));
        assertUsage("--param cutoff must be an integer, got 'x'", BadInputCliTest.run("compare", "--task", "pos", "--data",
                CliTest.TRAIN, "--test", CliTest.DEV, "--param", "cutoff=x", "--quiet"));
        // classify said "cutoff must be a number", no --param named
        Path docs = dir.resolve("docs.tsv");
        try {
            Files.writeString(docs, "a\tgood fun\nb\tbad sad\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertUsage("--param cutoff must be an integer, got 'x'", BadInputCliTest.run("compare", "--task", "classify",
                "--data", docs.toString(), "--test", docs.toString(), "--param", "cutoff=x", "--quiet"));
    }

    /** tag --beam 0 said 'beam width must be in 1..64, got 0', naming no option, after loading the model. */
    @Test
    void tagBeamOutOfRangeIsAUsageErrorNamingIt() {
        assertUsage("--beam must be in 1..64, got 0", BadInputCliTest.run("tag", "--beam", "0", "--quiet"));
        assertUsage("--beam must be in 1..64, got 65", BadInputCliTest.run("tag", "--beam", "65", "--quiet"));
    }

    @Test
    void aPosTrainingParamOutOfRangeIsAUsageErrorNamingIt() {
        String out = dir.resolve("never.lin.zip").toString();
        String[][] cases = {
                {"beam=0", "--param beam must be in 1..64, got 0"},
                {"ensemble=0", "--param ensemble must be in 1..16, got 0"},
                {"tagdict.min=-3", "--param tagdict.min must be >= 1, got -3"},
                {"tagdict.fixed=0", "--param tagdict.fixed must be >= 1, got 0"},
                {"tagdict.share=2", "--param tagdict.share must be over 0.5 and at most 1, got 2"},
                {"history.folds=3", "--param history.folds does nothing with gold history: add --param history=predicted or both"}};
        for (String[] c : cases) { // each was exit 2 (bad data) after reading the data; tagdict's named no key
            assertUsage(c[1], BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--param", c[0],
                    "--quiet", "--out", out));
        }
        assertUsage("--param history.folds must be in 2..10, got 1", BadInputCliTest.run("train", "--task", "pos", "--data",
                CliTest.TRAIN, "--param", "history=predicted", "--param", "history.folds=1", "--quiet", "--out", out));
        assertEquals(false, java.nio.file.Files.exists(Path.of(out)));
    }

    @Test
    void aPosParamTheCommandWouldIgnoreIsRefused() {
        String out = dir.resolve("never.lin.zip").toString();
        assertUsage("--param clusters does nothing for eval --task pos (it takes beam)", BadInputCliTest.run("eval",
                "--task", "pos", "--data", CliTest.DEV, "--param", "clusters=c.tsv", "--quiet"));
        // compare's cutoff (compare has no --cutoff option); train has one and says so
        assertUsage("train takes --cutoff N, not --param cutoff=N",
                BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--param", "cutoff=2", "--quiet",
                        "--out", out));
        assertUsage("--param unlabeled.tokenizer does nothing without --param unlabeled=FILE", BadInputCliTest.run("train",
                "--task", "pos", "--data", CliTest.TRAIN, "--param", "unlabeled.tokenizer=plain", "--quiet", "--out", out));
        assertUsage("--param beam does nothing for compare --task pos (it takes cutoff)", BadInputCliTest.run("compare",
                "--task", "pos", "--data", CliTest.TRAIN, "--test", CliTest.DEV, "--param", "beam=2", "--quiet"));
        assertEquals(false, java.nio.file.Files.exists(Path.of(out)));
    }

    @Test
    void aTaskParamTheCommandWouldIgnoreIsRefused() throws java.io.IOException {
        String out = dir.resolve("never.lin.zip").toString();
        String mentions = org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/link/tiny-test.mentions.tsv").toString();
        String mctest = org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/tiny-mctest.tsv").toString();
        Path docs = java.nio.file.Files.writeString(dir.resolve("docs.tsv"), "a\tx y\nb\tz w\n");
        assertUsage("--param weighting does nothing for eval --task classify (it takes none)", BadInputCliTest.run("eval",
                "--task", "classify", "--data", docs.toString(), "--param", "weighting=tfidf", "--quiet"));
        assertUsage("--param sports does nothing for eval --task link (it takes baselines, repeat, wikidict)",
                BadInputCliTest.run("eval", "--task", "link", "--data", mentions, "--param", "sports=true", "--quiet"));
        assertUsage("--param repeat does nothing for train --task link (it takes context, context.top, context.window, "
                + "cooc, cooc.min, coref, embeddings, embeddings.center, embeddings.groups, embeddings.unseen, embeddings.vocab, embeddings.window, folds, "
                + "passes, sports, types, wikidict, wikidict.aliases)", BadInputCliTest.run("train", "--task", "link", "--data", mentions,
                "--param", "repeat=3", "--quiet", "--out", out));
        assertUsage("--param baseline does nothing for train --task mctest (it takes none)", BadInputCliTest.run("train",
                "--task", "mctest", "--data", mctest, "--param", "baseline=swd", "--quiet", "--out", out));
        assertUsage("--param sports does nothing for compare --task link (it takes none)", BadInputCliTest.run("compare",
                "--task", "link", "--data", mentions, "--test", mentions, "--param", "sports=true", "--quiet"));
        assertEquals(false, java.nio.file.Files.exists(Path.of(out)));
    }

    @Test
    void aLinkTrainingParamWithoutItsSwitchIsRefused() {
        String out = dir.resolve("never.lin.zip").toString();
        String mentions = org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/link/tiny-train.mentions.tsv").toString();
        // each trained a model without it, exit 0
        String[][] cases = {{"folds=3", "--param folds does nothing without --param passes=2"},
                {"cooc.min=3", "--param cooc.min does nothing without --param cooc=true"},
                {"context.top=5", "--param context.top does nothing without --param context=true"},
                {"embeddings.window=3", "--param embeddings.window does nothing without --param embeddings=PATH"}};
        for (String[] c : cases) {
            assertUsage(c[1], BadInputCliTest.run("train", "--task", "link", "--data", mentions, "--param", c[0], "--quiet",
                    "--out", out));
        }
        assertUsage("--param context.window does nothing without --param context=true", BadInputCliTest.run("train",
                "--task", "link", "--data", mentions, "--param", "context=false", "--param", "context.window=2", "--quiet",
                "--out", out));
        assertEquals(false, java.nio.file.Files.exists(Path.of(out)));
        BadInputCliTest.Run ok = BadInputCliTest.run("train", "--task", "link", "--data", mentions, "--param", "context=TRUE",
                "--param", "context.top=5", "--param", "cooc=false", "--epochs", "2", "--quiet", "--out", out);
        assertEquals(0, ok.code(), ok.err());
    }

    @Test
    void anMctestBaselineTakesNoModelAndNamesNone() {
        String mctest = org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/tiny-mctest.tsv").toString();
        // the model was ignored: the JSON said "model":"none" while stderr said "model: null" (or the bundled file)
        assertUsage("--model no-such.lin.zip does nothing with these --param values ({baseline=sw}): they score a "
                + "baseline without a model; leave out --model", BadInputCliTest.run("eval", "--task", "mctest", "--model",
                "no-such.lin.zip", "--data", mctest, "--param", "baseline=sw", "--json"));
        BadInputCliTest.Run b = BadInputCliTest.run("eval", "--task", "mctest", "--data", mctest, "--param", "baseline=sw",
                "--json");
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().startsWith("{\"task\":\"mctest\",\"model\":\"none\",\"baseline\":\"sw\","), b.out());
        assertFalse(b.err().contains("model:"), "no model was read: " + b.err());
    }

    /** The text of one option's description in a whitespace-normalised --help. */
    private static String optionHelp(String help, String option) {
        int i = help.lastIndexOf(option); // the description, after the synopsis
        assertEquals(true, i >= 0, option + " in " + help);
        int j = help.indexOf(" -", i + option.length());
        return help.substring(i, j < 0 ? help.length() : j);
    }

    private static double helpDefault(String help, String option) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("default: ([0-9.eE-]+)").matcher(optionHelp(help, option));
        assertEquals(true, m.find(), "no default in the help of " + option + ": " + optionHelp(help, option));
        return Double.parseDouble(m.group(1));
    }

    @Test
    void trainHelpGivesTheDefaultsTrainUses() {
        String help = BadInputCliTest.run("train", "--help").out().replaceAll("\\s+", " ");
        org.tagrank.learn.TrainerConfig d = org.tagrank.learn.TrainerConfig.builder(
                org.tagrank.learn.TrainerConfig.Learner.LR).build(); // what train builds when the option is not given
        assertEquals(d.epochs(), helpDefault(help, "--epochs=<epochs>"));
        assertEquals(d.learningRate(), helpDefault(help, "--learning-rate=<learningRate>"));
        assertEquals(d.l2(), helpDefault(help, "--l2=<l2>"));
        assertEquals(d.patience(), helpDefault(help, "--patience=<patience>"));
    }

    @Test
    void benchHelpNamesTheOneTaskItMeasures() {
        String help = BadInputCliTest.run("bench", "--help").out().replaceAll("\\s+", " ");
        assertEquals(true, help.contains("--task=<task> Task: pos (the other tasks"), help);
        assertUsage("task classify does not support bench", BadInputCliTest.run("bench", "--task", "classify", "--data",
                CliTest.DEV, "--quiet"));
        // a task without a bundled model was told to pass --model, and with one that bench does not support it
        assertUsage("task rank does not support bench", BadInputCliTest.run("bench", "--task", "rank", "--data",
                CliTest.DEV, "--quiet"));
    }

    @Test
    void benchRefusesAThreadCountBelowOneAsTagDoes() {
        for (String n : new String[]{"0", "-2"}) {
            BadInputCliTest.Run r = BadInputCliTest.run("bench", "--task", "pos", "--data", CliTest.DEV, "--threads", n,
                    "--seconds", "0.01", "--quiet");
            assertUsage("--threads must be in 1..1024, got " + n, r);
            assertEquals("", r.out(), "no figures: it printed the one-thread run alone");
        }
    }

    @Test
    void patienceWithoutADevSetIsRefused() {
        String rank = org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/tiny-rank.tsv").toString();
        assertUsage("--patience 3 stops on the --dev score: give --dev", BadInputCliTest.run("train", "--task", "rank",
                "--data", rank, "--patience", "3", "--quiet", "--out", dir.resolve("never.lin.zip").toString()));
        BadInputCliTest.Run never = BadInputCliTest.run("train", "--task", "rank", "--data", rank, "--patience", "0",
                "--epochs", "2", "--quiet", "--out", dir.resolve("p0.lin.zip").toString());
        assertEquals(0, never.code(), never.err());
        BadInputCliTest.Run withDev = BadInputCliTest.run("train", "--task", "rank", "--data", rank, "--dev", rank,
                "--patience", "2", "--epochs", "2", "--quiet", "--out", dir.resolve("p2.lin.zip").toString());
        assertEquals(0, withDev.code(), withDev.err());
        // without --dev nothing stops training early, and the model says so rather than the default patience
        BadInputCliTest.Run noDev = BadInputCliTest.run("train", "--task", "rank", "--data", rank, "--epochs", "2",
                "--quiet", "--out", dir.resolve("nodev.lin.zip").toString());
        assertEquals(0, noDev.code(), noDev.err());
        assertEquals("0", patience(dir.resolve("nodev.lin.zip")));
        assertEquals("2", patience(dir.resolve("p2.lin.zip")));
    }

    private static String patience(java.nio.file.Path model) {
        try {
            return org.tagrank.io.ModelIO.read(model.toString(), "rank").model().provenance().get("trainer.patience");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCutoffThatLeavesNoFeatureIsBadDataNotAUselessModel() {
        String rank = org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/tiny-rank.tsv").toString();
        for (String[] c : new String[][]{{"rank", rank}, {"pos", CliTest.TRAIN}}) {
            Path out = dir.resolve("cut-" + c[0] + ".lin.zip");
            BadInputCliTest.Run r = BadInputCliTest.run("train", "--task", c[0], "--data", c[1], "--cutoff", "100000",
                    "--epochs", "1", "--quiet", "--out", out.toString());
            assertEquals(ExitCodes.BAD_DATA, r.code(), c[0] + ": " + r.err());
            assertEquals("tagrank: the training data has no features to learn from (is the count cutoff above every "
                    + "feature's count?)\n", r.err());
            assertEquals(false, java.nio.file.Files.exists(out));
        }
    }

    @Test
    void aSeparatorMustBeOneCharacterOtherThanWhitespace() {
        for (String sep : new String[]{"", " ", "//"}) {
            BadInputCliTest.Run r = BadInputCliTest.run("a_NN\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "tag",
                    "--input-format", "word_tag", "--separator", sep, "--quiet");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("tagrank: Invalid value for option '--separator': must be one character other than whitespace, "
                    + "got '" + sep + "'", r.err().lines().findFirst().orElse(""));
        }
    }

    /**
     * An OpenNLP parameters file with Algorithm=PERCEPTRON and L2Cost trained a perceptron and dropped the L2 without
     * a word (the manifest had no l2), although --l2 with the perceptron is refused and the file's other settings
     * are never silently lost.
     */
    @Test
    void aParamsFileSettingTheLearnerIgnoresIsAUsageError() throws Exception {
        Path params = dir.resolve("perceptron.params");
        java.nio.file.Files.writeString(params, "Algorithm=PERCEPTRON\nIterations=2\nL2Cost=0\n");
        Path out = dir.resolve("never.lin.zip");
        assertUsage("the --params file's L2Cost does not apply to --learner perceptron (it has its own update); "
                + "use --learner lr, svm, ova or ava", BadInputCliTest.run("train", "--task", "pos", "--data",
                CliTest.TRAIN, "--params", params.toString(), "--quiet", "--out", out.toString()));
        assertEquals(false, java.nio.file.Files.exists(out));
    }

    /**
     * OpenNLP parameter files often say Threads=4; with Algorithm=PERCEPTRON or MAXENT (adagrad here) the file's
     * Threads was dropped without a word, exit 0, where --threads 4 for those learners is refused.
     */
    @Test
    void aParamsFileThreadsForALearnerOnOneThreadIsAUsageError() throws Exception {
        Path out = dir.resolve("never.lin.zip");
        for (String algorithm : new String[]{"PERCEPTRON", "MAXENT"}) {
            Path params = dir.resolve(algorithm + ".params");
            java.nio.file.Files.writeString(params, "Algorithm=" + algorithm + "\nIterations=2\nThreads=4\n");
            assertUsage("the --params file's Threads applies to --optimizer lbfgs only (Algorithm=MAXENT_QN; its "
                    + "gradient); sgd, adagrad and the perceptron train on one thread", BadInputCliTest.run("train",
                    "--task", "pos", "--data", CliTest.TRAIN, "--params", params.toString(), "--quiet", "--out", out.toString()));
        }
        assertEquals(false, java.nio.file.Files.exists(out));
        Path qn = java.nio.file.Files.writeString(dir.resolve("qn.params"), "Algorithm=MAXENT_QN\nIterations=2\nThreads=2\n");
        assertEquals(0, BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--params", qn.toString(),
                "--quiet", "--out", out.toString()).code());
    }

    /** --threads sizes the L-BFGS gradient only: given to another learner it did nothing and said nothing. */
    @Test
    void threadsForALearnerThatRunsOnOneThreadIsAUsageError() {
        String out = dir.resolve("never.lin.zip").toString();
        assertUsage("--threads applies to --optimizer lbfgs only (its gradient); sgd, adagrad and the perceptron "
                + "train on one thread", BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN,
                "--threads", "4", "--quiet", "--out", out));
        assertUsage("--threads applies to --optimizer lbfgs only (its gradient); sgd, adagrad and the perceptron "
                + "train on one thread", BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN,
                "--learner", "svm", "--optimizer", "sgd", "--threads", "2", "--quiet", "--out", out));
    }

    /** --templates FILE was read by tasks pos and classify only: rank, mctest and link trained without a word about it. */
    @Test
    void templatesForATaskWithoutTemplatesIsAUsageError() throws Exception {
        Path spec = dir.resolve("templates.txt");
        java.nio.file.Files.writeString(spec, "unigram\n");
        Path out = dir.resolve("never.lin.zip");
        assertUsage("task rank has no feature templates: --templates is for tasks pos and classify",
                BadInputCliTest.run("train", "--task", "rank", "--data", RankCliTest.resource("tiny-rank.tsv"),
                        "--templates", spec.toString(), "--quiet", "--out", out.toString()));
        assertEquals(false, java.nio.file.Files.exists(out));
    }

    /**
     * '--param beam=2 --param beam=64' evaluated with beam 64, the 2 dropped without a word, where an option given
     * twice is refused by picocli and '--cost' refuses a pair given twice.
     */
    @Test
    void aParamKeyGivenTwiceIsAUsageError() {
        BadInputCliTest.Run r = BadInputCliTest.run("eval", "--task", "pos", "--data", CliTest.DEV, "--param", "beam=2",
                "--param", "beam=64", "--quiet");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("tagrank: --param beam is given twice (beam=2, beam=64): give it once\ntry 'tagrank eval --help'\n",
                r.err().replace("\r", ""));
        BadInputCliTest.Run t = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--param",
                "tagdict.min=3", "--param", "tagdict.min=3", "--quiet", "--out", dir.resolve("m.zip").toString());
        assertEquals(ExitCodes.USAGE, t.code(), t.err());
        assertTrue(t.err().startsWith("tagrank: --param tagdict.min is given twice"), t.err());
    }

    @Test
    void compareThreadsWithoutLbfgsIsAUsageError() {
        // perceptron and svm trained on one thread, the 4 dropped without a word (exit 0)
        assertUsage("--threads is for the lr-lbfgs row (its gradient), which is not among the learners compared",
                BadInputCliTest.run("compare", "--task", "pos", "--data", CliTest.TRAIN, "--test", CliTest.DEV,
                        "--learners", "perceptron,svm", "--threads", "4", "--epochs", "1", "--quiet"));
        BadInputCliTest.Run r = BadInputCliTest.run("compare", "--task", "pos", "--data", CliTest.TRAIN, "--test", CliTest.DEV,
                "--learners", "perceptron,lr-lbfgs", "--threads", "2", "--epochs", "1", "--quiet");
        org.junit.jupiter.api.Assertions.assertEquals(0, r.code(), r.err());
    }

    @Test
    void trainerRangeErrorsNameTheOption() {
        String out = dir.resolve("never.lin.zip").toString();
        String[][] cases = { // they named TrainerConfig's fields: "epochs must be >= 1, got 0"
                {"--epochs", "0", "--epochs must be >= 1, got 0"},
                {"--patience", "-1", "--patience must be >= 0, got -1"},
                {"--l2", "-1", "--l2 must be >= 0, got -1.0"},
                {"--learning-rate", "0", "--learning-rate must be > 0, got 0.0"}};
        for (String[] c : cases) {
            assertUsage(c[2], BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--learner", "lr",
                    c[0], c[1], "--quiet", "--out", out));
        }
        assertUsage("--threads must be in 1..1024, got 0", BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN,
                "--learner", "lr", "--optimizer", "lbfgs", "--threads", "0", "--quiet", "--out", out));
        assertUsage("--epochs must be >= 1, got 0", BadInputCliTest.run("compare", "--task", "pos", "--data", CliTest.TRAIN,
                "--test", CliTest.DEV, "--learners", "perceptron", "--epochs", "0", "--quiet"));
    }

    /** A misspelt or inapplicable --learners name was refused only after the data were read and featurized. */
    @Test
    void compareLearnersAreCheckedBeforeTheDataAreRead() throws Exception {
        Path bad = dir.resolve("bad.conllu"); // read first, this would be exit 2 naming bad.conllu:1
        java.nio.file.Files.writeString(bad, "not conllu\n");
        assertUsage("unknown learner 'lr-bfgs' (expected lr-sgd, lr-adagrad, lr-lbfgs, svm, svm-cost, perceptron, ova, ava)",
                BadInputCliTest.run("compare", "--task", "pos", "--data", bad.toString(), "--test", bad.toString(),
                        "--learners", "perceptron,lr-bfgs", "--quiet"));
        assertUsage("task pos cannot train ava (all-vs-all voting is for task classify, as in train)",
                BadInputCliTest.run("compare", "--task", "pos", "--data", bad.toString(), "--test", bad.toString(),
                        "--learners", "ava", "--quiet"));
        assertUsage("--cost is for the svm-cost row, which is not among the learners compared",
                BadInputCliTest.run("compare", "--task", "pos", "--data", bad.toString(), "--test", bad.toString(),
                        "--learners", "perceptron", "--cost", "NN:NNS=2", "--quiet"));
        assertUsage("svm-cost needs a label task", BadInputCliTest.run("compare", "--task", "rank", "--data",
                bad.toString(), "--test", bad.toString(), "--learners", "svm-cost", "--quiet"));
    }
}
