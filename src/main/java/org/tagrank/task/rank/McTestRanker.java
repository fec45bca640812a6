package org.tagrank.task.rank;

import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.SparseVector;
import org.tagrank.feature.DatasetBuilder;
import org.tagrank.feature.FeatureSink;

import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelFormatException;
import org.tagrank.io.ModelIO;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Answers MCTest questions with a candidate model over {@link McTestFeatures}, and scores the
 * unlearned SW and SW+D baselines. Immutable and thread-safe.
 */
public final class McTestRanker {

    /** The hand-set baselines of Richardson et al. (2013). */
    public enum Baseline {
        SW, SWD;

        public static Baseline parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "sw" -> SW;
                case "swd", "sw+d" -> SWD;
                default -> throw new IllegalArgumentException("unknown baseline '" + s + "' (expected sw or swd)");
            };
        }
    }

    /** Model task name. */
    public static final String TASK = "mctest";
    /** Manifest key naming the feature version a model was trained with. */
    public static final String FEATURES_KEY = "mctest.features";

    private final CandidateRanker ranker;

    /** A ranker over a candidate model; {@link #load} also checks the model's feature version. */
    public McTestRanker(LinearModel model) {
        this.ranker = new CandidateRanker(model);
    }

    /**
     * Loads an MCTest model (file path, classpath resource or URL) and checks that it was trained
     * on the features this TagRank computes ({@link McTestFeatures#VERSION}).
     */
    public static McTestRanker load(String location) throws IOException {
        ModelBundle b = ModelIO.read(location, TASK);
        String v = b.model().provenance().get(FEATURES_KEY);
        if (v == null) {
            throw new ModelFormatException(location + ": the manifest lacks " + FEATURES_KEY
                    + " (the feature version the model was trained with)");
        }
        if (!McTestFeatures.VERSION.equals(v)) {
            throw new ModelFormatException(location + ": model made for features '" + v + "', this TagRank computes '"
                    + McTestFeatures.VERSION + "'");
        }
        return new McTestRanker(b.model());
    }

    public CandidateRanker ranker() {
        return ranker;
    }

    /** Training data: one candidate example per question with gold. */
    public static Dataset trainingSet(List<McTestStory> stories, int cutoff) {
        DatasetBuilder b = new DatasetBuilder();
        for (McTestStory s : stories) {
            StoryIndex idx = new StoryIndex(s.text());
            for (McTestQuestion q : s.questions()) {
                if (q.gold() < 0) {
                    throw new IllegalArgumentException(s.id() + ": training question without an answer key");
                }
                b.addCandidateExample(McTestFeatures.extract(idx, q), q.gold(), null);
            }
        }
        return b.build(LabelSet.of(List.of()), cutoff);
    }

    /** Every question as an instance in an existing feature space, in story order. */
    public static List<CandidateInstance> encode(FeatureIndex index, List<McTestStory> stories) {
        List<CandidateInstance> out = new ArrayList<>();
        for (McTestStory s : stories) {
            StoryIndex idx = new StoryIndex(s.text());
            for (McTestQuestion q : s.questions()) {
                out.add(encode(index, idx, q));
            }
        }
        return out;
    }

    static CandidateInstance encode(FeatureIndex index, StoryIndex story, McTestQuestion q) {
        List<SparseVector> cands = new ArrayList<>(4);
        for (Consumer<FeatureSink> e : McTestFeatures.extract(story, q)) {
            cands.add(DatasetBuilder.encode(index, e));
        }
        return new CandidateInstance(cands, q.gold());
    }

    /** Dev data in the training set's feature space. */
    public static Dataset encodeDataset(FeatureIndex index, List<McTestStory> stories) {
        return new Dataset(new ArrayList<Instance>(encode(index, stories)), LabelSet.of(List.of()), index);
    }

    public CandidateInstance encode(StoryIndex story, McTestQuestion q) {
        return encode(ranker.model().features(), story, q);
    }

    /** Scores the stories' questions; every question needs its gold answer (else an error naming the story). */
    public McTestEval evaluate(List<McTestStory> stories) {
        requireAnswers(stories);
        McTestEval e = new McTestEval();
        for (McTestStory s : stories) {
            StoryIndex idx = new StoryIndex(s.text());
            for (McTestQuestion q : s.questions()) {
                e.add(q, ranker.model().scores(encode(idx, q)));
            }
        }
        return e;
    }

    /** Scores of a baseline for each answer (see {@link RichardsonBaseline}). */
    public static double[] baselineScores(Baseline b, RichardsonBaseline story, McTestQuestion q) {
        return b == Baseline.SWD ? story.slidingWindowMinusDistance(q) : story.slidingWindow(q);
    }

    public static McTestEval evaluateBaseline(Baseline b, List<McTestStory> stories) {
        requireAnswers(stories);
        McTestEval e = new McTestEval();
        for (McTestStory s : stories) {
            RichardsonBaseline idx = new RichardsonBaseline(s.text());
            for (McTestQuestion q : s.questions()) {
                e.add(q, baselineScores(b, idx, q));
            }
        }
        return e;
    }

    /** Before any scoring: McTestEval's own check named a question's text only, after the stories before it were scored. */
    private static void requireAnswers(List<McTestStory> stories) {
        for (McTestStory s : stories) {
            if (!s.hasAnswers()) {
                throw new IllegalArgumentException("story " + s.id() + " has questions without a gold answer: read the"
                        + " stories with their answer key (McTestReader.read(tsv, true)) to evaluate");
            }
        }
    }
}
