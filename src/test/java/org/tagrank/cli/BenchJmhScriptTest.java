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

    @Test
    void aFailedUpdateOfTheDocsLeavesNoTemporaryFile() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Path root = dir.resolve("checkout");
        Files.createDirectories(root.resolve("scripts"));
        Files.createDirectories(root.resolve("target"));
        Files.copy(Path.of("scripts/bench-jmh"), root.resolve("scripts/bench-jmh"));
        assertTrue(root.resolve("scripts/bench-jmh").toFile().setExecutable(true));
        Files.writeString(root.resolve("target/tagrank-0.1.0-all.jar"), "");
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
