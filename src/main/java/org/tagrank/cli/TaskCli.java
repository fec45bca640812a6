package org.tagrank.cli;

import org.tagrank.core.Dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One task's part of the command line: training, evaluation and the data the learner
 * comparison needs. Each task registers one implementation in {@link Tasks}.
 */
public interface TaskCli {

    /** The {@code --task} name. */
    String name();

    /** Location (file, classpath or URL) of the bundled default model, or null when there is none. */
    String defaultModel();

    /** Trains and writes a model to {@code request.out()}. */
    void train(TrainRequest request, Console console) throws Exception;

    /** Evaluates; the map must hold at least "n" and "accuracy" ("task" is added by the caller). */
    Map<String, Object> eval(EvalRequest request, Console console) throws Exception;

    /**
     * Whether {@link #train} resolves {@code train --cost} entries against its labels
     * ({@link TrainCommand.CostEntries#resolve}); other tasks refuse the option.
     */
    default boolean takesCostEntries() {
        return false;
    }

    /** Whether {@link #train} reads {@code train --templates FILE}; other tasks refuse the option. */
    default boolean takesTemplates() {
        return false;
    }

    /**
     * Whether {@code train --learner ava} (all-vs-all voting) can make this task's model: it needs a fixed label
     * set and argmax-free decoding; other tasks refuse it before reading data.
     */
    default boolean trainsAllVsAll() {
        return false;
    }

    /** Whether {@link #eval} can list misclassified examples ({@code eval --misclassified}). */
    default boolean listsMisclassified() {
        return false;
    }

    /**
     * Files the task reads beside its data without being named ({@code X.ans} for MCTest's {@code X.tsv}, the link
     * task's {@code X.conll.tsv}): an output may not replace them either. None by default.
     */
    default java.util.List<Path> companionFiles(Path data) {
        return java.util.List.of();
    }

    /**
     * Why the task cannot read {@code --data -} (standard input), worded to follow "task T" (it reads a file beside the
     * data, which stdin has not); null when it reads its data once, as a stream, and so can.
     */
    default String stdinDataRefusal() {
        return null;
    }

    /** Every file of {@code data} and {@code dev} (either may be null) with their companion files. */
    static Path[] inputs(TaskCli task, Path... data) {
        java.util.List<Path> out = new java.util.ArrayList<>();
        for (Path d : data) {
            if (d != null) {
                out.add(d);
                out.addAll(task.companionFiles(d));
            }
        }
        return out.toArray(new Path[0]);
    }

    /**
     * Whether a gold candidate tied at the top with t-1 others earns 1/t (and its expected reciprocal rank), as
     * {@code eval --task mctest} scores it, rather than winning or losing on input order; {@code compare} asks.
     */
    default boolean tiesShareCredit() {
        return false;
    }

    /** Whether {@code eval} with these parameters scores a model (false: an unlearned baseline, which takes no --model). */
    default boolean evalUsesModel(Map<String, String> params) {
        return true;
    }

    /** A numeric value of an {@link #eval} result map (an int, long or double there), for {@link #report}. */
    static double number(Map<String, Object> result, String key) {
        return ((Number) result.get(key)).doubleValue();
    }

    /** A human-readable report for the last {@link #eval} result map. */
    default String report(Map<String, Object> result) {
        return org.tagrank.eval.Json.write(result) + "\n";
    }

    /**
     * Load time and throughput of a model on a data file (keys like "load_seconds",
     * "items_per_second_1", "items_per_second_N"); unsupported by default.
     */
    default Map<String, Object> bench(String model, Path data, int threads, double seconds, Console console) throws Exception {
        throw CliException.usage("task " + name() + " does not support bench");
    }

    /** Whether {@link #bench} is implemented; {@code bench} asks first, before it looks for a model to measure. */
    default boolean supportsBench() {
        return false;
    }

