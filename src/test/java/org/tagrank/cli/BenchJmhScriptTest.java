package org.tagrank.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** scripts/bench-jmh in a scratch checkout, with stand-ins for mvn and java. */
class BenchJmhScriptTest {
    @TempDir
    Path dir;

    /** A checkout of version 0.2.0 whose target/ also holds an older build's jar, which sorts first. */
    private Path checkoutWithTwoJars() throws Exception {
        return checkout("two-jars", "0.2.0");
    }

    /** scripts/bench-jmh in a scratch checkout of this pom version, whose target/ holds an empty 0.1.0 jar. */
    private Path checkout(String name, String version) throws Exception {
        Path root = dir.resolve(name);
        Files.createDirectories(root.resolve("scripts"));
        Files.createDirectories(root.resolve("target"));
        Files.copy(Path.of("scripts/bench-jmh"), root.resolve("scripts/bench-jmh"));
        assertTrue(root.resolve("scripts/bench-jmh").toFile().setExecutable(true));
        Files.writeString(root.resolve("pom.xml"), "<project>\n  <version>" + version + "</version>\n</project>\n");
        Files.writeString(root.resolve("target/tagrank-0.1.0-all.jar"), "");
        return root;
    }

    private String[] runIn(Path root, Path calls, String javaStub) throws Exception {
        return runIn(root, calls, javaStub, java.util.Map.of());
    }

    private String[] runIn(Path root, Path calls, String javaStub, java.util.Map<String, String> env) throws Exception {
        Path stubs = Files.createDirectories(dir.resolve("stubs-" + root.getFileName()));
        Files.writeString(stubs.resolve("mvn"), "#!/bin/sh\nexit 0\n");
        Files.writeString(stubs.resolve("java"), javaStub.replace("CALLS", calls.toString()));
        for (String tool : List.of("mvn", "java")) {
            assertTrue(stubs.resolve(tool).toFile().setExecutable(true));
        }
        ProcessBuilder pb = new ProcessBuilder(root.resolve("scripts/bench-jmh").toString(), "Tagger")
                .directory(dir.toFile()).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("PATH", stubs + ":" + System.getenv("PATH"));
        pb.environment().put("TMPDIR", Files.createDirectories(dir.resolve("tmp")).toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new String[]{Integer.toString(p.exitValue()), Files.readString(dir.resolve("err.txt")),
                Files.exists(calls) ? Files.readString(calls) : ""};
    }

    private static final String RECORDING_JAVA = """
            #!/bin/bash
            echo "java $* (TAGRANK_CORPORA=$TAGRANK_CORPORA)" >> 'CALLS'
            case "$*" in
              *-version*) echo 'openjdk version "17.0.0"' >&2 ;;
              *) while [[ $# -gt 0 && "$1" != -rff ]]; do shift; done; echo 'Benchmark  Score' > "$2" ;;
            esac
            """;

    @Test
    void itRunsTheJarOfThePomsVersionNotTheFirstOneListed() throws Exception {
        Path root = checkoutWithTwoJars();
        Files.writeString(root.resolve("target/tagrank-0.2.0-all.jar"), "");
        Path calls = dir.resolve("calls.txt");
        String[] r = runIn(root, calls, RECORDING_JAVA);
        assertEquals("0", r[0], r[1]);
        // 'ls target/tagrank-*-all.jar | head -1' took 0.1.0's, a build of other code
        assertTrue(r[2].contains("-cp " + root.resolve("target/tagrank-0.2.0-all.jar") + " org.openjdk.jmh.Main"), r[2]);
    }

    @Test
    void theBenchmarksGetARelativeCorporaAsTheCallerNamedIt() throws Exception {
        Path root = checkoutWithTwoJars();
        Files.writeString(root.resolve("target/tagrank-0.2.0-all.jar"), "");
        Path calls = dir.resolve("calls-env.txt");
        String[] r = runIn(root, calls, RECORDING_JAVA, java.util.Map.of("TAGRANK_CORPORA", "corpora"));
        assertEquals("0", r[0], r[1]);
        // exported as given, then the script changed to the checkout, where the JMH runs read it
        assertTrue(r[2].contains("org.openjdk.jmh.Main -rf text -rff ") && r[2].contains("(TAGRANK_CORPORA="
                + dir.resolve("corpora") + ")"), r[2]);
    }

    @Test
    void itSaysSoWhenThePomsVersionHasNoJar() throws Exception {
        Path root = checkoutWithTwoJars();
        Path calls = dir.resolve("calls-none.txt");
        String[] r = runIn(root, calls, RECORDING_JAVA);
        assertEquals("4", r[0], r[1]);
        assertTrue(r[1].endsWith("bench-jmh: the build made no " + root.resolve("target/tagrank-0.2.0-all.jar")
                + " (the version in pom.xml is 0.2.0)\n"), r[1]);
        assertEquals("", r[2], "it ran an older build's jar");
    }

    @Test
    void aFailedUpdateOfTheDocsLeavesNoTemporaryFile() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Path root = checkout("checkout", "0.1.0");
        Path stubs = Files.createDirectories(dir.resolve("stubs"));
        Files.writeString(stubs.resolve("mvn"), "#!/bin/sh\nexit 0\n");
        // JMH writes its result file (-rff FILE); BenchTable --update fails
        Files.writeString(stubs.resolve("java"), """
                #!/bin/bash
                case "$*" in
                  *-version*) echo 'openjdk version "17.0.0"' >&2 ;;
                  *BenchTable*) echo 'cannot update' >&2; exit 4 ;;
                  *) while [[ $# -gt 0 && "$1" != -rff ]]; do shift; done; echo 'Benchmark  Score' > "$2" ;;
                esac
                """);
        for (String tool : List.of("mvn", "java")) {
            assertTrue(stubs.resolve(tool).toFile().setExecutable(true));
        }
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        ProcessBuilder pb = new ProcessBuilder(root.resolve("scripts/bench-jmh").toString(), "--write", "Tagger")
                .directory(dir.toFile()).redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("PATH", stubs + ":" + System.getenv("PATH"));
        pb.environment().put("TMPDIR", tmp.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(dir.resolve("err.txt"));
        assertNotEquals(0, p.exitValue(), err);
        assertTrue(Files.readString(dir.resolve("out.txt")).contains("Benchmark  Score"), err);
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "temporary files left behind");
        }
    }
}
