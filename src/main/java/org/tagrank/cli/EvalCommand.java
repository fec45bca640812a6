package org.tagrank.cli;

import org.tagrank.io.ResourceLocator;
import org.tagrank.eval.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code eval --task T [--model M] --data FILE [--json] [--report FILE]}. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate a model on gold data.")
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--task", required = true, completionCandidates = Tasks.Names.class,
            description = "Task: ${COMPLETION-CANDIDATES}.")
    String task;

    @Option(names = "--model", converter = NonEmpty.Location.class, description = "Model file, classpath resource or URL (default: the bundled one).")
    String model;

    @Option(names = "--data", required = true, description = "Gold data ('-': stdin, tasks pos, rank and classify).")
    Path data;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Option(names = "--report", converter = AtomicFiles.OutputFile.class,
            description = "Also write the full report (JSON) to this file.")
    Path report;

    @Option(names = "--misclassified", description = "List each misclassified sentence on stderr (task pos).")
    boolean misclassified;

    @Option(names = "--param", description = "Task parameter key=value (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        AtomicFiles.checkNotInput(report, "--report", AtomicFiles.location(model)); // it replaced the model
        AtomicFiles.checkTarget(report, "--report");
        AtomicFiles.checkNotInput(report, "--report", data);
        TaskCli t = Tasks.get(task);
        StdinData.check(t, data, null);
        AtomicFiles.checkNotInput(report, "--report", TaskCli.inputs(t, data));
        TaskCli.checkParams(t, "eval", params);
        if (misclassified && !t.listsMisclassified()) {
            throw CliException.usage("task " + t.name() + " cannot list misclassified examples (--misclassified is for task pos)");
        }
        boolean usesModel = t.evalUsesModel(params);
        if (!usesModel && model != null) {
            throw CliException.usage("--model " + model + " does nothing with these --param values (" + params
                    + "): they score a baseline without a model; leave out --model");
        }
        String location = model != null ? model : usesModel ? t.defaultModel() : null;
        if (location == null && usesModel) {
            throw CliException.usage("task " + task + " has no bundled model: pass --model");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("task", t.name());
        result.put("model", location == null ? "none" : location);
        result.putAll(t.eval(new EvalRequest(location, data, report, params, misclassified), common.console(Main.streams())));
        Console c = common.console(Main.streams());
        if (location != null) {
            c.progress("model: " + ResourceLocator.describe(location)); // after the run: an error stays the only line
        }
        if (report != null) {
            AtomicFiles.writeString(report, Json.write(result) + "\n");
        }
        if (json) {
            c.out().println(Json.write(result));
        } else {
            c.out().print(t.report(result));
        }
        c.out().flush();
        return ExitCodes.OK;
    }

}
