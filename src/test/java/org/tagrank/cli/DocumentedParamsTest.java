package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every --param key a task accepts is named in the user docs (README.md, docs/usage-*.md), as `KEY=` or `--param KEY`. */
class DocumentedParamsTest {
    @Test
    void everyTaskParameterIsDocumented() throws IOException {
        StringBuilder docs = new StringBuilder(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        try (Stream<Path> s = Files.list(Path.of("docs"))) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("usage-")).sorted().toList()) {
                docs.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        List<String> undocumented = new ArrayList<>();
        for (Map.Entry<String, TaskCli> task : Tasks.byName().entrySet()) {
            for (String key : new TreeSet<>(task.getValue().paramKeys())) {
                String k = Pattern.quote(key);
                // `key=`, `--param key`, or one of a `--param a|key|b=true` list
                Pattern named = Pattern.compile("`" + k + "[=`]|--param " + k + "\\b|--param [a-z.|]*\\|" + k + "[|=]");
                if (!named.matcher(docs).find()) {
                    undocumented.add(task.getKey() + ": " + key);
                }
            }
        }
        assertTrue(undocumented.isEmpty(), "--param keys the user docs do not name: " + undocumented);
    }
}
