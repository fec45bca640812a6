package org.tagrank.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Java 17 decodes its arguments and file names in the locale's character set: under the C/POSIX locale (a container's
 * default) {@code scripts/tagrank info --model modèle.zip} read the name as 'mod��le.zip' and said the file was not
 * found. The launcher runs Java under a UTF-8 locale when the caller's is not one.
 */
class ScriptsUtf8LocaleTest {
    @TempDir
    Path dir;

    private static String sh(String command) throws Exception {
        Process p = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    @Test
    void javaRunsUnderAUtf8LocaleWhenTheCallersIsC() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Assumptions.assumeTrue(sh("locale -a 2>/dev/null").toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bc\\.utf-?8\\b.*"),
                "no C.UTF-8 locale on this machine");
        Path root = dir.resolve("checkout");
        Files.createDirectories(root.resolve("scripts"));
        Files.createDirectories(root.resolve("src/main"));
        Files.createDirectories(root.resolve("models"));
        Files.createDirectories(root.resolve("target"));
        Files.copy(Path.of("scripts/tagrank"), root.resolve("scripts/tagrank"));
        assertTrue(root.resolve("scripts/tagrank").toFile().setExecutable(true));
        Files.writeString(root.resolve("pom.xml"), "<project>\n  <version>9.9</version>\n</project>\n");
        Path jar = Files.writeString(root.resolve("target/tagrank-9.9-all.jar"), "");
        assertTrue(jar.toFile().setLastModified(System.currentTimeMillis() + 60_000)); // not stale for the launcher
        Path stubs = Files.createDirectories(dir.resolve("stubs"));
        Path calls = dir.resolve("calls.txt");
        Files.writeString(stubs.resolve("java"), "#!/bin/sh\nlocale charmap > '" + calls + "'\nexit 0\n");
        assertTrue(stubs.resolve("java").toFile().setExecutable(true));

        for (String callers : new String[]{"C", "POSIX", "C.UTF-8"}) {
            ProcessBuilder pb = new ProcessBuilder(root.resolve("scripts/tagrank").toString(), "info", "--model", "modèle.zip");
            pb.environment().remove("LANG");
            pb.environment().remove("LC_CTYPE");
            pb.environment().put("LC_ALL", callers);
            pb.environment().put("PATH", stubs + ":" + System.getenv("PATH"));
            pb.redirectErrorStream(true);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            assertEquals("UTF-8", Files.readString(calls).strip(), "caller's locale " + callers);
        }
    }
}
