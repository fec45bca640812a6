package org.tagrank.cli;

import org.tagrank.core.Dataset;
import org.tagrank.core.Instance;
import org.tagrank.core.LinearModel;
import org.tagrank.eval.ClassificationEval;
import org.tagrank.eval.Json;
import org.tagrank.eval.RankingEval;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;
import org.tagrank.task.rank.McTestEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code compare --task T --data TRAIN --test TEST}: trains every learner on the same features
 * and prints one table (accuracy, macro-F1, training time, model size).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "Compare every learner on the same features.")
public final class CompareCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--task", required = true, completionCandidates = Tasks.Names.class,
            description = "Task: ${COMPLETION-CANDIDATES}.")
    String task;

    @Option(names = "--data", required = true, description = "Training data.")
    Path data;

    @Option(names = "--test", required = true, description = "Test data.")
    Path test;

    static final List<String> LEARNERS = List.of("lr-sgd", "lr-adagrad", "lr-lbfgs", "svm", "svm-cost", "perceptron", "ova", "ava");

    @Option(names = "--learners", split = ",", description = "Subset of: ${DEFAULT-VALUE} (default: those the task "
            + "can train; svm-cost and ava need labels, ava is for task classify)",
            defaultValue = "lr-sgd,lr-adagrad,lr-lbfgs,svm,svm-cost,perceptron,ova,ava")
    List<String> learners;

    @Option(names = "--epochs", defaultValue = "10", description = "Passes over the data for each learner "
            + "(lr-lbfgs: 10 times as many iterations, at least 50; default: ${DEFAULT-VALUE}); no early stopping.")
    int epochs;

    @Option(names = "--threads", defaultValue = "2", description = "Threads for the L-BFGS gradient (row lr-lbfgs). Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--cost", split = ",", description = "svm-cost entries GOLD:PREDICTED=COST (default: the task's own cost matrix).")
    String[] cost;

    @Option(names = "--param", description = "Task parameter key=value (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--json", description = "One JSON object per learner on stdout instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        TaskCli t = Tasks.get(task);
        TaskCli.checkParams(t, "compare", params);
        StdinData.refuse("compare", "--data", data);
        StdinData.refuse("compare", "--test", test);
        java.util.Set<String> named = new java.util.HashSet<>();
        for (String name : learners) {
            if (!named.add(name)) { // each would train and print the same row again
                throw CliException.usage("--learners names " + name + " twice");
            }
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--threads") && !learners.contains("lr-lbfgs")) {
            // only L-BFGS's gradient is parallel (as train says); checked before the data are read
            throw CliException.usage("--threads is for the lr-lbfgs row (its gradient), which is not among the learners compared");
        }
        CliException.threads(threads); // before the data are read: a row's config is made after them
        checkLearnersBeforeReading(t);
        Console c = common.console(Main.streams());
        TaskCli.ComparisonData d = t.comparisonData(data, test, params, c);
        if (d == null) {
            throw CliException.usage("task " + task + " does not support compare");
        }
        if (!spec.commandLine().getParseResult().hasMatchedOption("--learners")) {
            // the default list names every learner: keep those this task can train (a candidate task has no labels
            // for svm-cost or ava; ava is for the tasks train allows it for)
            learners = learners.stream().filter(n -> applies(n, t, d.train())).toList();
        }
        if (cost != null && !learners.contains("svm-cost")) {
            throw CliException.usage("--cost is for the svm-cost row, which is not among the learners compared");
        }
        Map<String, TrainerConfig> configs = new LinkedHashMap<>(); // all checked before the first is trained
        for (String name : learners) {
            try {
                configs.put(name, config(name, d.train()));
            } catch (IllegalArgumentException e) {
                throw CliException.trainerUsage(e);
            }
        }
        if (!json) { // each row as its learner finishes: one failing later lost the rows before it
            c.out().printf(Locale.ROOT, "%-12s %9s %9s %9s %12s %12s%n", "learner", "accuracy", "macro-F1", "train-s",
                    "model-bytes", "nonzero-w");
            c.out().flush();
        }
        for (String name : learners) {
            TrainerConfig config = configs.get(name);
            c.progress("== " + name);
            long start = System.nanoTime();
            LinearModel model = Trainers.create(config).train(d.train(), null,
                    c.trainingListener());
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("task", t.name());
            row.put("learner", name);
            Map<String, Long> unseen = d.goldNotInTraining();
            // tokens no learner can get right (their tag is not in training) are errors, as eval scores them
            row.putAll(score(model, d.test(), t.tiesShareCredit(), d.unseenGold()));
            if (unseen != null) {
                row.put("gold_tags_not_in_training", new LinkedHashMap<>(unseen));
            }
            row.put("train_seconds", seconds);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ModelIO.write(new ModelBundle(t.name(), model), bytes);
            row.put("model_bytes", (long) bytes.size());
            long nz = 0;
            for (int i = 0; i < model.numWeights(); i++) {
                if (model.weight(i) != 0) {
                    nz++;
                }
            }
            row.put("nonzero_weights", nz);
            if (json) {
                c.out().println(Json.write(row));
            } else {
                // a ranking task has no label set, so no macro-F1: "n/a" rather than "NaN%"
                String macroF1 = row.get("macro_f1") instanceof Double m && Double.isFinite(m)
                        ? String.format(Locale.ROOT, "%.2f%%", 100 * m) : "n/a";
                c.out().printf(Locale.ROOT, "%-12s %8.2f%% %9s %9.1f %12d %12d%n", name,
                        100 * (double) row.get("accuracy"), macroF1, seconds, (long) row.get("model_bytes"), nz);
            }
            c.out().flush();
        }
        return ExitCodes.OK;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Whether the default learner list's {@code name} applies to this task's data. */
    private boolean applies(String name, TaskCli t, Dataset train) {
        boolean labels = train.kind() == LinearModel.Kind.LABELS;
        return switch (name) {
            case "ava" -> labels && t.trainsAllVsAll();
            case "svm-cost" -> labels && (cost != null || t.defaultCost(train.labels()) != null);
            default -> true;
        };
    }

    /** What --learners (as given) refuses, said before the data files are read and featurized. */
    private void checkLearnersBeforeReading(TaskCli t) {
        boolean given = spec.commandLine().getParseResult().hasMatchedOption("--learners");
        for (String name : learners) {
            if (!LEARNERS.contains(name)) {
                throw CliException.usage("unknown learner '" + name + "' (expected " + String.join(", ", LEARNERS) + ")");
            }
            boolean candidates = t instanceof RankHandler; // rank, mctest, link: no label set
            if (given && name.equals("ava") && !t.trainsAllVsAll()) {
                throw CliException.usage(candidates ? "ava (all-vs-all) needs a label task, not candidates"
                        : "task " + task + " cannot train ava (all-vs-all voting is for task classify, as in train)");
            }
            if (given && name.equals("svm-cost") && candidates) {
                throw CliException.usage("svm-cost needs a label task");
            }
        }
        if (given && cost != null && !learners.contains("svm-cost")) {
            throw CliException.usage("--cost is for the svm-cost row, which is not among the learners compared");
        }
    }

    private TaskCli task() {
        return Tasks.get(task);
    }

    private TrainerConfig config(String name, Dataset train) {
        TrainerConfig.Builder b = switch (name) {
            case "lr-sgd" -> TrainerConfig.builder(TrainerConfig.Learner.LR).optimizer(TrainerConfig.OptimizerKind.SGD);
            case "lr-adagrad" -> TrainerConfig.builder(TrainerConfig.Learner.LR);
            case "lr-lbfgs" -> TrainerConfig.builder(TrainerConfig.Learner.LR).optimizer(TrainerConfig.OptimizerKind.LBFGS);
            case "svm", "svm-cost" -> TrainerConfig.builder(TrainerConfig.Learner.SVM);
            case "perceptron" -> TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON);
            case "ova" -> TrainerConfig.builder(TrainerConfig.Learner.OVA);
            case "ava" -> TrainerConfig.builder(TrainerConfig.Learner.AVA);
            default -> throw new IllegalStateException(name); // refused in checkLearnersBeforeReading
        };
        // in long: 10 x a large --epochs overflowed an int and became the floor of 50
        int iterations = name.equals("lr-lbfgs") ? (int) Math.min(Integer.MAX_VALUE, Math.max(epochs * 10L, 50)) : epochs;
        b.epochs(iterations).patience(0).threads(threads);
        if (name.equals("svm-cost")) { // a label task: ava and svm-cost were checked or filtered out before
            if (cost == null) {
                org.tagrank.learn.CostMatrix m = task().defaultCost(train.labels());
                if (m == null) {
                    throw CliException.usage("task " + task + " has no default cost matrix: pass --cost");
                }
                return b.cost(m).build();
            }
            b.cost(TrainCommand.CostEntries.placeholder(cost));
            return TrainCommand.CostEntries.resolve(b.build(), train.labels());
        }
        return b.build();
    }

    /**
     * Scores; {@code unseenGold} (may be null) names, in order, the gold tags of the test instances with gold -1 that
     * training lacks: wrong predictions, and tags of the per-label table as eval lists them (recall 0).
     */
    static Map<String, Object> score(LinearModel model, Dataset test, boolean tiesShareCredit, List<String> unseenGold) {
        if (model.kind() == LinearModel.Kind.LABELS) {
            List<String> labels = new ArrayList<>(model.labels().labels());
            java.util.SortedSet<String> extra = new java.util.TreeSet<>(unseenGold == null ? List.of() : unseenGold);
            labels.addAll(extra);
            org.tagrank.core.LabelSet all = org.tagrank.core.LabelSet.of(labels);
            ClassificationEval e = new ClassificationEval(all);
            java.util.Iterator<String> unseen = unseenGold == null ? java.util.Collections.emptyIterator()
                    : unseenGold.iterator();
            for (Instance x : test.instances()) {
                if (x.gold() >= 0) {
                    e.add(x.gold(), model.argmax(x));
                } else if (unseen.hasNext()) {
                    e.add(all.indexOf(unseen.next()), model.argmax(x));
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", e.total());
            m.put("accuracy", e.accuracy());
            m.put("macro_f1", e.macroF1());
            return m;
        }
        RankingEval r = new RankingEval();
        double credit = 0;
        double reciprocalRanks = 0;
        for (Instance x : test.instances()) {
            if (x.gold() >= 0) {
                double[] s = model.scores(x);
                r.add(RankingEval.rankOf(s, s.length, x.gold()));
                if (tiesShareCredit) {
                    credit += McTestEval.credit(s, x.gold());
                    reciprocalRanks += McTestEval.reciprocalRank(s, x.gold());
                }
            }
        }
        Map<String, Object> m = r.toMap();
        if (tiesShareCredit) { // as eval scores them, so the two agree on tied answers
            m.put("accuracy", credit / r.total());
            m.put("mrr", reciprocalRanks / r.total());
        }
        return m;
    }
}
