package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.tagrank.task.pos.PosTagger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * tag --explain wrote its feature lines with the platform's line end (%n): on Windows (line.separator CRLF) they
 * ended in CRLF inside output whose every other line ends in LF, as the README promises for CoNLL-U output.
 */
class TagExplainLineEndsTest {
    @Test
    void explainLinesEndInLfWhateverThePlatformsLineSeparator() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dline.separator=\r\n", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "tag",
                "--model", PosTagger.DEFAULT_MODEL, "--input-format", "tokens", "--output-format", "conllu",
                "--explain", "2", "--quiet").start();
        try (var in = p.getOutputStream()) {
            in.write("The dog barks .\n".getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(out.contains("\n#   "), out);
        assertFalse(out.contains("\r"), out);
    }
}
