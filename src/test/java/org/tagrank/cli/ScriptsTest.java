package org.tagrank.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scripts under scripts/ fail fast on bad arguments and missing corpora. Each runs with stand-ins for
 * {@code mvn} and {@code java} first on the PATH that only note that they were called: the checks must come
 * before any build, extraction or training.
 */
class ScriptsTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err, String calls) {
    }

    Result run(String script, String... args) throws Exception {
        return run(java.util.Map.of(), script, args);
    }

    Result run(java.util.Map<String, String> env, String script, String... args) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Path calls = dir.resolve("calls.txt");
        Path stubs = org.tagrank.testutil.ToolStubs.failing(dir, calls, "mvn", "java");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of("scripts").resolve(script).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("PATH", stubs + ":" + System.getenv("PATH"));
        pb.environment().put("TAGRANK_CORPORA", dir.resolve("no-corpora").toString());
        pb.environment().putAll(env);
        pb.environment().put("TMPDIR", dir.toString()); // a build log left by a stubbed mvn stays in the test's directory
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(script + " still running after 60 s");
        }
        return new Result(p.exitValue(), read(dir.resolve("out.txt")), read(dir.resolve("err.txt")), read(calls));
    }

    private static String read(Path f) throws IOException {
        return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
    }

    @Test
    void corenlpServerNamesAMissingPropertiesFileBeforeStartingJava() throws Exception {
        Path missing = dir.resolve("no-such.properties");
        // GNU realpath accepts a missing file: java started and CoreNLP died with a 12-line RuntimeIOException trace
        Result r = run(java.util.Map.of("CORENLP_SERVER_PROPS", missing.toString(), "TAGRANK_SERVER_CP", "unused.jar"),
                "corenlp-server");
        assertEquals(1, r.code(), r.err());
        assertEquals("corenlp-server: properties file " + missing + " not found (CORENLP_SERVER_PROPS)\n", r.err());
        assertEquals("", r.calls(), "java or mvn ran before the check");
    }

    @Test
    void corenlpServerResolvesARelativeClasspathAgainstTheCallersDirectory() throws Exception {
        // the script changes to the repository root before starting java: "my.jar" was looked up there, where it
        // is not, and java ignores a missing classpath entry (ClassNotFoundException, or no models for ner)
        Result r = run(java.util.Map.of("TAGRANK_SERVER_CP", "my.jar:lib/models.jar:/abs/x.jar"), "corenlp-server");
        assertTrue(r.calls().contains(" -cp " + dir.resolve("my.jar") + ":" + dir.resolve("lib/models.jar")
                + ":/abs/x.jar "), r.calls());
    }

    @Test
    void trainModelsNamesAMissingCorpusBeforeAnyWork() throws Exception {
        String ewt = dir.resolve("no-corpora").resolve("ud-english-ewt") + "/en_ewt-ud-train.conllu";
        for (String set : List.of("pos", "pos-fast")) {
            Result r = run("train-models", set);
            assertEquals(1, r.code(), r.err());
            // pos extracted CoreNLP's clusters and tag lexicon first (minutes, the 470 MB models jar), then
            // failed in train; mctest and link went to the build and training likewise
            assertEquals("train-models " + set + ": " + ewt + " not found (set TAGRANK_CORPORA)\n", r.err());
            assertEquals("", r.calls(), "ran before the check");
        }
        for (String set : List.of("mctest", "link", "classify")) {
            Result r = run("train-models", set);
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().startsWith("train-models " + set + ": " + dir.resolve("no-corpora")), r.err());
            assertTrue(r.err().endsWith(" not found (set TAGRANK_CORPORA)\n"), r.err());
            assertEquals("", r.calls(), set + " ran before the check");
        }
    }

    @Test
    void trainModelsRefusesMoreThanOneSet() throws Exception {
        // 'train-models mctest link' made the MCTest model alone and said nothing of link
        Result r = run("train-models", "mctest", "link");
        assertEquals(1, r.code(), r.err());
        assertEquals("train-models: one model set at a time (got: mctest link); 'all' makes every one\n", r.err());
        assertFalse(r.err().contains("not found"), r.err());
        r = run("train-models", "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Usage: scripts/train-models"), r.out());
    }

    @Test
    void benchPosChecksItsSystemsBeforeAnyWork() throws Exception {
        // a misspelt system (or --write after one) was tried only after the CoreNLP extractions and a Maven build
        Result r = run("bench-pos", "tagrank", "stanfrod");
        assertEquals(1, r.code(), r.err());
        assertEquals("bench-pos: unknown system 'stanfrod' (expected --write or: tagrank tagrank-fast stanford "
                + "stanford-distsim opennlp-maxent opennlp-perceptron)\n", r.err());
        assertEquals("", r.calls());
        // --write after the systems is taken; the missing corpus is named next
        r = run("bench-pos", "tagrank", "--write");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("bench-pos: " + dir.resolve("no-corpora")), r.err());
        assertTrue(r.err().endsWith("en_ewt-ud-train.conllu not found (set TAGRANK_CORPORA)\n"), r.err());
        assertEquals("", r.calls());
    }

    @Test
    void extractScriptsTakeOneOutputFile() throws Exception {
        Files.createDirectories(dir.resolve("adir"));
        for (String script : List.of("extract-distsim", "extract-embeddings", "extract-taglexicon")) {
            // '-o x.tsv' wrote the file '-o' (after fetching CoreNLP's models jar when absent); 'a.tsv b.tsv' only a.tsv
            for (String[] args : new String[][]{{"-o", "x.tsv"}, {"a.tsv", "b.tsv"}, {}}) {
                Result r = run(script, args);
                assertEquals(1, r.code(), script + " " + String.join(" ", args) + ": " + r.err());
                assertEquals("usage: scripts/" + script + " OUT.tsv\n", r.err());
                assertEquals("", r.calls(), script + " " + String.join(" ", args));
            }
            Result r = run(script, "adir");
            assertEquals(1, r.code(), r.err());
            assertEquals(script + ": adir is a directory: give the file to write\n", r.err());
            assertEquals("", r.calls());
            assertFalse(Files.exists(dir.resolve("-o")));
        }
    }

    @Test
    void makeEmbclassesWantsOutFirst() throws Exception {
        // '--kmeans 64 -o x.tsv' took --kmeans for OUT, extracted the embeddings, then failed in tagrank
        Result r = run("make-embclasses", "--kmeans", "64", "-o", "x.tsv");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("usage: scripts/make-embclasses OUT.tsv "), r.err());
        assertEquals("", r.calls());
        r = run("make-embclasses", "x.tsv", "--kmeans", "64", "-o", "y.tsv");
        assertEquals(1, r.code(), r.err());
        assertEquals("make-embclasses: -o is set by the script (OUT is its first argument)\n", r.err());
        assertEquals("", r.calls());
    }

    @Test
    void aScriptCalledThroughASymbolicLinkFindsItsCheckout() throws Exception {
        // train-models took the link's folder for its scripts/ folder: '$HOME/bin/../scripts/tagrank: No such file'
        Path corpora = dir.resolve("corpora");
        Path m = corpora.resolve("mctest");
        Files.createDirectories(m);
        for (String f : List.of("mc160.train.tsv", "mc500.train.tsv", "mc160.dev.tsv", "mc500.dev.tsv",
                "mc160.train.ans", "mc500.train.ans", "mc160.dev.ans", "mc500.dev.ans")) {
            Files.writeString(m.resolve(f), "x\n"); // the script checks that each is there and not empty
        }
        Path bin = dir.resolve("bin");
        Files.createDirectories(bin);
        Files.createSymbolicLink(bin.resolve("train-models"), Path.of("scripts", "train-models").toAbsolutePath());
        Result r = run(java.util.Map.of("TAGRANK_CORPORA", corpora.toString()), bin.resolve("train-models").toString(),
                "mctest");
        assertFalse(r.err().contains("No such file"), r.err());
        assertTrue(r.calls().startsWith("mvn ") || r.calls().startsWith("java "), "the launcher did not run: " + r.err());
    }

    @Test
    void everyScriptFindsItsCheckoutThroughSymbolicLinks() throws IOException {
        try (var scripts = Files.list(Path.of("scripts"))) {
            for (Path s : scripts.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(s, StandardCharsets.UTF_8);
                if (text.contains("root=\"$(cd")) { // the scripts that find the checkout from their own path
                    assertTrue(text.contains("readlink -f \"${BASH_SOURCE[0]}\""), s + " finds its root without resolving links");
                }
            }
        }
    }

    /** A checkout without a jar: scripts/tagrank and a pom.xml, so that the launcher must build first. */
    private Path bareCheckout() throws IOException {
        Path root = dir.resolve("checkout");
        Files.createDirectories(root.resolve("scripts"));
        Files.createDirectories(root.resolve("src/main"));
        Files.copy(Path.of("scripts", "tagrank"), root.resolve("scripts/tagrank"));
        Files.writeString(root.resolve("pom.xml"), "<project>\n  <version>9.9</version>\n</project>\n");
        return root;
    }

    @Test
    void theLauncherSaysWhenMavenIsMissing() throws Exception {
        Path root = bareCheckout();
        Path bin = dir.resolve("bin"); // the tools the launcher uses, without mvn
        Files.createDirectories(bin);
        for (String tool : List.of("bash", "env", "sed", "head", "find", "dirname", "readlink", "mktemp", "grep", "rm")) {
            for (String d : List.of("/usr/bin", "/bin")) {
                if (Files.isExecutable(Path.of(d, tool)) && !Files.exists(bin.resolve(tool))) {
                    Files.createSymbolicLink(bin.resolve(tool), Path.of(d, tool));
                }
            }
        }
        ProcessBuilder pb = new ProcessBuilder(root.resolve("scripts/tagrank").toString(), "--version");
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("TMPDIR", dir.toString());
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = read(dir.resolve("err.txt"));
        // it said 'building ...', then 'build failed (Maven's log: /tmp/...)', the reason only in that file
        assertEquals("tagrank: " + root.resolve("target/tagrank-9.9-all.jar") + " is missing or older than the sources; "
                + "building it needs Maven (mvn), which is not on the PATH\n", err);
        assertEquals(4, p.exitValue(), err);
    }

    @Test
    void aFailedBuildIsNotAUsageError() throws Exception {
        Path root = bareCheckout();
        Path stubs = dir.resolve("failing-mvn");
        Files.createDirectories(stubs);
        Files.writeString(stubs.resolve("mvn"), "#!/bin/sh\necho '[INFO] compiling'\necho '[ERROR] it does not compile'\nexit 1\n");
        assertTrue(stubs.resolve("mvn").toFile().setExecutable(true));
        ProcessBuilder pb = new ProcessBuilder(root.resolve("scripts/tagrank").toString(), "--version");
        pb.environment().put("PATH", stubs + ":" + System.getenv("PATH"));
        pb.environment().put("TMPDIR", dir.toString());
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = read(dir.resolve("err.txt"));
        assertTrue(err.contains("[ERROR] it does not compile\ntagrank: build failed (Maven's log: "), err);
        assertFalse(err.contains("[INFO]"), err);
        // exit 1, which the README gives to usage errors
        assertEquals(4, p.exitValue(), err);
    }

    @Test
    void twoLaunchersWithAStaleJarBuildItOnce() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/flock")) || Files.isExecutable(Path.of("/bin/flock")),
                "no flock here: the launcher builds without a lock");
        // both ran 'mvn package' in the same target/ at once, one deleting the classes the other was packing
        Path root = bareCheckout();
        Path stubs = dir.resolve("slow-mvn");
        Files.createDirectories(stubs);
        Path calls = dir.resolve("calls.txt");
        Files.writeString(stubs.resolve("mvn"), "#!/bin/sh\necho mvn >> '" + calls + "'\nsleep 2\nmkdir -p target\n"
                + "touch target/tagrank-9.9-all.jar\n");
        Files.writeString(stubs.resolve("java"), "#!/bin/sh\necho java >> '" + calls + "'\n");
        assertTrue(stubs.resolve("mvn").toFile().setExecutable(true));
        assertTrue(stubs.resolve("java").toFile().setExecutable(true));
        List<Process> launchers = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ProcessBuilder pb = new ProcessBuilder(root.resolve("scripts/tagrank").toString(), "--version");
            pb.environment().put("PATH", stubs + ":" + System.getenv("PATH"));
            pb.environment().put("TMPDIR", dir.toString());
            pb.redirectOutput(dir.resolve("out" + i + ".txt").toFile()).redirectError(dir.resolve("err" + i + ".txt").toFile());
            launchers.add(pb.start());
        }
        for (int i = 0; i < 2; i++) {
            assertTrue(launchers.get(i).waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, launchers.get(i).exitValue(), read(dir.resolve("err" + i + ".txt")));
        }
        List<String> lines = Files.readAllLines(calls);
        assertEquals(List.of("mvn", "java", "java"), lines.stream().sorted(java.util.Comparator.reverseOrder()).toList());
    }

    @Test
    void benchPosTrainChecksItsArgumentsBeforeAnyWork() throws Exception {
        // each was checked only in the loop after the CoreNLP extractions (or not at all: 0 runs printed no row)
        Result r = run("bench-pos-train", "3", "1g", "stray");
        assertEquals(1, r.code(), r.err());
        assertEquals("bench-pos-train: 'stray' is neither runs, heap (e.g. 2g) nor a train option\n", r.err());
        r = run("bench-pos-train", "0");
        assertEquals(1, r.code(), r.err());
        assertEquals("bench-pos-train: runs must be 1 or more, not 0\n", r.err());
        // train options alone keep the default runs and heap, and the missing corpus is named next
        for (String[] args : new String[][]{{"--param", "wordnet=/usr/share/wordnet"}, {"2", "--param", "ensemble=2"}, {"2g"}}) {
            r = run("bench-pos-train", args);
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().endsWith("en_ewt-ud-train.conllu not found (set TAGRANK_CORPORA)\n"), r.err());
        }
        assertEquals("", r.calls());
    }

    @Test
    void benchPosLoadAndSteadyRefuseZeroRuns() throws Exception {
        // bench-pos-load 0 printed a row of 0.000 s figures for each model; bench-pos-steady 0 printed nothing, exit 0
        Path data = Files.writeString(dir.resolve("d.conllu"), "1\tCats\t_\tNOUN\tNNS\t_\t0\troot\t_\t_\n\n");
        Result r = run("bench-pos-load", "0", "m.lin.zip");
        assertEquals(1, r.code(), r.err());
        assertEquals("bench-pos-load: runs must be 1 or more, not 0\n", r.err());
        r = run("bench-pos-steady", "--cpu", "0", data.toString(), "m.lin.zip");
        assertEquals(1, r.code(), r.err());
        assertEquals("bench-pos-steady: runs must be 1 or more, not 0\n", r.err());
        assertEquals("", r.out());
        assertEquals("", r.calls());
    }

    @Test
    void benchPosSeedsWantsSeedsFirst() throws Exception {
        // the extra train arguments without SEEDS: '--param' became the seed, after the CoreNLP extractions
        Result r = run("bench-pos-seeds", "--param", "wordnet=/usr/share/wordnet");
        assertEquals(1, r.code(), r.err());
        assertEquals("bench-pos-seeds: SEEDS must be one or more integers (\"1 2 3\"), not '--param'\n", r.err());
        assertEquals("", r.calls());
        r = run("bench-pos-seeds", "1 2 3", "--param", "wordnet=/usr/share/wordnet");
        assertTrue(r.err().endsWith("en_ewt-ud-train.conllu not found (set TAGRANK_CORPORA)\n"), r.err());
    }

    @Test
    void benchClassifyChecksItsSystemsBeforeAnyWork() throws Exception {
        Path docs = dir.resolve("docs.tsv");
        Files.writeString(docs, "a\tsome text\n");
        // 'tagrank,opennlpp' trained TagRank, then failed with Java's stack trace
        Result r = run("bench-classify", docs.toString(), docs.toString(), "tagrank,opennlpp");
        assertEquals(1, r.code(), r.err());
        assertEquals("bench-classify: unknown system 'opennlpp' (expected tagrank, opennlp, opennlp-alnum, liblinear-cs, "
                + "liblinear-l2svc)\n", r.err());
        assertEquals("", r.calls());
        r = run("bench-classify", docs.toString(), docs.toString(), "tagrank", "opennlp");
        assertEquals(1, r.code(), r.err());
        assertEquals("bench-classify: at most TRAIN TEST SYSTEMS (got 4 arguments)\n", r.err());
        assertEquals("", r.calls());
        r = run("bench-classify");
        assertTrue(r.err().startsWith("bench-classify: " + dir.resolve("no-corpora") + "/20newsgroups/train.tsv not found"), r.err());
    }

    @Test
    void selectAndBenchClassifySayWhatIsWrongWithTheirFiles() throws Exception {
        // each said "X not found (set TAGRANK_CORPORA)": also of a file given as an argument (the variable plays no
        // part), of one that is there but empty, and a directory passed the check and failed in Java
        Path docs = Files.writeString(dir.resolve("docs.tsv"), "a\tsome text\n");
        Path empty = Files.writeString(dir.resolve("empty.tsv"), "");
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Path missing = dir.resolve("missing.tsv");
        String[][] cases = {{missing.toString(), missing + " not found"}, {empty.toString(), empty + " is empty"},
                {folder.toString(), folder + " is a directory, not a file"}};
        for (String[] c : cases) {
            Result select = run("select-classify", c[0]);
            assertEquals("select-classify: " + c[1] + "\n", select.err());
            assertEquals(1, select.code());
            assertEquals("", select.calls());
            Result bench = run("bench-classify", docs.toString(), c[0]);
            assertEquals("bench-classify: " + c[1] + "\n", bench.err());
            assertEquals(1, bench.code());
            assertEquals("", bench.calls());
        }
        Result byDefault = run("select-classify"); // the default file under the corpora: the variable is the hint
        assertEquals("select-classify: " + dir.resolve("no-corpora") + "/20newsgroups/train.tsv not found (set "
                + "TAGRANK_CORPORA, or give TRAIN)\n", byDefault.err());
    }

    @Test
    void benchLinkChecksItsRowNamesBeforeAnyWork() throws Exception {
        // a misspelt row ran nothing for it, and the report came out without it, exit 0
        Result r = run(java.util.Map.of("ROWS", "lr lr-emb-coc"), "bench-link");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("bench-link: ROWS names no row 'lr-emb-coc' (rows: lr svm perceptron lr-2pass "), r.err());
        assertEquals("", r.calls());
        r = run(java.util.Map.of("ROWS", "lr lr-emball-topic-cooc lr-emb-wda"), "bench-link");
        assertTrue(r.err().startsWith("bench-link: " + dir.resolve("no-corpora")), r.err());
        // every row the script trains is a name ROWS takes
        String script = Files.readString(Path.of("scripts", "bench-link"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("train_row ([a-z0-9-]+) ").matcher(script);
        while (m.find()) {
            r = run(java.util.Map.of("ROWS", m.group(1)), "bench-link");
            assertFalse(r.err().contains("ROWS names no row"), r.err());
        }
    }

    @Test
    void benchMctestNamesTheMissingFile() throws Exception {
        Path mc = dir.resolve("corpora/mctest");
        Files.createDirectories(mc);
        Files.writeString(mc.resolve("mc160.train.tsv"), "x\n"); // its .ans is missing
        Path out = dir.resolve("bench-out");
        Result r = run(java.util.Map.of("TAGRANK_CORPORA", dir.resolve("corpora").toString()), "bench-mctest", out.toString());
        // it said 'missing .../mc160.train.tsv/.ans', exit 2 (bad data), and had made OUTDIR
        assertEquals("bench-mctest: " + mc.resolve("mc160.train.ans") + " not found (set TAGRANK_CORPORA)\n", r.err());
        assertEquals(1, r.code());
        assertFalse(Files.exists(out));
        r = run("bench-mctest", out.toString(), "extra");
        assertEquals("usage: scripts/bench-mctest [OUTDIR]\n", r.err());
        assertEquals("", r.calls());
    }
}
