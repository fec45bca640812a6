package org.tagrank.task.rank;

import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.SparseVector;
import org.tagrank.feature.DatasetBuilder;
import org.tagrank.feature.FeatureSink;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;
import org.tagrank.learn.TrainingListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

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
        long n = 0;
        long n160 = 0;
        for (McTestStory s : stories) {
            n += s.questions().size();
            n160 += s.id().startsWith("mc160") ? s.questions().size() : 0;
        }
        Split r = run(stories, storyFeatures(stories), config, folds);
        return new Result(r.all(), n, n160 == 0 ? Double.NaN : r.mc160(), n160);
    }

    /** Each question's features against its own story's text. */
    static Function<McTestQuestion, List<Consumer<FeatureSink>>> storyFeatures(List<McTestStory> stories) {
        // by identity: two stories may ask equal questions (same text, answers and gold), which are equal records
        java.util.Map<McTestQuestion, StoryIndex> index = new java.util.IdentityHashMap<>();
        for (McTestStory s : stories) {
            StoryIndex idx = new StoryIndex(s.text());
            s.questions().forEach(q -> index.put(q, idx));
        }
        return q -> McTestFeatures.extract(index.get(q), q);
    }

    /** Accuracy over all held-out questions, over those of MC160 stories and over those of MC500 stories. */
    public record Split(double all, double mc160, double mc500) {
    }

    /**
     * As {@link #run(List, TrainerConfig, int)} over any candidate features (one emitter per answer of a
     * question, e.g. {@link McTestFeatures#extract} plus an experiment's scores), for experiments that add
     * features outside the library; a gold answer tied with t-1 others earns 1/t.
     */
    public static Split run(List<McTestStory> stories, Function<McTestQuestion, List<Consumer<FeatureSink>>> features,
                            TrainerConfig config, int folds) {
        if (folds < 2 || folds > stories.size()) {
            throw new IllegalArgumentException("folds must be in 2.." + stories.size() + ", got " + folds);
        }
        double[] correct = new double[3];
        int[] n = new int[3];
        for (int fold = 0; fold < folds; fold++) {
            DatasetBuilder b = new DatasetBuilder();
            for (int i = 0; i < stories.size(); i++) {
                if (i % folds != fold) {
                    for (McTestQuestion q : stories.get(i).questions()) {
                        b.addCandidateExample(features.apply(q), q.gold(), null);
                    }
                }
            }
            LinearModel m = Trainers.create(config).train(b.build(LabelSet.of(List.of()), 1), null, TrainingListener.SILENT);
            for (int i = fold; i < stories.size(); i += folds) {
                int set = stories.get(i).id().startsWith("mc160") ? 1 : 2;
                for (McTestQuestion q : stories.get(i).questions()) {
                    double credit = credit(m, q, features.apply(q));
                    correct[0] += credit;
                    n[0]++;
                    correct[set] += credit;
                    n[set]++;
                }
            }
        }
        return new Split(correct[0] / n[0], correct[1] / n[1], correct[2] / n[2]);
    }

    /**
     * Trained on the stories whose id does not contain ".dev." and scored on those that do (the shipped model's
     * train / dev split, without early stopping), over any candidate features.
     */
    public static double trainDev(List<McTestStory> stories, Function<McTestQuestion, List<Consumer<FeatureSink>>> features,
                                  TrainerConfig config) {
        DatasetBuilder b = new DatasetBuilder();
        for (McTestStory s : stories) {
            if (!s.id().contains(".dev.")) {
                for (McTestQuestion q : s.questions()) {
                    b.addCandidateExample(features.apply(q), q.gold(), null);
                }
            }
        }
        LinearModel m = Trainers.create(config).train(b.build(LabelSet.of(List.of()), 1), null, TrainingListener.SILENT);
        double correct = 0;
        int n = 0;
        for (McTestStory s : stories) {
            if (s.id().contains(".dev.")) {
                for (McTestQuestion q : s.questions()) {
                    correct += credit(m, q, features.apply(q));
                    n++;
                }
            }
        }
        return correct / n;
    }

    /** 1 when the gold answer alone scores best, 1/t when tied with t-1 others, else 0. */
    static double credit(LinearModel m, McTestQuestion q, List<Consumer<FeatureSink>> candidates) {
        List<SparseVector> cands = new ArrayList<>();
        for (Consumer<FeatureSink> e : candidates) {
            cands.add(DatasetBuilder.encode(m.features(), e));
        }
        return McTestEval.credit(m.scores(new CandidateInstance(cands, q.gold())), q.gold());
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
