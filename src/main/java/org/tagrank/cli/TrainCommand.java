package org.tagrank.cli;

import org.tagrank.learn.CostMatrix;
import org.tagrank.learn.TrainerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code train --task T --data TRAIN [--dev DEV] --learner L [--optimizer O] ... --out MODEL}. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model.")
public final class TrainCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--task", required = true, completionCandidates = Tasks.Names.class,
            description = "Task: ${COMPLETION-CANDIDATES}.")
    String task;

    @Option(names = "--data", required = true, description = "Training data ('-': stdin, tasks pos, rank and classify).")
    Path data;

    @Option(names = "--dev", description = "Development data (early stopping, model selection).")
    Path dev;

    @Option(names = "--learner", defaultValue = "perceptron", description = "perceptron | lr | svm | ova | ava (default: ${DEFAULT-VALUE})")
    String learner;

    @Option(names = "--optimizer", defaultValue = "adagrad", description = "sgd | adagrad | lbfgs (default: ${DEFAULT-VALUE}; not for the perceptron)")
    String optimizer;

    @Option(names = "--epochs", description = "Passes over the data (L-BFGS: iterations; default: 10).")
    Integer epochs;

    @Option(names = "--learning-rate", description = "Initial step size (sgd, adagrad; default: 0.1).")
    Double learningRate;

    @Option(names = "--l2", description = "L2 regularisation per example (not for the perceptron; default: 1e-6).")
    Double l2;

    @Option(names = "--seed", defaultValue = "1", description = "Shuffling seed of sgd, adagrad and the perceptron "
            + "(task classify also shuffles its documents with it; L-BFGS does not shuffle; default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--patience", description = "Epochs without dev improvement before stopping (0: never; default: 3; watches the --dev score).")
    Integer patience;

    @Option(names = "--tolerance", description = "Dev accuracy rise (a fraction: 0.001 = a tenth of a point) an epoch "
            + "must make over the best so far to count as an improvement (default: 0, any rise; needs --dev).")
    Double tolerance;

    @Option(names = "--log-every", description = "Also a progress line every N training examples within an epoch "
            + "(perceptron, sgd, adagrad; L-BFGS prints each iteration).")
    Integer logEvery;

    @Option(names = "--threads", defaultValue = "1", description = "Threads for the L-BFGS gradient (--optimizer lbfgs "
            + "only).")
    int threads;

    @Option(names = "--cutoff", defaultValue = "1", description = "Keep features seen at least this often (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--templates", description = "Feature template spec file (tasks pos and classify).")
    Path templates;

    @Option(names = "--cost", description = "SVM cost entries GOLD:PREDICTED=COST, comma-separated (others 1).", split = ",")
    String[] cost;

    @Option(names = "--params", description = "OpenNLP training parameters file (Algorithm, Iterations, Cutoff, Threads, "
            + "L2Cost); a setting may not be given both there and as an option.")
    Path openNlpParams;

    @Option(names = "--param", description = "Task parameter key=value (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"--out", "-o"}, converter = AtomicFiles.OutputFile.class,
            description = "Model file to write (required unless --folds).")
    Path out;

    @Option(names = "--folds", description = "Cross-validate instead: K folds of --data (sentence i in fold i mod K), "
            + "each scored by a model trained on the others; prints per-fold and pooled (all tokens) scores, writes no model (task pos).")
    Integer folds;

    @Option(names = "--json", description = "With --folds: print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AtomicFiles.checkNotInput(out, "--out/-o", params.values().stream().map(AtomicFiles::location) // clusters=FILE, ...
                .toArray(Path[]::new));
        AtomicFiles.checkTarget(out, "--out");
        AtomicFiles.checkNotInput(out, "--out/-o", data, dev, templates, openNlpParams);
        TaskCli t = Tasks.get(task);
        StdinData.check(t, data, dev);
        AtomicFiles.checkNotInput(out, "--out/-o", TaskCli.inputs(t, data, dev)); // X.ans, X.conll.tsv
        TaskCli.checkParams(t, "train", params);
        if (TrainerConfig.Learner.AVA.id().equalsIgnoreCase(learner) && !t.trainsAllVsAll()) {
            throw CliException.usage("task " + t.name() + " cannot train --learner ava (all-vs-all voting needs a "
                    + "fixed label set and is for task classify)");
        }
        if (cost != null && !t.takesCostEntries()) {
            throw CliException.usage("task " + t.name() + " does not take train --cost (tasks pos and classify do)");
        }
        if (templates != null && !t.takesTemplates()) {
            throw CliException.usage("task " + t.name() + " has no feature templates: --templates is for tasks pos and "
                    + "classify");
        }
        if (openNlpParams != null) {
            applyOpenNlpParams(OpenNlpParams.read(openNlpParams));
        }
        TrainerConfig config = trainerConfig();
        Console console = common.console(Main.streams());
        if (logEvery != null) {
            checkLogEvery(config);
            console = console.withProgressEvery(logEvery);
        }
        if (folds != null) {
            if (out != null) {
                throw CliException.usage("--folds cross-validates and writes no model: leave out --out");
            }
            if (folds < 2 || folds > 100) {
                throw CliException.usage("--folds must be in 2..100, got " + folds);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("task", t.name());
            result.putAll(t.crossValidate(new TrainRequest(data, dev, config, cutoff, templates, null, params, commandLine()),
                    folds, console));
            console.out().print(json ? org.tagrank.eval.Json.write(result) + "\n" : CrossValidationReport.text(result));
            console.out().flush();
            return ExitCodes.OK;
        }
        if (out == null) {
            throw CliException.usage("give the model file to write: --out MODEL");
        }
        if (json) {
            throw CliException.usage("--json goes with --folds");
        }
        t.train(new TrainRequest(data, dev, config, cutoff, templates, out, params, commandLine()), console);
        return ExitCodes.OK;
    }

    /** The trainer configuration, with usage errors for bad values. Cost entries need labels: see {@link #costEntries()}. */
    TrainerConfig trainerConfig() {
        try {
            TrainerConfig.Learner l = TrainerConfig.Learner.parse(learner);
            TrainerConfig.Builder b = TrainerConfig.builder(l).optimizer(TrainerConfig.OptimizerKind.parse(optimizer))
                    .seed(seed).threads(threads);
            if (epochs != null) {
                b.epochs(epochs);
            }
            if (learningRate != null) {
                b.learningRate(learningRate);
            }
            if (l2 != null) {
                b.l2(l2);
            }
            if (patience != null) {
                if (patience > 0 && dev == null) { // early stopping watches the dev score: without one it never stopped
                    throw new IllegalArgumentException("--patience " + patience + " stops on the --dev score: give --dev");
                }
                b.patience(patience);
            } else if (dev == null) {
                b.patience(0); // nothing to watch: the model must not record a patience that never applied
            }
            if (tolerance != null) {
                if (dev == null) { // it decides which epoch is kept by the --dev score: without one it did nothing
                    throw new IllegalArgumentException("--tolerance " + tolerance + " applies to the --dev score: give --dev");
                }
                b.tolerance(tolerance);
            }
            if (cutoff < 1) {
                throw new IllegalArgumentException("--cutoff must be >= 1, got " + cutoff);
            }
            refuseUnused(l, TrainerConfig.OptimizerKind.parse(optimizer));
            if (cost != null && l != TrainerConfig.Learner.SVM) {
                throw new IllegalArgumentException("--cost applies to --learner svm only");
            }
            if (cost != null) {
                b.cost(CostEntries.placeholder(cost));
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw CliException.trainerUsage(e);
        }
    }

    /** {@code --log-every}: 1 or more, for a learner that goes example by example, and only where lines are printed. */
    private void checkLogEvery(TrainerConfig config) {
        if (logEvery < 1) {
            throw CliException.usage("--log-every must be >= 1, got " + logEvery);
        }
        if (config.learner() != TrainerConfig.Learner.PERCEPTRON && config.optimizer() == TrainerConfig.OptimizerKind.LBFGS) {
            throw CliException.usage("--log-every is for the perceptron, sgd and adagrad, which go example by example; "
                    + "L-BFGS prints a line per iteration");
        }
        if (common.quiet) {
            throw CliException.usage("--log-every prints progress lines, which --quiet turns off: give one of them");
        }
        if (folds != null) {
            throw CliException.usage("--log-every is for training a model; --folds prints per-fold results only");
        }
    }

    /**
     * Options given on the command line that the chosen learner would ignore are refused: the perceptron has
     * its own update (no optimizer, step size or L2), L-BFGS takes no step size, and only L-BFGS uses threads.
     */
    private void refuseUnused(TrainerConfig.Learner l, TrainerConfig.OptimizerKind o) {
        var given = spec.commandLine().getParseResult();
        if (given.hasMatchedOption("--threads") && (l == TrainerConfig.Learner.PERCEPTRON
                || o != TrainerConfig.OptimizerKind.LBFGS)) {
            throw new IllegalArgumentException("--threads applies to --optimizer lbfgs only (its gradient); sgd, adagrad "
                    + "and the perceptron train on one thread");
        }
        if (threadsFromParams && (l == TrainerConfig.Learner.PERCEPTRON || o != TrainerConfig.OptimizerKind.LBFGS)) {
            throw new IllegalArgumentException("the --params file's Threads applies to --optimizer lbfgs only "
                    + "(Algorithm=MAXENT_QN; its gradient); sgd, adagrad and the perceptron train on one thread");
        }
        if (l == TrainerConfig.Learner.PERCEPTRON) {
            for (String option : new String[]{"--optimizer", "--learning-rate", "--l2"}) {
                if (given.hasMatchedOption(option)) {
                    throw new IllegalArgumentException(option + " does not apply to --learner perceptron "
                            + "(it has its own update); use --learner lr, svm, ova or ava");
                }
            }
            if (l2FromParams) { // the file's L2Cost would be dropped as silently as --l2
                throw new IllegalArgumentException("the --params file's L2Cost does not apply to --learner perceptron "
                        + "(it has its own update); use --learner lr, svm, ova or ava");
            }
        } else if (o == TrainerConfig.OptimizerKind.LBFGS && given.hasMatchedOption("--learning-rate")) {
            throw new IllegalArgumentException("--learning-rate does not apply to --optimizer lbfgs (it finds its own steps)");
        }
    }

    /** Whether {@link #l2} came from the --params file's L2Cost. */
    private boolean l2FromParams;

    /** Whether {@link #threads} came from the --params file's Threads (dropped as silently as --threads would be). */
    private boolean threadsFromParams;

    /** Takes the settings of an OpenNLP parameters file; one also given as an option is a usage error. */
    private void applyOpenNlpParams(OpenNlpParams p) {
        if (p.learner() != null) {
            learner = fromParams("--learner", "Algorithm", p.learner());
        }
        if (p.optimizer() != null) {
            optimizer = fromParams("--optimizer", "Algorithm", p.optimizer());
        }
        if (p.epochs() != null) {
            epochs = fromParams("--epochs", "Iterations", p.epochs());
        }
        if (p.cutoff() != null) {
            cutoff = fromParams("--cutoff", "Cutoff", p.cutoff());
        }
        if (p.threads() != null) {
            threads = fromParams("--threads", "Threads", p.threads());
            threadsFromParams = true;
        }
        if (p.l2() != null) {
            l2 = fromParams("--l2", "L2Cost", p.l2());
            l2FromParams = true;
        }
    }

    private <T> T fromParams(String option, String key, T value) {
        if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
            throw CliException.usage(option + " and the --params file's " + key + " both set it: give one");
        }
        return value;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The arguments as the user gave them, subcommand included (recorded in the model). */
    String commandLine() {
        return recordedCommand(spec.commandLine().getParseResult().originalArgs());
    }

    /**
     * The command as a model records it: {@code tagrank} and the arguments, each path given reduced to its file name
     * (in {@code --opt=value}, {@code key=value} and comma lists too). Where the data sat is not the model's business,
     * and with it the same data and seed would give other bytes in another checkout; the files are identified by the
     * SHA-256 sums recorded beside the command. {@code --quiet}, {@code --verbose} and {@code --log-every N} are left out.
     */
    static String recordedCommand(List<String> args) {
        StringBuilder sb = new StringBuilder("tagrank");
        boolean skipValue = false;
        for (String a : args) {
            if (a.equals("--quiet") || a.equals("--verbose") || a.startsWith("--log-every=")) {
                continue; // what the console shows is not how the model was made: same bytes with or without them
            }
            if (a.equals("--log-every")) {
                skipValue = true;
                continue;
            }
            if (skipValue) {
                skipValue = false;
                continue;
            }
            StringBuilder arg = new StringBuilder();
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) { // "--opt=value": the value as if given apart ("--param=k=/x/f" kept only f)
                arg.append(a, 0, eq + 1);
                a = a.substring(eq + 1);
                eq = a.indexOf('=');
            }
            int start = eq >= 0 && lastSeparator(a) > eq ? eq + 1 : 0; // keep "key=" before a path value
            arg.append(a, 0, start);
            String[] parts = a.substring(start).split(",", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    arg.append(',');
                }
                int sep = lastSeparator(parts[i]);
                arg.append(sep >= 0 && sep < parts[i].length() - 1 ? parts[i].substring(sep + 1) : parts[i]);
            }
            sb.append(' ').append(shellWord(arg.toString()));
        }
        return sb.toString().replace('\n', ' ');
    }

    /**
     * The argument as a shell reads it back as one: single-quoted when it is empty or has a character outside letters,
     * digits and {@code -_.,:=/+@%} ("--data my data.tsv" read as two arguments).
     */
    static String shellWord(String a) {
        boolean plain = !a.isEmpty();
        for (int i = 0; i < a.length() && plain; i++) {
            char c = a.charAt(i);
            plain = Character.isLetterOrDigit(c) || "-_.,:=/+@%".indexOf(c) >= 0;
        }
        return plain ? a : "'" + a.replace("'", "'\\''") + "'";
    }

    private static int lastSeparator(String s) {
        return Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    }

    /** Parses {@code GOLD:PREDICTED=COST} entries once the labels are known. */
    public static final class CostEntries {
        private CostEntries() {
        }

        /** A cost function that fails loudly until resolved by a task with {@link #resolve}. */
        static org.tagrank.learn.CostFunction placeholder(String[] entries) {
            return new Unresolved(entries);
        }

        record Unresolved(String[] entries) implements org.tagrank.learn.CostFunction {
            @Override
            public double cost(org.tagrank.core.Instance x, int gold, int predicted) {
                throw new IllegalStateException("cost entries not resolved against labels");
            }

            @Override
            public String toString() {
                return String.join(",", entries);
            }
        }

        /** The config with its cost entries turned into a matrix over these labels. */
        public static TrainerConfig resolve(TrainerConfig config, org.tagrank.core.LabelSet labels) {
            if (!(config.cost() instanceof Unresolved u)) {
                return config;
            }
            CostMatrix m = CostMatrix.uniform(labels.size());
            java.util.Set<String> pairs = new java.util.HashSet<>();
            for (String e : u.entries()) {
                int colon = e.indexOf(':');
                int eq = e.indexOf('=');
                if (colon <= 0 || eq < colon) {
                    throw CliException.usage("bad --cost entry '" + e + "' (expected GOLD:PREDICTED=COST)");
                }
                if (!pairs.add(e.substring(0, eq))) { // the last would win without a word
                    throw CliException.usage("--cost gives " + e.substring(0, eq) + " twice");
                }
                Double cost = DecimalArg.parse(e.substring(eq + 1)); // as every number option: Java's parser took 1d, 0x10
                if (cost == null) {
                    throw CliException.usage("bad cost in --cost entry '" + e + "'");
                }
                try {
                    m = m.with(labels, e.substring(0, colon), e.substring(colon + 1, eq), cost);
                } catch (IllegalArgumentException ex) {
                    throw CliException.usage("--cost entry '" + e + "': " + ex.getMessage());
                }
            }
            return config.withCost(m);
        }
    }
}
