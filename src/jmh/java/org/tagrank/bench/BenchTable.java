package org.tagrank.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns {@code RESULT k=v ...} lines into a markdown table with the machine, date and command,
 * and speed ratios of TagRank to each peer; {@code --update FILE SECTION} replaces the section
 * between {@code <!-- bench:SECTION:start -->} and {@code <!-- bench:SECTION:end -->} with stdin.
 */
public final class BenchTable {
    private BenchTable() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--update")) {
            update(Path.of(args[1]), args[2], new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
            return;
        }
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, List<Map<String, String>>> speeds = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String kv : line.substring(line.indexOf(' ') + 1).split(" ")) {
                int eq = kv.indexOf('=');
                m.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
            if (line.startsWith("SPEED ")) {
                speeds.computeIfAbsent(m.get("system"), k -> new ArrayList<>()).add(m);
            } else {
                rows.add(m);
            }
        }
        for (Map<String, String> r : rows) {
            withMedianSpeed(r, speeds.getOrDefault(r.get("system"), List.of()));
        }
        System.out.print(posTable(rows, args[2]));
    }

    /**
     * Replaces a row's tokens/s (measured in the training JVM) by the medians of its fresh-JVM speed runs,
     * keeping every run's figure for the notes ({@code speed_runs_1}).
     */
    static void withMedianSpeed(Map<String, String> row, List<Map<String, String>> runs) {
        if (runs.isEmpty()) {
            return;
        }
        row.put("speed_runs_1", String.join(" / ", runs.stream().map(m -> String.format(Locale.ROOT, "%,.0f",
                Double.parseDouble(m.get("tokens_per_second_1")))).toList()));
        if (runs.stream().allMatch(m -> m.containsKey("tokens_per_second_new"))) {
            row.put("speed_runs_new", String.join(" / ", runs.stream().map(m -> String.format(Locale.ROOT, "%,.0f",
                    Double.parseDouble(m.get("tokens_per_second_new")))).toList()));
        }
        for (String key : List.of("tokens_per_second_1", "tokens_per_second_2", "tokens_per_second_new")) {
            if (runs.stream().anyMatch(m -> !m.containsKey(key))) {
                row.remove(key);
                continue;
            }
            double[] v = runs.stream().mapToDouble(m -> Double.parseDouble(m.get(key))).sorted().toArray();
            double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            row.put(key, String.format(Locale.ROOT, "%.0f", median));
        }
        row.put("speed_runs", Integer.toString(runs.size()));
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    cpu = l.substring(l.indexOf(':') + 1).strip();
                    break;
                }
            }
        } catch (IOException e) {
            // not Linux: keep "unknown CPU"
        }
        return String.format(Locale.ROOT, "%s, %d cores, Java %s", cpu, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
    }

    static String posTable(List<Map<String, String>> rows, String command) {
        StringBuilder sb = new StringBuilder();
        sb.append("Machine: ").append(machine()).append(". Date: ").append(LocalDate.now(ZoneOffset.UTC))
                .append(". Command: `").append(command).append("`.\n\n");
        boolean fresh = rows.stream().allMatch(r -> r.containsKey("tokens_per_second_new"));
        sb.append("| system | XPOS acc. | unknown-word acc. | train s | tokens/s 1 thread | tokens/s 2 threads |")
                .append(fresh ? " tokens/s 1 thread, new text |" : "").append(" model MB | peak heap MB |\n");
        sb.append(fresh ? "|---|---|---|---|---|---|---|---|---|\n" : "|---|---|---|---|---|---|---|---|\n");
        List<Map<String, String>> ours = new ArrayList<>();
        for (Map<String, String> r : rows) {
            if (r.get("system").startsWith("tagrank")) {
                ours.add(r);
            }
            sb.append(String.format(Locale.ROOT, "| %s | %.2f%% | %.2f%% | %.1f | %,.0f | %,.0f |%s %.1f | %s |%n", r.get("system"),
                    100 * d(r, "accuracy"), 100 * d(r, "unknown_accuracy"), d(r, "train_seconds"),
                    d(r, "tokens_per_second_1"), d(r, "tokens_per_second_2"),
                    fresh ? String.format(Locale.ROOT, " %,.0f |", d(r, "tokens_per_second_new")) : "",
                    d(r, "model_bytes") / 1048576.0, r.get("peak_heap_mb")));
        }
        if (rows.stream().anyMatch(r -> r.containsKey("speed_runs"))) {
            sb.append("\ntokens/s: median of fresh-JVM runs of each trained model (3 s warm-up, then ≥ 5 s of passes over the"
                    + " test set)" + (fresh ? "; new text: then one pass over text the tagger has not met" : "")
                    + "; 1-thread figure of every run:\n\n");
            for (Map<String, String> r : rows) {
                if (r.containsKey("speed_runs_1")) {
                    sb.append("- ").append(r.get("system")).append(": ").append(r.get("speed_runs_1"))
                            .append(r.containsKey("speed_runs_new") ? "; new text: " + r.get("speed_runs_new") : "").append('\n');
                }
            }
        }
        if (!ours.isEmpty()) {
            sb.append("\nTagRank relative to each peer (same run):\n\n| TagRank | peer | speed 1 thread | speed 2 threads |")
                    .append(fresh ? " speed 1 thread, new text |" : "").append(" training time | accuracy (points) |\n")
                    .append(fresh ? "|---|---|---|---|---|---|---|\n" : "|---|---|---|---|---|---|\n");
            for (Map<String, String> o : ours) {
                for (Map<String, String> r : rows) {
                    if (r.get("system").startsWith("tagrank")) {
                        continue;
                    }
                    sb.append(String.format(Locale.ROOT, "| %s | %s | %.1f× | %.1f× |%s %.2f× | %+.2f |%n", o.get("system"), r.get("system"),
                            d(o, "tokens_per_second_1") / d(r, "tokens_per_second_1"),
                            d(o, "tokens_per_second_2") / d(r, "tokens_per_second_2"),
                            fresh ? String.format(Locale.ROOT, " %.1f× |",
                                    d(o, "tokens_per_second_new") / d(r, "tokens_per_second_new")) : "",
                            d(o, "train_seconds") / d(r, "train_seconds"),
                            100 * (d(o, "accuracy") - d(r, "accuracy"))));
                }
            }
        }
        return sb.toString();
    }

    private static double d(Map<String, String> r, String key) {
        return Double.parseDouble(r.get(key));
    }

    static void update(Path file, String section, String content) throws IOException {
        String start = "<!-- bench:" + section + ":start -->";
        String end = "<!-- bench:" + section + ":end -->";
        String text = Files.exists(file) ? Files.readString(file) : "";
        int a = text.indexOf(start);
        int b = text.indexOf(end);
        String block = start + "\n" + content.strip() + "\n" + end;
        text = a >= 0 && b > a ? text.substring(0, a) + block + text.substring(b + end.length())
                : text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + "\n" + block + "\n";
        Files.writeString(file, text);
    }
}
