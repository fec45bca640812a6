package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.testutil.Fixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The key lists the usage docs give for {@code eval --json} (a {@code {"task",...}} or {@code {"task":..,...}} comment
 * after the command) are the keys the command prints, in order.
 */
class DocJsonKeysTest {
    @TempDir
    Path dir;

    /** The keys of the {...} comment on the doc's line holding {@code command}. */
    static List<String> documentedKeys(String doc, String command) throws IOException {
        String line = Files.readAllLines(Path.of(doc), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(command)).findFirst().orElseThrow(() -> new AssertionError(doc + ": no " + command));
        String object = line.substring(line.indexOf('{'), line.lastIndexOf('}') + 1);
        // {"a":..,"b":"x"} names keys before ':'; {"a","b"} names only keys
        Pattern key = Pattern.compile(object.contains(":") ? "\"(\\w+)\":" : "\"(\\w+)\"");
        List<String> keys = new ArrayList<>();
        Matcher m = key.matcher(object);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    /** The top-level keys of a JSON object, in order (nested objects and arrays skipped). */
    static List<String> keysOf(String json) {
        List<String> keys = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (json.charAt(end) != '"') {
                    end += json.charAt(end) == '\\' ? 2 : 1;
                }
                if (depth == 1 && end + 1 < json.length() && json.charAt(end + 1) == ':') {
                    keys.add(json.substring(i + 1, end));
                }
                i = end;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return keys;
    }

    @Test
    void rankEval() throws IOException {
        String data = Fixtures.resource("org/tagrank/task/rank/tiny-rank.tsv").toString();
        String model = dir.resolve("r.lin.zip").toString();
        assertEquals(0, CliTest.run("train", "--task", "rank", "--data", data, "--learner", "lr", "--quiet", "--out", model).code());
        CliTest.Run r = CliTest.run("eval", "--task", "rank", "--model", model, "--data", data, "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(documentedKeys("docs/usage-rank.md", "scripts/tagrank eval  --task rank"), keysOf(r.out().strip()), r.out());
    }

    @Test
    void classifyEval() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append("sci.space\tthe shuttle orbit launch ").append(i).append('\n');
            s.append("rec.autos\tthe car engine brakes ").append(i).append('\n');
        }
        String data = Files.writeString(dir.resolve("c.tsv"), s.toString()).toString();
        String model = dir.resolve("c.lin.zip").toString();
        assertEquals(0, CliTest.run("train", "--task", "classify", "--data", data, "--quiet", "--out", model).code());
        CliTest.Run r = CliTest.run("eval", "--task", "classify", "--model", model, "--data", data, "--json");
        assertEquals(0, r.code(), r.err());
        List<String> documented = documentedKeys("docs/usage-classify.md", "\"task\",\"model\"");
        assertTrue(documented.size() > 3, documented.toString());
        assertEquals(documented, keysOf(r.out().strip()), r.out());
    }

    @Test
    void mctestBaselineEval() throws IOException {
        // the baselines read no model (and so no WordNet); every key they print is named in usage-rank.md's eval item
        String doc = Files.readString(Path.of("docs/usage-rank.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("- **eval.**");
        assertTrue(start >= 0, "usage-rank.md: no '- **eval.**' item");
        String item = doc.substring(start, doc.indexOf("- **", start + 1));
        String data = Fixtures.resource("org/tagrank/task/rank/tiny-mctest.tsv").toString();
        CliTest.Run r = CliTest.run("eval", "--task", "mctest", "--param", "baseline=sw", "--data", data, "--json");
        assertEquals(0, r.code(), r.err());
        List<String> missing = keysOf(r.out().strip()).stream()
                .filter(k -> !Pattern.compile("[`\\s,\"]" + k + "[`,\"]").matcher(item).find()).toList();
        assertTrue(missing.isEmpty(), "keys of " + r.out() + " usage-rank.md's eval item does not name: " + missing);
    }

    @Test
    void posEval() throws IOException {
        CliTest.Run r = CliTest.run("eval", "--task", "pos", "--data", CliTest.DEV, "--json");
        assertEquals(0, r.code(), r.err());
        // README's Tagging example names every key, in order (it said "at least task, n, accuracy")
        assertEquals(documentedKeys("README.md", "scripts/tagrank eval --task pos --data"), keysOf(r.out().strip()), r.out());
    }

    @Test
    void posCrossValidation() throws IOException {
        CliTest.Run r = CliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--folds", "2", "--epochs", "2",
                "--learner", "perceptron", "--json", "--quiet");
        assertEquals(0, r.code(), r.err());
        // README said "per-fold and pooled accuracy (--json for one object)", not which figures or keys
        assertEquals(documentedKeys("README.md", "(task pos) cross-validates"), keysOf(r.out().strip()), r.out());
    }
}
