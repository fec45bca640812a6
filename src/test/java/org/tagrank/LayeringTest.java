package org.tagrank;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Package dependencies point one way: core ← feature ← learn ← {eval, io} ← task ← {cli, integration};
 * only integration/corenlp (and the tokenizer edge) imports CoreNLP, only integration/opennlp imports OpenNLP.
 */
class LayeringTest {
    private static final Path SRC = Path.of("src/main/java/org/tagrank");
    /** Packages each layer may import from the project (besides itself). */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "core", List.of(),
            "feature", List.of("core"),
            "learn", List.of("core", "feature"),
            "eval", List.of("core", "feature", "learn"),
            "io", List.of("core", "feature", "learn"),
            "task", List.of("core", "feature", "learn", "eval", "io", "task"),
            "cli", List.of("core", "feature", "learn", "eval", "io", "task", "cli", "integration"),
            "integration", List.of("core", "feature", "learn", "eval", "io", "task", "integration"));

    /** Files outside integration/corenlp allowed to use CoreNLP: the tokenizer edge. */
    private static boolean tokenizerEdge(Path file) {
        return file.getFileName().toString().equals("CoreNlpTokenizer.java");
    }

    @Test
    void importsPointOneWay() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SRC)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = SRC.relativize(f).toString().replace('\\', '/');
                String layer = rel.substring(0, rel.indexOf('/'));
                String sub = rel.startsWith("integration/") ? rel.split("/")[1] : "";
                for (String line : Files.readAllLines(f)) {
                    line = line.strip();
                    if (!line.startsWith("import ")) {
                        continue;
                    }
                    String target = line.replace("import static ", "").replace("import ", "").replace(";", "");
                    if (target.startsWith("org.tagrank.")) {
                        String to = target.substring("org.tagrank.".length()).split("\\.")[0];
                        if (!to.equals(layer) && !ALLOWED.get(layer).contains(to)) {
                            violations.add(rel + " imports " + target);
                        }
                    }
                    if (target.startsWith("edu.stanford.") && !sub.equals("corenlp") && !tokenizerEdge(f)) {
                        violations.add(rel + " imports CoreNLP: " + target);
                    }
                    if (target.startsWith("opennlp.") && !sub.equals("opennlp")) {
                        violations.add(rel + " imports OpenNLP: " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
