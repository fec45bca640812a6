package org.tagrank.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the commands leave at their output paths, on success and on failure. */
class OutputFilesCliTest {
    @TempDir
    static Path dir;
    static Path posModel;

    @BeforeAll
    static void trainModel() {
        posModel = dir.resolve("pos.lin.zip");
        BadInputCliTest.Run p = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--epochs", "2",
                "--quiet", "--out", posModel.toString());
        assertEquals(0, p.code(), p.err());
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDirectoryAsTheOutputIsRefusedBeforeAnyWork() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out-dir"));
        Path in = dir.resolve("in.txt");
        Files.writeString(in, "The dog barks .\n");
        List<String> before = names(dir);
        for (String[] c : new String[][]{
                {"tag", "--model", posModel.toString(), "--quiet", "--input-format", "tokens", in.toString(), "-o", out.toString()},
                {"train", "--task", "pos", "--data", CliTest.TRAIN, "--epochs", "1", "--quiet", "--out", out.toString()},
                {"eval", "--task", "pos", "--model", posModel.toString(), "--data", CliTest.DEV, "--quiet", "--report", out.toString()}}) {
            BadInputCliTest.Run r = BadInputCliTest.run(c);
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            String option = c[c.length - 2];
            assertEquals("tagrank: " + option + " " + out + ": is a directory; give the file to write\n", r.err());
            assertEquals("", r.out(), "refused before tagging, training or evaluating");
        }
        assertEquals(before, names(dir), "no temporary file is left beside it");
        assertEquals(List.of(), names(out));
    }

    @Test
    void explainLinesGoWhereTheTagsGoAsHelpSays() throws IOException {
        Path in = dir.resolve("explain.txt");
        Files.writeString(in, "The dog barks .\n");
        Path out = dir.resolve("explain.out");
        BadInputCliTest.Run r = BadInputCliTest.run("tag", "--model", posModel.toString(), "--quiet", "--input-format", "tokens",
                "--explain", "2", in.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(0).startsWith("The_"), lines.toString());
        assertTrue(lines.get(1).startsWith("# explain token 2 'dog' -> "), lines.toString());
        String help = BadInputCliTest.run("tag", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("its top features as # lines in the output, before the sentence (CoNLL-U input: after its own"
                + " comments, replacing an earlier run's; word_tag: after its line)"), help);

        // CoNLL-U: comments belong to the sentence they precede, so the explanation comes before its sentence's word
        // lines, after the sentence's own comments (# sent_id first, as CoNLL-U tools expect)
        Path gold = org.tagrank.testutil.Fixtures.resource("org/tagrank/task/pos/tiny-dev.conllu");
        BadInputCliTest.Run c = BadInputCliTest.run("tag", "--model", posModel.toString(), "--quiet", "--input-format",
                "conllu", "--explain", "1", gold.toString());
        assertEquals(0, c.code(), c.err());
        String[] blocks = c.out().split("\n\n");
        long sentences = Files.readString(gold).strip().split("\n\n").length;
        assertEquals(sentences, blocks.length, "one block per sentence, none of comments alone: " + c.out());
        for (String b : blocks) {
            List<String> block = b.strip().lines().toList();
            int header = 0;
            while (block.get(header).startsWith("#") && !block.get(header).startsWith("# explain")) {
                header++;
            }
            assertTrue(header > 0 && block.get(0).startsWith("# sent_id"), b);
            assertTrue(block.get(header).startsWith("# explain token 1 '"), b);
            assertTrue(block.get(block.size() - 1).matches("\\d+\\t.*"), "ends with a word line: " + b);
        }
    }

    @Test
    void dashAsTheOutputIsStdoutAsDashAsAnInputIsStdin() throws IOException {
        Path dash = Path.of("-").toAbsolutePath(); // where the run wrote it: a file named '-' in the working directory
        boolean there = Files.exists(dash);
        try {
            BadInputCliTest.Run r = BadInputCliTest.run("The dog barks .\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "tag", "--model", posModel.toString(), "--quiet", "--input-format", "tokens", "-", "-o", "-");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("The_DT dog_"), "the tags on stdout: '" + r.out() + "'");
            assertEquals(there, Files.exists(dash), "no file named '-'");
        } finally {
            if (!there) {
                Files.deleteIfExists(dash);
            }
        }
    }

    @Test
    void anInputErrorMidStreamLeavesTheOldOutputAndNoTemporaryFile() throws IOException {
        Path d = Files.createDirectories(dir.resolve("mid"));
        Path in = d.resolve("in.wt");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) { // many batches are tagged and written before the bad line
            sb.append("The_DT dog_NN\n");
        }
        Files.writeString(in, sb + "bad\n");
        Path out = d.resolve("out.txt");
        Files.writeString(out, "old\n");
        for (String threads : new String[]{"1", "2"}) {
            BadInputCliTest.Run r = BadInputCliTest.run("tag", "--model", posModel.toString(), "--quiet", "--input-format",
                    "word_tag", "--threads", threads, in.toString(), "-o", out.toString());
            assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
            assertEquals("tagrank: " + in + ":3001: token 'bad' is not word_TAG\n", r.err());
            assertEquals("old\n", Files.readString(out));
            assertEquals(List.of("in.wt", "out.txt"), names(d));
        }
    }

    @Test
    void filesAreTaggedInOrderAndThreadsChangeNoByte() throws IOException {
        Path conllu = org.tagrank.testutil.Fixtures.resource("org/tagrank/task/pos/tiny-dev.conllu");
        Path tokens = dir.resolve("order.txt");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            sb.append(i % 7 == 0 ? "\n" : "sentence number " + i + " is here .\n");
        }
        Files.writeString(tokens, sb.toString());
        String one = null;
        for (String threads : new String[]{"1", "2", "3"}) {
            BadInputCliTest.Run r = BadInputCliTest.run("tag", "--model", posModel.toString(), "--quiet", "--input-format",
                    "tokens", "--threads", threads, tokens.toString(), tokens.toString());
            assertEquals(0, r.code(), r.err());
            List<String> lines = r.out().lines().toList();
            assertEquals(2000, lines.size(), "one output line per input line, blank ones too");
            for (int i = 0; i < 2000; i++) {
                int n = i % 1000;
                assertEquals(n % 7 == 0 ? "" : "sentence_", n % 7 == 0 ? lines.get(i) : lines.get(i).substring(0, 9));
                assertTrue(n % 7 == 0 || lines.get(i).contains(" " + n + "_"), lines.get(i));
            }
            BadInputCliTest.Run c = BadInputCliTest.run("tag", "--model", posModel.toString(), "--quiet", "--input-format",
                    "conllu", "--threads", threads, conllu.toString(), conllu.toString());
            assertEquals(0, c.code(), c.err());
            List<String> gold = Files.readAllLines(conllu);
            List<String> tagged = c.out().lines().toList();
            for (int i = 0; i < gold.size(); i++) { // every comment, range and column but UPOS and XPOS as it was
                String[] g = gold.get(i).split("\t", -1);
                String[] t = tagged.get(i).split("\t", -1);
                assertEquals(g.length, t.length, tagged.get(i));
                for (int k = 0; k < g.length; k++) {
                    if (g.length != 10 || !g[0].matches("\\d+") || (k != 3 && k != 4)) {
                        assertEquals(g[k], t[k], "line " + (i + 1));
                    }
                }
            }
            one = one == null ? r.out() + c.out() : one;
            assertEquals(one, r.out() + c.out(), "--threads " + threads);
        }
    }

    @Test
    void sameDataAndSeedGiveTheSameModelForEveryTask() throws IOException {
        String rank = org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/tiny-rank.tsv").toString();
        String link = org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/link/tiny-train.mentions.tsv").toString();
        Path docs = dir.resolve("repro-docs.tsv");
        Files.writeString(docs, "sport\tthe game was great\ncomp\tmy computer crashed\nsport\ta ball game\n"
                + "comp\tthe disk drive\nsport\tthe team won\n");
        String[][] runs = {
                {"--task", "rank", "--data", rank, "--learner", "lr", "--optimizer", "lbfgs", "--threads", "2"},
                {"--task", "rank", "--data", rank, "--learner", "svm", "--optimizer", "sgd"},
                {"--task", "link", "--data", link, "--learner", "lr"},
                {"--task", "classify", "--data", docs.toString(), "--learner", "svm"},
                {"--task", "classify", "--data", docs.toString(), "--learner", "ava"},
                {"--task", "pos", "--data", CliTest.TRAIN, "--learner", "lr", "--optimizer", "lbfgs", "--threads", "2"}};
        for (String[] r : runs) {
            List<List<String>> infos = new java.util.ArrayList<>();
            for (String name : new String[]{"a", "b"}) {
                Path out = dir.resolve("repro-" + name + ".lin.zip");
                String[] args = new String[r.length + 8];
                System.arraycopy(r, 0, args, 1, r.length);
                args[0] = "train";
                System.arraycopy(new String[]{"--epochs", "3", "--seed", "7", "--quiet", "--out", out.toString()}, 0, args,
                        r.length + 1, 7);
                BadInputCliTest.Run t = BadInputCliTest.run(args);
                assertEquals(0, t.code(), String.join(" ", r) + ": " + t.err());
                infos.add(BadInputCliTest.run("info", "--model", out.toString()).out().lines()
                        .map(l -> l.replace(out.getFileName().toString(), "OUT")).toList());
            }
            assertTrue(infos.get(0).stream().anyMatch(l -> l.startsWith("weights.sha256=")), infos.get(0).toString());
            assertEquals(infos.get(0), infos.get(1), String.join(" ", r));
        }
    }

    @Test
    void theSameDataInAnotherDirectoryGivesTheSameManifest() throws IOException {
        Path rank = org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/tiny-rank.tsv");
        Path link = org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/link/tiny-train.mentions.tsv");
        Path linkDocs = link.resolveSibling("tiny-train.conll.tsv");
        Path pos = Path.of(CliTest.TRAIN);
        for (String[] r : new String[][]{{"pos", "perceptron"}, {"rank", "lr"}, {"link", "lr"}}) {
            List<List<String>> infos = new java.util.ArrayList<>();
            for (String where : new String[]{"here", "there/deeper"}) {
                Path d = Files.createDirectories(dir.resolve("moved-" + r[0]).resolve(where));
                Path data = switch (r[0]) {
                    case "pos" -> Files.copy(pos, d.resolve(pos.getFileName()));
                    case "rank" -> Files.copy(rank, d.resolve(rank.getFileName()));
                    default -> {
                        Files.copy(linkDocs, d.resolve(linkDocs.getFileName()));
                        yield Files.copy(link, d.resolve(link.getFileName()));
                    }
                };
                Path out = d.resolve("m.lin.zip");
                BadInputCliTest.Run t = BadInputCliTest.run("train", "--task", r[0], "--data", data.toString(), "--learner",
                        r[1], "--epochs", "2", "--seed", "3", "--quiet", "--out=" + out);
                assertEquals(0, t.code(), t.err());
                infos.add(BadInputCliTest.run("info", "--model", out.toString()).out().lines().toList());
            }
            assertTrue(infos.get(0).stream().anyMatch(l -> l.startsWith("train.command=tagrank train --task " + r[0]
                    + " --data " + (r[0].equals("pos") ? pos : r[0].equals("rank") ? rank : link).getFileName() + " ")),
                    infos.get(0).toString());
            assertEquals(infos.get(0), infos.get(1), r[0] + ": the data's directory must not change the model");
        }
    }

    @Test
    void quietAndVerboseDoNotChangeTheModelBytes() throws IOException {
        String rank = org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/tiny-rank.tsv").toString();
        Path plain = dir.resolve("plain/m.lin.zip"); // the same file name: the recorded command names it
        Path quiet = dir.resolve("quiet/m.lin.zip");
        assertEquals(0, BadInputCliTest.run("train", "--task", "rank", "--data", rank, "--epochs", "2", "--out",
                plain.toString()).code());
        BadInputCliTest.Run r = BadInputCliTest.run("train", "--quiet", "--task", "rank", "--data", rank, "--verbose",
                "--epochs", "2", "--out", quiet.toString());
        assertEquals(0, r.code(), r.err());
        // the manifest records the command; progress and stack-trace switches are not part of how a model was made
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(quiet),
                "same data, seed and options: same bytes");
    }

    @Test
    void theRecordedCommandKeepsFileNamesOnly() {
        assertEquals("tagrank train --task mctest --data a.tsv,b.tsv --param unlabeled=u.tsv --params p.txt --out=m.zip "
                        + "--param templates=unigram,bigram --cost NN:NNS=0.5",
                TrainCommand.recordedCommand(List.of("train", "--task", "mctest", "--data", "/c/mctest/a.tsv,rel/b.tsv",
                        "--param", "unlabeled=/x/y/u.tsv", "--params", "C:\\p\\p.txt", "--out=/tmp/m.zip",
                        "--param", "templates=unigram,bigram", "--cost", "NN:NNS=0.5")));
    }

    /** '--param=clusters=/x/c.tsv' was recorded as '--param=c.tsv': which parameter the file was for was lost. */
    @Test
    void theRecordedCommandKeepsTheKeyOfAParamGivenWithEquals() {
        assertEquals("tagrank train --param=clusters=c.tsv --data=a.tsv,b.tsv --param=templates=unigram,bigram",
                TrainCommand.recordedCommand(List.of("train", "--param=clusters=/x/c.tsv", "--data=/c/a.tsv,rel/b.tsv",
                        "--param=templates=unigram,bigram")));
    }

    @Test
    void anOutputPathThatCannotBeWrittenIsRefusedBeforeAnyWork() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file.txt"), "x\n");
        Path under = file.resolve("out.lin.zip");
        BadInputCliTest.Run r = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--epochs", "1",
                "--quiet", "--out", under.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("tagrank: --out " + under + ": cannot write in " + file + " (not a directory)\n", r.err());

        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        assertTrue(readOnly.toFile().setWritable(false, false));
        try {
            // root may write anywhere: the check is then skipped, as the write would succeed
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(readOnly), "running as root");
            Path out = readOnly.resolve("sub").resolve("out.txt");
            BadInputCliTest.Run t = BadInputCliTest.run("tag", "--model", posModel.toString(), "--quiet",
                    "--input-format", "tokens", CliTest.TRAIN, "-o", out.toString());
            assertEquals(ExitCodes.USAGE, t.code(), t.err());
            assertEquals("tagrank: -o " + out + ": cannot write in " + readOnly + " (permission denied)\n", t.err());
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    @Test
    void trainNeverWritesItsModelOverItsOwnData() throws IOException {
        Path data = Files.copy(Path.of(CliTest.TRAIN), dir.resolve("own-data.conllu"));
        byte[] before = Files.readAllBytes(data);
        BadInputCliTest.Run r = BadInputCliTest.run("train", "--task", "pos", "--data", data.toString(), "--epochs", "1",
                "--quiet", "--out", dir.resolve(".").resolve("own-data.conllu").toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().startsWith("tagrank: --out/-o "), r.err());
        assertTrue(r.err().endsWith(" is an input of this run (" + data + "): give another file\n"), r.err());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(data));

        // the same for tag (gold UPOS/XPOS would be replaced), eval --report and clusters
        for (String[] c : new String[][]{
                {"tag", "--model", posModel.toString(), "--quiet", "--input-format", "conllu", data.toString(), "-o"},
                {"eval", "--task", "pos", "--model", posModel.toString(), "--data", data.toString(), "--quiet", "--report"},
                {"clusters", "--quiet", "--format", "conllu", data.toString(), "-o"}}) {
            String[] args = java.util.Arrays.copyOf(c, c.length + 1);
            args[c.length] = data.toString();
            BadInputCliTest.Run t = BadInputCliTest.run(args);
            assertEquals(ExitCodes.USAGE, t.code(), c[0] + ": " + t.err());
            assertTrue(t.err().endsWith(" is an input of this run (" + data + "): give another file\n"), t.err());
            org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(data), c[0]);
        }
    }

    @Test
    void aFileOfACommaSeparatedDataListIsAnInputToo() throws IOException {
        Path a = Files.copy(org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/tiny-rank.tsv"), dir.resolve("a.tsv"));
        Path b = Files.copy(a, dir.resolve("b.tsv"));
        byte[] before = Files.readAllBytes(b);
        // the model replaced b.tsv, the second training file: the list was compared as one path "a.tsv,b.tsv"
        for (String[] c : new String[][]{
                {"train", "--task", "rank", "--data", a + "," + b, "--learner", "perceptron", "--quiet", "--out"},
                {"train", "--task", "rank", "--data", a.toString(), "--dev", a + ", " + b, "--quiet", "--out"},
                {"eval", "--task", "rank", "--model", "no-model.zip", "--data", a + "," + b, "--quiet", "--report"}}) {
            String[] args = java.util.Arrays.copyOf(c, c.length + 1);
            args[c.length] = b.toString();
            BadInputCliTest.Run t = BadInputCliTest.run(args);
            assertEquals(ExitCodes.USAGE, t.code(), c[0] + ": " + t.err());
            assertTrue(t.err().endsWith(" is an input of this run (" + b + "): give another file\n"), t.err());
            org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(b), c[0]);
        }
    }

    @Test
    void theFilesReadBesideTheDataAreInputsToo() throws IOException {
        Path mc = Files.copy(org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/tiny-mctest.tsv"), dir.resolve("s.tsv"));
        Path ans = Files.copy(org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/tiny-mctest.ans"), dir.resolve("s.ans"));
        Path mentions = Files.copy(org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/link/tiny-train.mentions.tsv"),
                dir.resolve("l.mentions.tsv"));
        Path conll = Files.copy(org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/link/tiny-train.conll.tsv"),
                dir.resolve("l.conll.tsv"));
        // the model (or report) replaced the answer key or the document file the run had just read
        for (String[] c : new String[][]{
                {"train", "--task", "mctest", "--data", mc.toString(), "--quiet", "--out", ans.toString()},
                {"train", "--task", "rank", "--data", mc.toString(), "--quiet", "--out", ans.toString()},
                {"eval", "--task", "mctest", "--data", mc.toString(), "--quiet", "--report", ans.toString()},
                {"train", "--task", "link", "--data", mentions.toString(), "--quiet", "--out", conll.toString()},
                {"eval", "--task", "link", "--data", mentions.toString(), "--quiet", "--report", conll.toString()}}) {
            Path target = Path.of(c[c.length - 1]);
            byte[] before = Files.readAllBytes(target);
            BadInputCliTest.Run t = BadInputCliTest.run(c);
            if (c[2].equals("rank")) { // the generic format reads no answer key: its own (bad) data, not a companion
                assertEquals(ExitCodes.BAD_DATA, t.code(), t.err());
            } else {
                assertEquals(ExitCodes.USAGE, t.code(), c[0] + " " + c[2] + ": " + t.err());
                assertTrue(t.err().endsWith(" is an input of this run (" + target + "): give another file\n"), t.err());
            }
            org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(target), c[0] + " " + c[2]);
        }
    }
}
