package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkCliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A link model trained with lr on the tiny training fixture, in the test's directory. */
    private String tinyModel(String name, int epochs) throws Exception {
        String model = dir.resolve(name).toString();
        assertEquals(0, run("train", "--task", "link", "--data", fixture("tiny-train.mentions.tsv"), "--learner", "lr",
                "--epochs", Integer.toString(epochs), "--out", model, "--quiet").code());
        return model;
    }

    static String fixture(String name) throws Exception {
        return Path.of(LinkCliTest.class.getResource("/org/tagrank/task/rank/link/" + name).toURI()).toString();
    }

    @Test
    void trainEvalRankAndAliases() throws Exception {
        String model = dir.resolve("m.lin.zip").toString();
        Run t = run("train", "--task", "link", "--data", fixture("tiny-train.mentions.tsv"), "--dev",
                fixture("tiny-test.mentions.tsv"), "--learner", "lr", "--epochs", "20", "--out", model, "--quiet");
        assertEquals(0, t.code(), t.err());
        // the data it was made from, by checksum: mentions and the document files read with them (train and dev)
        String manifest = run("info", "--model", model).out();
        for (String[] k : new String[][] {{"train.data", "tiny-train.mentions.tsv"}, {"train.documents", "tiny-train.conll.tsv"},
                {"dev.data", "tiny-test.mentions.tsv"}, {"dev.documents", "tiny-test.conll.tsv"}}) {
            assertTrue(manifest.contains(k[0] + ".sha256=" + Provenances.sha256(Path.of(fixture(k[1])))), k[0] + "\n" + manifest);
        }
        Run e = run("eval", "--task", "link", "--model", model, "--data", fixture("tiny-test.mentions.tsv"), "--json",
                "--param", "baselines=true");
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().startsWith("{\"task\":\"link\""), e.out());
        assertTrue(e.out().contains("\"n\":7,\"accuracy\":1,\"n_not_most_popular\":4,\"accuracy_not_most_popular\":1,"), e.out());
        assertTrue(e.out().contains("\"accuracy_not_most_popular\":"), e.out());
        assertTrue(e.out().contains("\"baseline_most_popular\":"), e.out());

        Run r = run("link", "rank", "--model", model, "--top-k", "2", fixture("tiny-test.mentions.tsv"), "--quiet");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("#doc_id\tmention_idx\tmention\trank\ttitle\tprobability\tscore\tgold", lines.get(0));
        assertTrue(lines.get(1).startsWith("7test\t0\tArmstrong\t1\tLance_Armstrong\t"), lines.get(1));
        assertTrue(lines.get(1).endsWith("\t1"), lines.get(1));
        assertTrue(lines.get(2).startsWith("7test\t0\tArmstrong\t2\t"), lines.get(2));

        Path aliases = dir.resolve("aliases.tsv");
        Run a = run("link", "aliases", "--out", aliases.toString(), fixture("tiny-train.mentions.tsv"), "--quiet");
        assertEquals(0, a.code(), a.err());
        String table = Files.readString(aliases);
        assertTrue(table.contains("\nArmstrong\tNeil_Armstrong|12.5|9000|300\tArmstrong_County,_Pennsylvania|11|2500|200\t"
                + "Lance_Armstrong|10.5|4000|500\n"), table);
        Run ra = run("link", "rank", "--model", model, "--aliases", aliases.toString(), fixture("tiny-test.mentions.tsv"));
        assertEquals(0, ra.code(), ra.err());
        assertTrue(ra.out().contains("7test\t0\tArmstrong\t1\tLance_Armstrong\t"), ra.out());

        Path text = dir.resolve("story.txt");
        Files.writeString(text, "CYCLING - Armstrong rode clear on the last climb of the Tour de France.\n");
        Run rt = run("link", "text", "--model", model, "--aliases", aliases.toString(), text.toString());
        assertEquals(0, rt.code(), rt.err());
        List<String> tl = rt.out().lines().toList();
        assertEquals(3, tl.size(), rt.out());
        assertTrue(tl.get(1).startsWith(text + "\t0\t2\t3\tArmstrong\t1\tLance_Armstrong\t"), tl.get(1));
        assertTrue(tl.get(2).startsWith(text + "\t1\t11\t14\tTour de France\t1\tTour_de_France\t"), tl.get(2));
    }

    @Test
    void rankTaskLinkPrintsMentionsWithoutCandidatesToo() throws Exception {
        String model = tinyModel("nil.lin.zip", 5);
        Path m = dir.resolve("nil.mentions.tsv");
        Files.writeString(m, "d1\t0\t0\t1\tArmstrong\tLance_Armstrong\tLance_Armstrong\t0\t2\t"
                + "Lance_Armstrong|10.5|4000|500\tNeil_Armstrong|12.5|9000|300\n"
                + "d1\t1\t2\t3\tZorblatt\t--NME--\t--NME--\t-1\t0\n"
                + "d1\t2\t4\t5\tQuux\tQuux_Town\tQuux_Town\t-1\t0\n");
        Run generic = run("rank", "--task", "link", "--model", model, "--top-k", "1", m.toString());
        assertEquals(0, generic.code(), generic.err());
        List<String> lines = generic.out().lines().toList();
        assertEquals(4, lines.size(), generic.out());
        assertTrue(lines.get(1).startsWith("d1:0\t1\t"), lines.get(1));
        assertEquals("d1:1\t1\t--NME--\t1.0000\t0.0000\t?", lines.get(2));
        assertEquals("d1:2\t1\t--NME--\t1.0000\t0.0000\t0", lines.get(3));
        // the same lines as link rank prints for them
        Run link = run("link", "rank", "--model", model, m.toString(), "--quiet");
        assertTrue(link.out().contains("d1\t1\tZorblatt\t1\t--NME--\t1.0000\t0.0000\t?\n"), link.out());
        assertTrue(link.out().contains("d1\t2\tQuux\t1\t--NME--\t1.0000\t0.0000\t0\n"), link.out());
    }

    /**
     * A linked mention whose gold is not among its candidates: rank --task link marked them '?' (gold unknown), where
     * link rank marks them 0 and rank --task link itself marks 0 when there is no candidate at all.
     */
    @Test
    void rankTaskLinkMarksCandidatesOfAMentionWhoseGoldIsAbsentAsNotGold() throws Exception {
        String model = tinyModel("absent.lin.zip", 5);
        Path m = dir.resolve("absent.mentions.tsv");
        Files.writeString(m, "d1\t0\t0\t1\tArmstrong\tArmstrong_(band)\tArmstrong_(band)\t-1\t2\t"
                + "Lance_Armstrong|10.5|4000|500\tNeil_Armstrong|12.5|9000|300\n"
                + "d1\t1\t2\t3\tArmstrong\t--NME--\t--NME--\t-1\t2\t"
                + "Lance_Armstrong|10.5|4000|500\tNeil_Armstrong|12.5|9000|300\n");
        Run generic = run("rank", "--task", "link", "--model", model, "--top-k", "0", m.toString());
        assertEquals(0, generic.code(), generic.err());
        List<String> lines = generic.out().lines().toList();
        assertEquals(5, lines.size(), generic.out());
        for (int i = 1; i <= 2; i++) {
            assertTrue(lines.get(i).startsWith("d1:0\t" + i + "\t") && lines.get(i).endsWith("\t0"), lines.get(i));
        }
        for (int i = 3; i <= 4; i++) { // NIL: no gold to compare with
            assertTrue(lines.get(i).startsWith("d1:1\t") && lines.get(i).endsWith("\t?"), lines.get(i));
        }
        Run link = run("link", "rank", "--model", model, "--top-k", "0", m.toString(), "--quiet");
        assertEquals(List.of("0", "0", "?", "?"), link.out().lines().skip(1).map(l -> l.substring(l.lastIndexOf('\t') + 1))
                .toList(), link.out());
    }

    /**
     * --param passes=2 with more folds than training documents: a fold whose first-pass model had nothing to learn from
     * failed as "no linked mention with two or more candidates to train on" although the file has plenty (and folds
     * past the documents' number each trained a first-pass model on all of them, for nothing).
     */
    @Test
    void twoPassesWithMoreFoldsThanTrainingDocumentsIsAUsageErrorSayingSo() throws Exception {
        Path one = dir.resolve("one.mentions.tsv");
        Files.writeString(one, Files.readAllLines(Path.of(fixture("tiny-train.mentions.tsv"))).stream()
                .filter(l -> l.startsWith("1train\t")).map(l -> l + "\n").collect(java.util.stream.Collectors.joining()));
        Run r = run("train", "--task", "link", "--data", one.toString(), "--param", "passes=2", "--out",
                dir.resolve("one.lin.zip").toString(), "--quiet");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().endsWith("tagrank: --param passes=2 splits the training documents into --param folds=5, but "
                + one + " has 1 document: give more documents or fewer folds\n"), r.err());
        r = run("train", "--task", "link", "--data", fixture("tiny-train.mentions.tsv"), "--param", "passes=2", "--param",
                "folds=7", "--out", dir.resolve("seven.lin.zip").toString(), "--quiet");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("into --param folds=7, but " + fixture("tiny-train.mentions.tsv") + " has 6 documents"),
                r.err());
        assertFalse(Files.exists(dir.resolve("seven.lin.zip")));
    }

    /** The text report lists every baseline figure the JSON has (it left out the two on the harder mentions). */
    @Test
    void evalTextListsTheBaselinesOnMentionsWhoseGoldIsNotTheMostPopular() throws Exception {
        String model = tinyModel("b-text.lin.zip", 5);
        Run e = run("eval", "--task", "link", "--model", model, "--data", fixture("tiny-test.mentions.tsv"), "--param",
                "baselines=true", "--param", "wikidict=" + fixture("tiny-wikidict.tab"), "--quiet");
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().contains("  baseline_most_popular 42.86%\n  baseline_most_inlinks 42.86%\n"
                + "  baseline_most_inlinks_not_most_popular 0.00%\n  baseline_wikidict 42.86%\n"
                + "  baseline_wikidict_not_most_popular 0.00%\n"), e.out());
    }

    /** The same for the baselines' lines, which still printed "baseline_most_popular NaN%". */
    @Test
    void evalBaselinesOverNoLinkedMentionSayNotApplicable() throws Exception {
        String model = tinyModel("none-b.lin.zip", 5);
        Path m = Files.writeString(dir.resolve("none-b.mentions.tsv"), "d1\t0\t2\t3\tZorblatt\t--NME--\t--NME--\t-1\t0\n");
        Run e = run("eval", "--task", "link", "--model", model, "--data", m.toString(), "--param", "baselines=true",
                "--quiet");
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().contains("  baseline_most_popular n/a\n  baseline_most_inlinks n/a\n"), e.out());
        assertFalse(e.out().contains("NaN"), e.out());
    }

    /**
     * The embedding window feeds the win group only: --param embeddings.window=25 with the default groups (full), or the
     * win group without a window, trained a model without any emb.win feature, exit 0, the window in its manifest.
     */
    @Test
    void anEmbeddingWindowWithoutTheWinGroupOrTheGroupWithoutAWindowIsAUsageError() throws Exception {
        Path vectors = Files.writeString(dir.resolve("win-vectors.tsv"), "cycling\t1 0 0\nlance\t0.7 0.1 0.1\n");
        String test = fixture("tiny-test.mentions.tsv");
        Path model = dir.resolve("win.lin.zip");
        Run r = run("train", "--task", "link", "--data", test, "--param", "embeddings=" + vectors, "--param",
                "embeddings.window=25", "--out", model.toString(), "--quiet");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().endsWith("tagrank: --param embeddings.window does nothing without the win group "
                + "(--param embeddings.groups=...,win)\n"), r.err());
        r = run("train", "--task", "link", "--data", test, "--param", "embeddings=" + vectors, "--param",
                "embeddings.groups=full,win", "--out", model.toString(), "--quiet");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().endsWith("tagrank: --param embeddings.groups=full,win: the win group needs --param "
                + "embeddings.window=N (N >= 1 tokens either side of the mention)\n"), r.err());
        assertFalse(Files.exists(model));
    }

    /**
     * An unknown embedding group is a --param value, checked with the others before any data is read: it was found only
     * after the training (and dev) data and the whole vector table had been read, which takes minutes on AIDA.
     */
    @Test
    void anUnknownEmbeddingGroupIsRefusedBeforeTheDataIsRead() throws Exception {
        Path vectors = Files.writeString(dir.resolve("group-vectors.tsv"), "cycling\t1 0 0\nlance\t0.7 0.1 0.1\n");
        Path bad = Files.writeString(dir.resolve("bad-group.mentions.tsv"), "d1\tnot a mention line\n");
        Run r = run("train", "--task", "link", "--data", bad.toString(), "--param", "embeddings=" + vectors, "--param",
                "embeddings.groups=full,title", "--out", dir.resolve("group.lin.zip").toString(), "--quiet");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("--param embeddings.groups: unknown embedding feature group 'title'"), r.err());
    }

    @Test
    void evalOverNoLinkedMentionSaysSoInsteadOfNaN() throws Exception {
        String model = tinyModel("none.lin.zip", 5);
        Path m = Files.writeString(dir.resolve("none.mentions.tsv"), "d1\t0\t2\t3\tZorblatt\t--NME--\t--NME--\t-1\t0\n");
        Run e = run("eval", "--task", "link", "--model", model, "--data", m.toString(), "--quiet");
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().contains("in-KB accuracy n/a over 0 linked mentions"), e.out());
        assertTrue(e.out().contains("gold not the most popular: n/a over 0"), e.out());
        assertTrue(!e.out().contains("NaN"), e.out());
        Run j = run("eval", "--task", "link", "--model", model, "--data", m.toString(), "--json", "--quiet");
        assertTrue(j.out().contains("\"accuracy\":null"), j.out());
    }

    @Test
    void aMentionFileWithoutItsDocumentFileIsLinkedWithAWarning() throws Exception {
        Path m = dir.resolve("copy.mentions.tsv");
        Files.copy(Path.of(fixture("tiny-test.mentions.tsv")), m);
        Run with = run("eval", "--task", "link", "--data", fixture("tiny-test.mentions.tsv"), "--json");
        assertEquals(0, with.code(), with.err());
        assertFalse(with.err().contains("warning"), with.err());
        String warning = "warning: " + m + ": no document file copy.conll.tsv beside it: mentions are linked without "
                + "their document's words (no context features)\n";
        for (String[] args : List.of(new String[]{"eval", "--task", "link", "--data", m.toString(), "--json"},
                new String[]{"link", "rank", m.toString()}, new String[]{"rank", "--task", "link", m.toString()})) {
            Run without = run(args);
            assertEquals(0, without.code(), without.err());
            assertTrue(without.err().startsWith(warning), args[0] + ": " + without.err());
        }
        // --quiet silences progress, not the warning: it linked without context features and said nothing
        Run quiet = run("eval", "--task", "link", "--data", m.toString(), "--json", "--quiet");
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals(warning, quiet.err());
        Run train = run("train", "--task", "link", "--data", m.toString(), "--epochs", "1", "--quiet", "--out",
                dir.resolve("m.lin.zip").toString());
        assertEquals(0, train.code(), train.err());
        assertEquals(warning, train.err());
    }

    @Test
    void stdinTwiceOrForLinkRankIsAUsageErrorAndHelpNamesTheRightCommand() throws Exception {
        Path aliases = dir.resolve("a.tsv");
        Files.writeString(aliases, "Armstrong\tLance_Armstrong|10.5|4000|500\n");
        BadInputCliTest.Run twice = BadInputCliTest.run("Armstrong\n".getBytes(StandardCharsets.UTF_8), "link", "text",
                "--aliases", aliases.toString(), "-", "-"); // was "tagrank: Stream closed", exit 4
        assertEquals(ExitCodes.USAGE, twice.code(), twice.err());
        assertEquals("tagrank: '-' (standard input) may be given once\n", twice.err());
        Run dash = run("link", "rank", "-"); // was "no such file: -"
        assertEquals(ExitCodes.USAGE, dash.code(), dash.err());
        assertTrue(dash.err().startsWith("tagrank: link rank reads a mention file"), dash.err());
        Run noTable = run("link", "text", "--aliases", "", "-"); // was "tagrank: location missing (null or blank)", exit 2
        assertEquals(ExitCodes.USAGE, noTable.code(), noTable.err());
        assertEquals("tagrank: --aliases needs a path (an alias table: link aliases -o TABLE)\n", noTable.err());
        Run noDict = run("link", "rank", "--wikidict", " ", fixture("tiny-test.mentions.tsv")); // it named --param wikidict
        assertEquals("tagrank: --wikidict needs a path (the models-english-kbp jar or wikidict.tab.gz)\n", noDict.err());
        Run missing = run("link", "rank");
        assertEquals(ExitCodes.USAGE, missing.code());
        assertEquals("tagrank: Missing required parameter: 'MENTIONS'\ntry 'tagrank link rank --help'\n", missing.err());
    }

    @Test
    void theWikidictAsACandidateSourceAndInAliasTables() throws Exception {
        String model = tinyModel("wdc.lin.zip", 20);
        Path full = dir.resolve("wdc-aliases.tsv");
        assertEquals(0, run("link", "aliases", "--out", full.toString(), fixture("tiny-train.mentions.tsv"), "--quiet").code());
        Path noKittanning = dir.resolve("wdc-no-kittanning.tsv");
        Files.writeString(noKittanning, Files.readString(full).replaceAll("(?m)^Kittanning\t.*\n", ""));
        Path wd = dir.resolve("wdc-wikidict.tab");
        Files.writeString(wd, "Kittanning\tKittanning, Pennsylvania\t1.0\nKitt\tKittanning, Pennsylvania\t0.4\n"
                + "Zorblatt\tZorblatt Quux\t0.9\n");
        String test = fixture("tiny-test.mentions.tsv");
        Run plain = run("link", "rank", "--model", model, "--aliases", noKittanning.toString(), test, "--quiet");
        assertTrue(plain.out().contains("8test\t2\tKittanning\t1\t--NME--\t"), plain.out());
        Run dict = run("link", "rank", "--model", model, "--aliases", noKittanning.toString(), "--wikidict", wd.toString(),
                "--wikidict-candidates", test, "--quiet");
        assertEquals(0, dict.code(), dict.err());
        assertTrue(dict.out().contains("8test\t2\tKittanning\t1\tKittanning,_Pennsylvania\t"), dict.out());
        Run lone = run("link", "rank", "--model", model, "--wikidict-candidates", test);
        assertEquals(ExitCodes.USAGE, lone.code());
        assertEquals("tagrank: --wikidict-candidates needs --aliases TABLE and --wikidict PATH\n", lone.err());
        Run unused = run("link", "rank", "--model", model, "--aliases", noKittanning.toString(), "--wikidict", wd.toString(),
                test);
        assertEquals(ExitCodes.USAGE, unused.code(), unused.err());
        assertTrue(unused.err().startsWith("tagrank: --wikidict is unused: the model has no wikidict features"), unused.err());

        // link aliases --wikidict: a new alias of a listed entity comes with its statistics; unknown entities only on request
        Path known = dir.resolve("wdc-known.tsv");
        Run k = run("link", "aliases", "--wikidict", wd.toString(), "-o", known.toString(), fixture("tiny-train.mentions.tsv"),
                "--quiet");
        assertEquals(0, k.code(), k.err());
        String kt = Files.readString(known);
        String stats = kt.lines().filter(l -> l.startsWith("Kittanning\t")).findFirst().orElseThrow().split("\t")[1];
        assertTrue(kt.contains("\nKitt\t" + stats + "\n"), kt);
        assertFalse(kt.contains("Zorblatt"), kt);
        Path all = dir.resolve("wdc-all.tsv");
        assertEquals(0, run("link", "aliases", "--wikidict", wd.toString(), "--wikidict-unknown", "-o", all.toString(),
                fixture("tiny-train.mentions.tsv"), "--quiet").code());
        assertTrue(Files.readString(all).contains("\nZorblatt\tZorblatt_Quux|NA|0|0\n"), Files.readString(all));
        Run none = run("link", "aliases", "--wikidict", wd.toString(), "-o", dir.resolve("never.tsv").toString());
        assertEquals(ExitCodes.USAGE, none.code());
        assertTrue(none.err().contains("give mention files, or --wikidict-unknown"), none.err());
        assertFalse(Files.exists(dir.resolve("never.tsv")));
    }

    @Test
    void wikidictBaselineFeaturesAndTwoPasses() throws Exception {
        String wd = fixture("tiny-wikidict.tab");
        String test = fixture("tiny-test.mentions.tsv");
        String model = dir.resolve("wd.lin.zip").toString();
        Run t = run("train", "--task", "link", "--data", fixture("tiny-train.mentions.tsv"), "--dev", test,
                "--learner", "lr", "--epochs", "20", "--param", "wikidict=" + wd, "--out", model, "--quiet");
        assertEquals(0, t.code(), t.err());
        Run info = run("info", "--model", model);
        assertTrue(info.out().contains("link.wikidict=true"), info.out());
        Run e = run("eval", "--task", "link", "--model", model, "--data", test, "--json", "--param", "baselines=true",
                "--param", "wikidict=" + wd);
        assertEquals(0, e.code(), e.err());
        // CoreNLP's lookup: right on Tour de France, Kittanning, Pennsylvania; Armstrong -> Neil_Armstrong x4
        assertTrue(e.out().contains("\"baseline_wikidict\":0.428571"), e.out());
        Run noDict = run("eval", "--task", "link", "--model", model, "--data", test, "--json");
        assertEquals(ExitCodes.USAGE, noDict.code(), noDict.err());
        assertTrue(noDict.err().contains("--param wikidict=PATH"), noDict.err());
        Run rank = run("link", "rank", "--model", model, test);
        assertEquals(ExitCodes.USAGE, rank.code(), rank.err());
        Run generic = run("rank", "--task", "link", "--model", model, test);
        assertEquals(ExitCodes.USAGE, generic.code(), generic.err());
        assertTrue(generic.err().contains("link rank --wikidict"), generic.err());
        Run rankWd = run("link", "rank", "--model", model, "--wikidict", wd, test, "--quiet");
        assertEquals(0, rankWd.code(), rankWd.err());
        assertTrue(rankWd.out().contains("7test\t0\tArmstrong\t1\tLance_Armstrong\t"), rankWd.out());

        String twoPass = dir.resolve("p2.lin.zip").toString();
        Run t2 = run("train", "--task", "link", "--data", fixture("tiny-train.mentions.tsv"), "--learner", "lr",
                "--epochs", "20", "--param", "passes=2", "--param", "folds=2", "--out", twoPass, "--quiet");
        assertEquals(0, t2.code(), t2.err());
        assertTrue(run("info", "--model", twoPass).out().contains("link.passes=2"));
        Run e2 = run("eval", "--task", "link", "--model", twoPass, "--data", test, "--json");
        assertEquals(0, e2.code(), e2.err());
        // a dictionary the model does not read, without baselines=true: it was read and ignored, exit 0
        Run unused = run("eval", "--task", "link", "--model", twoPass, "--data", test, "--json", "--param", "wikidict=" + wd);
        assertEquals(ExitCodes.USAGE, unused.code(), unused.err());
        assertTrue(unused.err().startsWith("tagrank: --param wikidict is unused: the model has no wikidict features"),
                unused.err());
        Run baseline = run("eval", "--task", "link", "--model", twoPass, "--data", test, "--json", "--param",
                "baselines=true", "--param", "wikidict=" + wd, "--quiet");
        assertEquals(0, baseline.code(), baseline.err());
        assertTrue(baseline.out().contains("\"baseline_wikidict\":0.428571"), baseline.out());
        Run bad = run("train", "--task", "link", "--data", test, "--param", "passes=3", "--out", twoPass);
        assertEquals(ExitCodes.USAGE, bad.code(), bad.err());
    }

    @Test
    void wikidictAliasFeaturesAreRecordedAndReadWhenLinking() throws Exception {
        String wd = fixture("tiny-wikidict.tab");
        String test = fixture("tiny-test.mentions.tsv");
        String model = dir.resolve("wda.lin.zip").toString();
        Run t = run("train", "--task", "link", "--data", fixture("tiny-train.mentions.tsv"), "--dev", test,
                "--learner", "lr", "--epochs", "20", "--param", "wikidict=" + wd, "--param", "wikidict.aliases=true",
                "--out", model);
        assertEquals(0, t.code(), t.err());
        assertTrue(t.err().contains("wikidict aliases: "), t.err());
        Run info = run("info", "--model", model);
        assertTrue(info.out().contains("link.wikidict.aliases=count,ctx,doc"), info.out());
        Run e = run("eval", "--task", "link", "--model", model, "--data", test, "--json", "--param", "wikidict=" + wd);
        assertEquals(0, e.code(), e.err());
        assertTrue(e.err().contains("wikidict aliases: "), e.err()); // the model makes eval read the reverse entries
        Run rank = run("link", "rank", "--model", model, "--wikidict", wd, test, "--quiet");
        assertEquals(0, rank.code(), rank.err());
        Run groups = run("train", "--task", "link", "--data", fixture("tiny-train.mentions.tsv"), "--param",
                "wikidict=" + wd, "--param", "wikidict.aliases=ctx", "--out", dir.resolve("ctx-only.lin.zip").toString(),
                "--quiet");
        assertEquals(0, groups.code(), groups.err());
        assertTrue(run("info", "--model", dir.resolve("ctx-only.lin.zip").toString()).out()
                .contains("link.wikidict.aliases=ctx"));
        Run noDict = run("train", "--task", "link", "--data", test, "--param", "wikidict.aliases=true", "--out", model);
        assertEquals(ExitCodes.USAGE, noDict.code(), noDict.err());
        assertTrue(noDict.err().contains("needs --param wikidict=PATH"), noDict.err());
        Run badGroup = run("train", "--task", "link", "--data", test, "--param", "wikidict=" + wd, "--param",
                "wikidict.aliases=links", "--out", model);
        assertEquals(ExitCodes.USAGE, badGroup.code(), badGroup.err());
    }

    @Test
    void contextTypeAndCorefOptionsAreRecordedAndUsedWhenLinking() throws Exception {
        String model = dir.resolve("ctx.lin.zip").toString();
        String test = fixture("tiny-test.mentions.tsv");
        Run t = run("train", "--task", "link", "--data", fixture("tiny-train.mentions.tsv"), "--dev", test, "--learner",
                "lr", "--epochs", "20", "--param", "context=true", "--param", "context.top=20", "--param",
                "context.window=5", "--param", "types=true", "--param", "coref=true", "--out", model, "--quiet");
        assertEquals(0, t.code(), t.err());
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(model)) {
            assertTrue(z.getEntry("link-context.tsv") != null);
            String manifest = new String(z.getInputStream(z.getEntry("manifest.properties")).readAllBytes(),
                    StandardCharsets.UTF_8);
            for (String k : List.of("link.features=link-features-4", "link.context=true", "link.context.top=20",
                    "link.context.window=5", "link.types=true", "link.coref=true")) {
                assertTrue(manifest.contains(k), k + " in " + manifest);
            }
        }
        Run e = run("eval", "--task", "link", "--model", model, "--data", test, "--json");
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().contains("\"n\":7,\"accuracy\":"), e.out());
        Run r = run("link", "rank", "--model", model, "--top-k", "1", test, "--quiet");
        assertEquals(0, r.code(), r.err());
        Run bad = run("train", "--task", "link", "--data", test, "--param", "context=true", "--param", "passes=2",
                "--out", model);
        assertEquals(ExitCodes.USAGE, bad.code(), bad.err());
        assertTrue(bad.err().contains("one pass only"), bad.err());
        Run badTop = run("train", "--task", "link", "--data", test, "--param", "context.top=0", "--out", model);
        assertEquals(ExitCodes.USAGE, badTop.code(), badTop.err());
        assertTrue(badTop.err().contains("context.top"), badTop.err());
    }

    @Test
    void embeddingOptionsAreRecordedAndTheVectorsTravelWithTheModel() throws Exception {
        Path vectors = dir.resolve("vectors.tsv");
        Files.writeString(vectors, "cycling\t1 0 0\nstage\t0.9 0.1 0\nmountain\t0.8 0.1 0.1\nlance\t0.7 0.1 0.1\n"
                + "county\t0 1 0\npennsylvania\t0.1 0.9 0\nmoon\t0 0 1\nneil\t0.1 0 0.8\n");
        String model = dir.resolve("emb.lin.zip").toString();
        String test = fixture("tiny-test.mentions.tsv");
        Run t = run("train", "--task", "link", "--data", fixture("tiny-train.mentions.tsv"), "--dev", test, "--learner",
                "lr", "--epochs", "20", "--param", "embeddings=" + vectors, "--param", "embeddings.groups=full,doc,win",
                "--param", "embeddings.window=5", "--out", model, "--quiet");
        assertEquals(0, t.code(), t.err());
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(model)) {
            assertTrue(z.getEntry("link-vectors.tsv") != null);
            assertTrue(z.getEntry("link-word-df.tsv") != null);
            String manifest = new String(z.getInputStream(z.getEntry("manifest.properties")).readAllBytes(),
                    StandardCharsets.UTF_8);
            for (String k : List.of("link.features=link-features-5", "link.embeddings=true",
                    "link.embeddings.groups=full,doc,win", "link.embeddings.window=5",
                    "link.embeddings.source=vectors.tsv")) {
                assertTrue(manifest.contains(k), k + " in " + manifest);
            }
        }
        Run e = run("eval", "--task", "link", "--model", model, "--data", test, "--json");
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().contains("\"n\":7,\"accuracy\":"), e.out());
        // read leniently before: 'input is not valid UTF-8 (Input length = 1)', naming neither file nor line
        Path badByte = dir.resolve("bad-byte.tsv");
        byte[] bytes = "cycling\t1 0 0\nst?ge\t0.9 0.1 0\n".getBytes(StandardCharsets.US_ASCII);
        bytes[16] = (byte) 0xE4; // the '?': a Latin-1 a-umlaut on line 2
        Files.write(badByte, bytes);
        Run bad = run("train", "--task", "link", "--data", test, "--param", "embeddings=" + badByte, "--out", model);
        assertEquals(ExitCodes.BAD_DATA, bad.code(), bad.err());
        assertTrue(bad.err().contains(badByte + ":2:"), bad.err());
        Run missing = run("train", "--task", "link", "--data", test, "--param", "embeddings=" + dir.resolve("none.tsv"),
                "--out", model);
        assertEquals(ExitCodes.USAGE, missing.code(), missing.err());
        assertTrue(missing.err().contains("none.tsv not found"), missing.err());
        Run group = run("train", "--task", "link", "--data", test, "--param", "embeddings=" + vectors, "--param",
                "embeddings.groups=title", "--out", model);
        assertEquals(ExitCodes.USAGE, group.code(), group.err());
        assertTrue(group.err().contains("'title'"), group.err());
        Run vocab = run("train", "--task", "link", "--data", test, "--param", "embeddings=" + vectors, "--param",
                "embeddings.vocab=some", "--out", model);
        assertEquals(ExitCodes.USAGE, vocab.code(), vocab.err());
        assertTrue(vocab.err().contains("embeddings.vocab must be documents or all, got 'some'"), vocab.err());
        String whole = dir.resolve("whole.lin.zip").toString();
        Path nine = Files.writeString(dir.resolve("nine.tsv"), Files.readString(vectors) + "saturn\t0 0.1 0.9\n");
        Run all = run("train", "--task", "link", "--data", fixture("tiny-train.mentions.tsv"), "--dev", test,
                "--learner", "lr", "--epochs", "5", "--param", "embeddings=" + nine, "--param", "embeddings.vocab=all",
                "--out", whole, "--quiet");
        assertEquals(0, all.code(), all.err());
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(whole)) {
            String manifest = new String(z.getInputStream(z.getEntry("manifest.properties")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(manifest.contains("link.embeddings.vocab=all"), manifest);
            String kept = new String(z.getInputStream(z.getEntry("link-vectors.tsv")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(kept.contains("saturn\t"), kept); // in no training document, kept with the whole table
        }
        assertEquals(0, run("eval", "--task", "link", "--model", whole, "--data", test, "--json").code());
        Files.writeString(vectors, "cycling\t1 0 0\nstage\t0.9 0.1\n");
        Run broken = run("train", "--task", "link", "--data", test, "--param", "embeddings=" + vectors, "--out", model);
        assertEquals(ExitCodes.BAD_DATA, broken.code(), broken.err());
        assertTrue(broken.err().contains(vectors.getFileName() + ":2: "), broken.err());
    }

    @Test
    void badDataIsOneLineWithFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.mentions.tsv");
        Files.writeString(bad, "d1\t0\t1\t2\tX\tY\tY\t0\t1\tY|1|2|3\nd1\t1\t1\n");
        Run e = run("train", "--task", "link", "--data", bad.toString(), "--out", dir.resolve("m.zip").toString(), "--quiet");
        assertEquals(ExitCodes.BAD_DATA, e.code());
        assertEquals(1, e.err().lines().count(), e.err());
        assertTrue(e.err().startsWith("tagrank: " + bad + ":2: expected at least 9"), e.err());
        assertFalse(Files.exists(dir.resolve("m.zip")));
        Run m = run("link", "rank", "--model", bad.toString(), fixture("tiny-test.mentions.tsv"));
        assertEquals(ExitCodes.BAD_MODEL, m.code(), m.err());
    }
}