    /**
     * K-fold cross-validation of {@code train}'s settings on {@code request.data()} ({@code train --folds K}): per
     * fold and pooled scores, at least "folds" (a list of maps with "accuracy") and "accuracy" (over all folds' items
     * pooled, not the mean of the folds); unsupported by default.
     */
    default Map<String, Object> crossValidate(TrainRequest request, int folds, Console console) throws Exception {
        throw CliException.usage("task " + name() + " does not support train --folds");
    }

    /** Train and test data for {@code compare}; null when the task does not support it. */
    default ComparisonData comparisonData(Path train, Path test, Map<String, String> params, Console console)
            throws Exception {
        return null;
    }

    /**
     * The cost matrix {@code compare}'s svm-cost row uses when no {@code --cost} is given: a
     * task's notion of which confusions are worse. Null: none.
     */
    default org.tagrank.learn.CostMatrix defaultCost(org.tagrank.core.LabelSet labels) {
        return null;
    }

    /** The {@code --param} keys train and eval accept. */
    default Set<String> paramKeys() {
        return Set.of();
    }

    /** Train and test sets in one feature space, for running every learner on the same features. */
    /**
     * {@code unseenGold}: the gold tags, in order, of the test instances whose gold is -1 because training lacks the tag
     * (scored as errors); null when the task has none (gold -1 there means no gold, left out).
     */
    record ComparisonData(Dataset train, Dataset test, List<String> unseenGold) {
        ComparisonData(Dataset train, Dataset test) {
            this(train, test, null);
        }

        /** The tags of {@link #unseenGold} with their counts, sorted; null when the task has none. */
        Map<String, Long> goldNotInTraining() {
            if (unseenGold == null) {
                return null;
            }
            Map<String, Long> m = new java.util.TreeMap<>();
            unseenGold.forEach(t -> m.merge(t, 1L, Long::sum));
            return m;
        }
    }

    /** Says on stderr how many gold tokens carry tags {@code whose} lacks, which score as errors (another tag set?). */
    static void warnOfUnseenGold(Map<String, Long> unseen, long tokens, Path data, String whose, Console c) {
        if (unseen.isEmpty()) {
            return;
        }
        long n = unseen.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder tags = new StringBuilder();
        unseen.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(t -> tags.append(tags.length() == 0 ? "" : ", ").append(t.getKey()).append(' ').append(t.getValue()));
        c.warn(String.format(java.util.Locale.ROOT, "warning: %s: %,d of %,d gold tokens have a tag %s does not have, "
                + "scored as errors: %s%s", StdinData.source(data), n, tokens, whose, tags, unseen.size() > 10 ? ", ..." : ""));
    }

    /**
     * The {@code --param} keys one command ({@code train}, {@code eval} or {@code compare}) uses, a subset of
     * {@link #paramKeys()}; by default all of them (the task checks further itself).
     */
    default Set<String> paramKeys(String command) {
        return paramKeys();
    }

    /**
     * Throws a usage error for unknown keys, and for keys of this task that the command would ignore (an eval
     * given a training setting did nothing and said nothing), and for empty values.
     */
    static void checkParams(TaskCli task, String command, Map<String, String> params) {
        for (String key : new java.util.TreeSet<>(params.keySet())) {
            if (command.equals("train") && key.equals("cutoff")) { // the one setting users reach for as a --param
                throw CliException.usage("train takes --cutoff N, not --param cutoff=N");
            }
            if (!task.paramKeys().contains(key)) {
                throw CliException.usage("task " + task.name() + " has no parameter '" + key + "' (known: "
                        + (task.paramKeys().isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(task.paramKeys()))) + ")");
            }
            Set<String> used = task.paramKeys(command);
            if (!used.contains(key)) {
                throw CliException.usage("--param " + key + " does nothing for " + command + " --task " + task.name()
                        + " (it takes " + (used.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(used))) + ")");
            }
            if (params.get(key).isBlank()) { // no key takes one; a file key read it as the working directory
                throw CliException.usage("--param " + key + "= has no value");
            }
        }
    }
}
