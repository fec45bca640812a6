package org.tagrank.task.rank;

import org.tagrank.core.Dataset;
import org.tagrank.core.LinearModel;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;
import org.tagrank.learn.TrainingListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * k-fold cross-validation over MCTest stories (fold = story index mod k), for choosing a learner
 * and its regularisation on train+dev without touching test. Trained without early stopping.
 */
public final class McTestCrossValidation {
    private McTestCrossValidation() {
    }

    /** Accuracy over all held-out questions, and over those of stories whose id starts with "mc160". */
    public record Result(double accuracy, long n, double accuracyMc160, long nMc160) {
    }

    public static Result run(List<McTestStory> stories, TrainerConfig config, int folds) {
        if (folds < 2 || folds > stories.size()) {
            throw new IllegalArgumentException("folds must be in 2.." + stories.size() + ", got " + folds);
        }
        double correct = 0;
        long n = 0;
        double correct160 = 0;
        long n160 = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<McTestStory> train = new ArrayList<>();
            List<McTestStory> test = new ArrayList<>();
            for (int i = 0; i < stories.size(); i++) {
                (i % folds == fold ? test : train).add(stories.get(i));
            }
            Dataset d = McTestRanker.trainingSet(train, 1);
            LinearModel m = Trainers.create(config).train(d, null, TrainingListener.SILENT);
            McTestRanker r = new McTestRanker(m);
            McTestEval all = r.evaluate(test);
            correct += all.accuracy() * all.n();
            n += all.n();
            List<McTestStory> small = test.stream().filter(s -> s.id().startsWith("mc160")).toList();
            if (!small.isEmpty()) {
                McTestEval e = r.evaluate(small);
                correct160 += e.accuracy() * e.n();
                n160 += e.n();
            }
        }
        return new Result(correct / n, n, n160 == 0 ? Double.NaN : correct160 / n160, n160);
    }

    /**
     * {@code McTestCrossValidation FOLDS LEARNER L2 EPOCHS FILE.tsv...}: prints one line per run;
     * lr uses L-BFGS, svm AdaGrad.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: McTestCrossValidation FOLDS LEARNER L2 EPOCHS FILE.tsv...");
            System.exit(1);
        }
        int folds = Integer.parseInt(args[0]);
        TrainerConfig.Learner learner = TrainerConfig.Learner.parse(args[1]);
        TrainerConfig.Builder b = TrainerConfig.builder(learner).l2(Double.parseDouble(args[2]))
                .epochs(Integer.parseInt(args[3])).patience(0).seed(1);
        if (learner == TrainerConfig.Learner.LR) {
            b.optimizer(TrainerConfig.OptimizerKind.LBFGS);
        }
        List<McTestStory> stories = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            stories.addAll(McTestReader.read(Path.of(args[i]), true));
        }
        Result r = run(stories, b.build(), folds);
        System.out.printf(Locale.ROOT, "%d-fold CV  learner %s  l2 %s  epochs %s: accuracy %.2f%% (n=%d), mc160 stories %.2f%% (n=%d)%n",
                folds, learner.id(), args[2], args[3], 100 * r.accuracy(), r.n(), 100 * r.accuracyMc160(), r.nMc160());
    }
}
