package org.tagrank.cli;

import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.concurrent.Callable;

/** {@code info --model M}: prints the model's manifest. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Print a model's manifest.")
public final class InfoCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--model", converter = NonEmpty.Location.class, description = "Model file, classpath resource or URL.")
    String model;

    @Option(names = "--task", description = "Show the bundled model of this task; with --model, check that the model is one of this task.")
    String task;

    @Override
    public Integer call() throws Exception {
        String location = model;
        if (location == null) {
            if (task == null) {
                throw CliException.usage("pass --model M (or --task T for the bundled model)");
            }
            location = Tasks.get(task).defaultModel();
            if (location == null) {
                throw CliException.usage("task " + task + " has no bundled model");
            }
        }
        // both: a model of that task; the weights also against the manifest's SHA-256, the fingerprint info shows
        ModelBundle b = ModelIO.readVerifyingFingerprint(location, task != null ? Tasks.get(task).name() : null);
        Console c = common.console(Main.streams());
        for (Map.Entry<String, String> e : b.model().provenance().entries().entrySet()) {
            c.out().println(e.getKey() + "=" + e.getValue());
        }
        c.out().flush();
        return ExitCodes.OK;
    }
}
