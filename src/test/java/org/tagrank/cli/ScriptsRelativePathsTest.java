package org.tagrank.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.testutil.ToolStubs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scripts that change to the checkout before their work read a relative {@code TAGRANK_CORPORA} (and the other paths
 * they take from the environment) from there, not from the caller's directory: bench-link and bench-link-msnbc said
 * "not found (set TAGRANK_CORPORA)" of files that were there, bench-pos and cv-mctest-dep passed paths that no longer
 * named them to Java. Each runs in a scratch checkout with stand-ins for mvn and java that note their arguments.
 */
class ScriptsRelativePathsTest {
    @TempDir
    Path dir;

    /** A checkout with the scripts, a pom.xml of version 9.9 and its jar, newer than the sources. */
    private Path checkout(String... scripts) throws Exception {
        Path root = dir.resolve("checkout");
        Files.createDirectories(root.resolve("scripts"));
        Files.createDirectories(root.resolve("src/main"));
        Files.createDirectories(root.resolve("models"));
        Files.createDirectories(root.resolve("target"));
        for (String s : scripts) {
            Files.copy(Path.of("scripts", s), root.resolve("scripts").resolve(s));
            assertTrue(root.resolve("scripts").resolve(s).toFile().setExecutable(true));
        }
        Files.writeString(root.resolve("pom.xml"), "<project>\n  <version>9.9</version>\n"
                + "    <corenlp.version>4.5.10</corenlp.version>\n</project>\n");
        Path jar = Files.writeString(root.resolve("target/tagrank-9.9-all.jar"), "");
        assertTrue(jar.toFile().setLastModified(System.currentTimeMillis() + 60_000)); // not stale for the launcher
        return root;
    }

    private static void file(Path p) throws Exception {
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x\n");
    }

    /** Runs the script from {@code dir} (the caller's directory); returns the stand-ins' calls. */
    private String run(Path script, Map<String, String> env, int toolsExit, String... args) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Path calls = dir.resolve("calls.txt");
        Path stubs = ToolStubs.recording(dir, calls, toolsExit, "java");
        Files.writeString(stubs.resolve("mvn"), "#!/bin/sh\nexit 0\n");
        assertTrue(stubs.resolve("mvn").toFile().setExecutable(true));
        List<String> command = new java.util.ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("TMPDIR", Files.createDirectories(dir.resolve("tmp")).toString());
        pb.environment().putAll(env);
        pb.environment().put("PATH", stubs + ":" + env.getOrDefault("PATH", System.getenv("PATH")));
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(script + " still running after 60 s");
        }
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertFalse(err.contains("not found (set TAGRANK_CORPORA)"), err);
        return (Files.exists(calls) ? Files.readString(calls) : "") + "\n--- stderr:\n" + err;
    }

    @Test
    void benchLinkReadsARelativeCorporaFromTheCallersDirectory() throws Exception {
        Path root = checkout("bench-link", "tagrank");
        Path aida = dir.resolve("corpora/entity-linking/aida-conll");
        for (String f : List.of("aida-train", "aida-testa", "aida-testb")) {
            file(aida.resolve(f + ".mentions.tsv"));
        }
        String calls = run(root.resolve("scripts/bench-link"), Map.of("TAGRANK_CORPORA", "corpora", "HELDOUT", "0",
                "WIKIDICT", "none", "EMBEDDINGS", "none", "ROWS", "lr"), 1);
        assertTrue(calls.contains("--data " + aida.resolve("aida-testb.mentions.tsv") + " "), calls);
    }

    @Test
    void benchLinkMsnbcReadsARelativeCorporaFromTheCallersDirectory() throws Exception {
        Path root = checkout("bench-link-msnbc", "tagrank");
        file(dir.resolve("corpora/entity-linking/aida-conll/aida-train.mentions.tsv"));
        file(dir.resolve("corpora/entity-linking/msnbc/msnbc.benchmark.jsonl"));
        file(dir.resolve("wd/wikidict.tab.gz"));
        String calls = run(root.resolve("scripts/bench-link-msnbc"), Map.of("TAGRANK_CORPORA", "corpora",
                "WIKIDICT", "wd/wikidict.tab.gz"), 1);
        assertTrue(calls.contains(dir.resolve("corpora/entity-linking").toString()), calls);
        assertFalse(calls.contains(" wd/wikidict.tab.gz"), calls);
    }

    @Test
    void benchPosPassesTheCorporaAsTheCallerNamedThem() throws Exception {
        Path root = checkout("bench-pos");
        file(root.resolve("target/clusters/egw4-reut.512.tsv"));
        file(root.resolve("target/taglexicon/corenlp-left3words.tsv"));
        Path ewt = dir.resolve("corpora/ud-english-ewt");
        for (String s : List.of("train", "dev", "test")) {
            file(ewt.resolve("en_ewt-ud-" + s + ".conllu"));
        }
        String calls = run(root.resolve("scripts/bench-pos"), Map.of("TAGRANK_CORPORA", "corpora"), 1, "tagrank");
        // the files were checked from the caller's directory, then given to java after 'cd' to the checkout
        assertTrue(calls.contains(" " + ewt.resolve("en_ewt-ud-train.conllu") + " "), calls);
    }

    @Test
    void benchCoreNlpServerPassesARelativeModelsJarAsTheCallerNamedIt() throws Exception {
        Path root = checkout("bench-corenlp-server");
        // a server that is up at once (curl below says so) and waits to be killed
        Path server = Files.writeString(root.resolve("scripts/corenlp-server"), "#!/bin/sh\nexec sleep 60\n");
        assertTrue(server.toFile().setExecutable(true));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("curl"), "#!/bin/sh\nexit 0\n");
        assertTrue(bin.resolve("curl").toFile().setExecutable(true));
        file(dir.resolve("corpora/ud-english-ewt/en_ewt-ud-dev.conllu"));
        file(dir.resolve("lib/models.jar"));
        String calls = run(root.resolve("scripts/bench-corenlp-server"), Map.of("TAGRANK_CORPORA", "corpora",
                "CORENLP_MODELS_JAR", "lib/models.jar", "PATH", bin + ":" + System.getenv("PATH")), 0, "1", "1");
        // the in-process run starts java in the checkout: 'lib/models.jar' was looked up there, and java ignores a
        // classpath entry that is not there (CoreNLP's pos then had no model)
        assertTrue(calls.contains("-cp " + root.resolve("target/tagrank-9.9-all.jar") + ":" + dir.resolve("lib/models.jar")
                + " scripts/BenchCoreNlpPipeline.java"), calls);
    }

    @Test
    void cvMctestDepPassesTheCorporaAsTheCallerNamedThem() throws Exception {
        Path root = checkout("cv-mctest-dep", "tagrank");
        Path mc = dir.resolve("corpora/mctest");
        for (String f : List.of("mc160.train", "mc500.train", "mc160.dev", "mc500.dev")) {
            file(mc.resolve(f + ".tsv"));
            file(mc.resolve(f + ".ans"));
        }
        file(dir.resolve("m2/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar"));
        String calls = run(root.resolve("scripts/cv-mctest-dep"), Map.of("TAGRANK_CORPORA", "corpora", "M2_REPO", "m2"), 0);
        assertTrue(calls.contains(" " + mc.resolve("mc160.train.tsv") + " "), calls);
        assertTrue(calls.contains(":" + dir.resolve("m2/edu")), calls);
    }
}
