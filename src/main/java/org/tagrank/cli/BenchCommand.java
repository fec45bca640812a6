package org.tagrank.cli;

import org.tagrank.eval.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code bench --task T [--model M] --data FILE [--threads N] [--seconds S]}: model load time and
 * prediction throughput of a model on a data file, single- and multi-threaded, as one JSON object.
 * A quick check on any machine; the comparisons with peers are scripts/bench-*.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure a model's load time and throughput.")
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--task", required = true,
            description = "Task: pos (the other tasks' speed is measured by scripts/bench-mctest, bench-link, bench-classify).")
    String task;

    @Option(names = "--model", converter = NonEmpty.Location.class, description = "Model (default: the bundled one).")
    String model;

    @Option(names = "--data", required = true, description = "Data to run the model on.")
    Path data;

    @Option(names = "--threads", description = "Threads for the multi-threaded run (default: available processors).")
    Integer threads;

    private static final double MAX_SECONDS = 3600;

    @Option(names = "--seconds", defaultValue = "5", description = "Measured seconds per run (after a warm-up pass), at most 3600.")
    double seconds;

    @Override
    public Integer call() throws Exception {
        TaskCli t = Tasks.get(task);
        StdinData.refuse("bench", "--data", data);
        if (!t.supportsBench()) { // before the model: 'rank' said "no bundled model: pass --model", then this
            throw CliException.usage("task " + t.name() + " does not support bench");
        }
        String location = model != null ? model : t.defaultModel();
        if (location == null) {
            throw CliException.usage("task " + task + " has no bundled model: pass --model");
        }
        if (!(seconds > 0 && seconds <= MAX_SECONDS)) { // Infinity (or 1e9) measured until killed
            throw CliException.usage("--seconds must be > 0 and at most " + (int) MAX_SECONDS + " (an hour)");
        }
        int n = CliException.threads(threads);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("task", t.name());
        result.put("model", location);
        result.putAll(t.bench(location, data, n, seconds, common.console(Main.streams())));
        Console c = common.console(Main.streams());
        c.out().println(Json.write(result));
        c.out().flush();
        return ExitCodes.OK;
    }
}
