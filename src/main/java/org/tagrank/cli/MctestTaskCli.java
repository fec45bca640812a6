package org.tagrank.cli;

import org.tagrank.core.Dataset;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelFormatException;
import org.tagrank.io.ModelIO;
import org.tagrank.task.rank.McTestEval;
import org.tagrank.task.rank.McTestFeatures;
import org.tagrank.task.rank.McTestQuestion;
import org.tagrank.task.rank.McTestRanker;
import org.tagrank.task.rank.McTestReader;
import org.tagrank.task.rank.McTestStory;
import org.tagrank.task.rank.StoryIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code --task mctest}: multiple-choice reading comprehension on MCTest {@code .tsv} files (the
 * {@code .ans} key beside them). {@code --data} may list several files separated by commas.
 * {@code eval --param baseline=sw|swd} scores Richardson et al.'s unlearned baselines instead of a model.
 */
public final class MctestTaskCli implements TaskCli, RankHandler {
    public static final String NAME = McTestRanker.TASK;
    static final String DEFAULT_MODEL = "models/en-mctest-rank-lr-1.lin.zip";
    static final String FEATURES_KEY = McTestRanker.FEATURES_KEY;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String defaultModel() {
        return DefaultModels.locate(DEFAULT_MODEL);
    }

    @Override
    public Set<String> paramKeys() {
        return Set.of("baseline");
    }

    @Override
    public Set<String> paramKeys(String command) {
        return command.equals("eval") ? paramKeys() : Set.of();
    }

    @Override
    public String stdinDataRefusal() {
        return "reads the answers of X.tsv from X.ans beside it, which standard input has not: pass the file";
    }

    @Override
    public List<Path> companionFiles(Path data) {
        List<Path> out = new ArrayList<>();
        for (Path p : RankTraining.files(data)) {
            out.add(McTestReader.answerFile(p));
        }
        return out;
    }

    @Override
    public boolean tiesShareCredit() {
        return true;
    }

    @Override
    public boolean evalUsesModel(Map<String, String> params) {
        return !params.containsKey("baseline");
    }

    /** Every story file and, for training and evaluation, its answer key, checked before any story is read. */
    @SafeVarargs
    static void requireFiles(boolean requireAnswers, List<Path>... lists) throws java.io.IOException {
        for (List<Path> files : lists) {
            for (Path p : files) {
                McTestReader.checkFiles(p, requireAnswers);
            }
        }
    }

    private static List<Path> answerFiles(List<Path> tsvFiles) {
        return tsvFiles.stream().map(McTestReader::answerFile).toList();
    }

    static List<McTestStory> read(List<Path> files, boolean requireAnswers) throws java.io.IOException {
        List<McTestStory> out = new ArrayList<>();
        for (Path p : files) {
            out.addAll(McTestReader.read(p, requireAnswers));
        }
        return out;
    }

    /** Loads a model and checks it was trained on this version of the features. */
    public static McTestRanker load(String location) throws java.io.IOException {
        return McTestRanker.load(location);
    }

