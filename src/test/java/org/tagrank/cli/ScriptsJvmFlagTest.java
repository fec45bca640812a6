package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every script that runs the runnable jar gives Java {@code -XX:-DontCompileHugeMethods}, as scripts/tagrank does:
 * without it CoreNLP's tokenizer runs interpreted and a script's timings are not comparable with the others'
 * (bench-pos-seeds' wall seconds were not).
 */
class ScriptsJvmFlagTest {
    private static final Pattern RUNS_JAR = Pattern.compile("\\bjava\\b.*\\s-jar\\s");

    @Test
    void everyScriptRunningTheJarSetsTheFlag() throws IOException {
        List<String> missing = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.list(Path.of("scripts"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                if (lines.isEmpty() || !lines.get(0).startsWith("#!") || !lines.get(0).contains("bash")) {
                    continue; // Java programs and property files
                }
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (!line.stripLeading().startsWith("#") && RUNS_JAR.matcher(line).find()) {
                        seen++;
                        if (!line.contains("-XX:-DontCompileHugeMethods")) {
                            missing.add(f + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertFalse(seen == 0, "no script line runs the jar: the pattern no longer matches the scripts");
        assertEquals(List.of(), missing);
    }
}