    @Override
    public void train(TrainRequest r, Console c) throws Exception {
        List<Path> trainFiles = RankTraining.files(r.data());
        List<Path> devFiles = r.dev() == null ? List.of() : RankTraining.files(r.dev());
        requireFiles(true, trainFiles, devFiles); // a dev file's missing key was found after the features
        Dataset train = McTestRanker.trainingSet(read(trainFiles, true), r.cutoff());
        List<McTestStory> devStories = r.dev() == null ? null : read(devFiles, true);
        Dataset dev = devStories == null ? null : McTestRanker.encodeDataset(train.features(), devStories);
        Map<String, String> p = new LinkedHashMap<>();
        p.put(FEATURES_KEY, McTestFeatures.VERSION);
        p.put("train.data", RankTraining.names(trainFiles));
        Provenances.putSum(p, "train.data.sha256", Provenances.sha256(trainFiles));
        // the gold answers are in the answer keys beside the stories: a changed key is other training data
        Provenances.putSum(p, "train.answers.sha256", Provenances.sha256(answerFiles(trainFiles)));
        if (r.dev() != null) {
            p.put("dev.data", RankTraining.names(devFiles));
            Provenances.putSum(p, "dev.data.sha256", Provenances.sha256(devFiles));
            Provenances.putSum(p, "dev.answers.sha256", Provenances.sha256(answerFiles(devFiles)));
        }
        p.put("train.examples", Integer.toString(train.size()));
        // early stopping scores dev ties as eval does (1/t): the first-listed answer won them, which
        // gave the bundled model's run 71.56% in score.dev_accuracy against eval's 71.33% (same epoch either way)
        RankTraining.trainAndWrite(NAME, train, dev, r, r.trainer().withDevTiesShareCredit(true), c, p, m -> {
            if (devStories == null) {
                return Map.of();
            }
            McTestEval e = new McTestRanker(m).evaluate(devStories);
            Map<String, String> s = new LinkedHashMap<>();
            s.put("score.dev.data", RankTraining.names(devFiles));
            s.put("score.dev.accuracy", RankTaskCli.fmt(e.accuracy()));
            for (McTestQuestion.Type type : McTestQuestion.Type.values()) {
                double acc = e.accuracy(type);
                if (!Double.isNaN(acc)) { // dev without questions of the type: no figure (eval's null), not "NaN"
                    s.put("score.dev.accuracy_" + type.name().toLowerCase(Locale.ROOT), RankTaskCli.fmt(acc));
                }
            }
            c.progress(String.format(Locale.ROOT, "dev: accuracy %s (one %s, multiple %s)", percent(e.accuracy()),
                    percent(e.accuracy(McTestQuestion.Type.ONE)), percent(e.accuracy(McTestQuestion.Type.MULTIPLE))));
            return s;
        });
    }

    @Override
    public Map<String, Object> eval(EvalRequest r, Console c) throws Exception {
        List<Path> files = RankTraining.files(r.data());
        requireFiles(true, files);
        List<McTestStory> stories = read(files, true);
        Map<String, Object> m = new LinkedHashMap<>();
        String baseline = r.params().get("baseline");
        McTestEval e;
        if (baseline != null) {
            McTestRanker.Baseline b;
            try {
                b = McTestRanker.Baseline.parse(baseline);
            } catch (IllegalArgumentException ex) {
                throw CliException.usage(ex.getMessage());
            }
            m.put("model", "none");
            m.put("baseline", b.name().toLowerCase(Locale.ROOT));
            e = McTestRanker.evaluateBaseline(b, stories);
        } else {
            e = load(r.model()).evaluate(stories);
        }
        m.putAll(e.toMap());
        return m;
    }

    @Override
    public String report(Map<String, Object> m) {
        String who = m.containsKey("baseline") ? "baseline " + m.get("baseline") : String.valueOf(m.get("model"));
        return String.format(Locale.ROOT, "%s: accuracy %s over %s questions (one: %s of %s, multiple: %s of %s),"
                        + " MRR %.4f%n", who, percent(TaskCli.number(m, "accuracy")), m.get("n"),
                percent(TaskCli.number(m, "accuracy_one")), m.get("n_one"),
                percent(TaskCli.number(m, "accuracy_multiple")), m.get("n_multiple"), TaskCli.number(m, "mrr"));
    }

    /** "71.88%", or "n/a" for the accuracy of a question type the data has none of (the JSON's null), not "NaN%". */
    static String percent(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }

    @Override
    public ComparisonData comparisonData(Path train, Path test, Map<String, String> params, Console c) throws Exception {
        requireFiles(true, RankTraining.files(train), RankTraining.files(test));
        Dataset tr = McTestRanker.trainingSet(read(RankTraining.files(train), true), 1);
        return new ComparisonData(tr, McTestRanker.encodeDataset(tr.features(), read(RankTraining.files(test), true)));
    }

    @Override
    public Job open(String model, Path input, Console c) throws Exception {
        McTestRanker ranker = load(model);
        List<McTestStory> stories = input == null
                ? McTestReader.read(org.tagrank.io.Readers.utf8(System.in), "<stdin>", null, null)
                : McTestReader.read(input, false);
        List<Item> items = new ArrayList<>();
        List<String> letters = List.of("A", "B", "C", "D");
        for (McTestStory s : stories) {
            StoryIndex idx = new StoryIndex(s.text());
            for (int q = 0; q < s.questions().size(); q++) {
                McTestQuestion question = s.questions().get(q);
                items.add(new Item(s.id() + ".q" + (q + 1), ranker.encode(idx, question), letters, question.answers()));
            }
        }
        return new Job(ranker.ranker(), items);
    }
}
