package org.tagrank.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tagrank.integration.opennlp.TagRankPOSTagger;
import org.tagrank.task.classify.TextClassifier;
import org.tagrank.task.pos.TaggedSentence;
import org.tagrank.task.rank.CandidateRanker;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A null argument to a public constructor or factory is named in the exception, not a bare NullPointerException. */
class NullArgumentMessagesTest {
    static final LabelSet LABELS = LabelSet.of("a", "b");
    static final FeatureIndex FEATURES = FeatureIndex.of(List.of("f"));

    private static void names(String expected, Executable call) {
        NullPointerException e = assertThrows(NullPointerException.class, call);
        assertEquals(expected, e.getMessage());
    }

    @Test
    void constructorsNameTheirNullArgument() {
        names("labels", () -> LinearModel.forLabels(null, FEATURES, LinearModel.Decoding.ARGMAX, new float[2], Provenance.empty()));
        names("features", () -> LinearModel.forLabels(LABELS, null, LinearModel.Decoding.ARGMAX, new float[2], Provenance.empty()));
        names("decoding", () -> LinearModel.forLabels(LABELS, FEATURES, null, new float[2], Provenance.empty()));
        names("provenance", () -> LinearModel.forLabels(LABELS, FEATURES, LinearModel.Decoding.ARGMAX, new float[2], null));
        names("model", () -> new CandidateRanker(null));
        names("tagger", () -> new TagRankPOSTagger(null));
        names("vectorizer", () -> new TextClassifier(null, null));
        names("words", () -> new TaggedSentence(null, List.of(), null));
        names("xpos", () -> new TaggedSentence(List.of(), null, null));
        names("null label at position 1", () -> LabelSet.of(Arrays.asList("a", null)));
        names("null feature name at position 1", () -> FeatureIndex.of(Arrays.asList("f", null)));
        names("learner", () -> org.tagrank.learn.TrainerConfig.builder(null));
        names("null XPOS tag at position 1", () -> new TaggedSentence(List.of("a", "b"), Arrays.asList("DT", null), null));
        // these two were NullPointerExceptions without a message (List.copyOf's)
        names("null UPOS tag at position 1", () -> new TaggedSentence(List.of("a", "b"), List.of("DT", "NN"),
                Arrays.asList("DET", null)));
        names("null word at position 0", () -> new TaggedSentence(Arrays.asList(null, "b"), List.of("DT", "NN"), null));
    }

    @Test
    void entryPointsNameTheirNullArgument() {
        names("candidates", () -> new CandidateInstance(null, 0));
        names("null candidate at position 1", () -> new CandidateInstance(Arrays.asList(SparseVector.empty(), null), 0));
        names("names", () -> new org.tagrank.task.rank.RankingCandidate("c", null, null, new double[0]));
        names("values", () -> new org.tagrank.task.rank.RankingCandidate("c", null, new String[0], null));
        names("tokens", () -> new org.tagrank.task.rank.link.LinkDocument("d", null, List.of()));
        names("mentions", () -> new org.tagrank.task.rank.link.LinkDocument("d", List.of(), null));
        names("document d: null mention at position 0",
                () -> new org.tagrank.task.rank.link.LinkDocument("d", List.of(), Arrays.asList((org.tagrank.task.rank.link.LinkMention) null)));
        names("candidates", () -> org.tagrank.task.rank.link.LinkMention.of("d", 0, "Moon", null));
        names("answers", () -> new org.tagrank.task.rank.McTestQuestion("q?", org.tagrank.task.rank.McTestQuestion.Type.ONE, null, 0));
        names("null answer at position 2", () -> new org.tagrank.task.rank.McTestQuestion("q?",
                org.tagrank.task.rank.McTestQuestion.Type.ONE, Arrays.asList("a", "b", null, "d"), 0));
        names("text", () -> new org.tagrank.task.rank.StoryIndex(null));
        LinearModel model = LinearModel.forLabels(LABELS, FEATURES, LinearModel.Decoding.ARGMAX, new float[2], Provenance.empty());
        names("attachments", () -> new org.tagrank.io.ModelBundle("classify", model, null));
        java.util.Map<String, String> nullName = new java.util.HashMap<>();
        nullName.put(null, "x");
        names("attachments: null attachment name", () -> new org.tagrank.io.ModelBundle("classify", model, nullName));
        java.util.Map<String, String> nullText = new java.util.HashMap<>();
        nullText.put("notes.txt", null);
        names("attachments: attachment 'notes.txt' has no text (null)",
                () -> new org.tagrank.io.ModelBundle("classify", model, nullText));
        names("in", () -> org.tagrank.io.ModelIO.read((java.io.InputStream) null, "classify", "test"));
    }

    @Test
    void trainingAndScoringNameTheirNullArgument() {
        List<Instance> xs = List.of(new LabelInstance(SparseVector.binary(new int[]{0}), 0),
                new LabelInstance(SparseVector.binary(new int[]{0}), 1));
        Dataset d = new Dataset(xs, LABELS, FEATURES);
        org.tagrank.learn.TrainerConfig lr = org.tagrank.learn.TrainerConfig.builder(org.tagrank.learn.TrainerConfig.Learner.LR).build();
        names("config", () -> org.tagrank.learn.Trainers.create(null));
        names("train", () -> org.tagrank.learn.Trainers.create(lr).train(null, null, org.tagrank.learn.TrainingListener.SILENT));
        names("listener", () -> org.tagrank.learn.Trainers.create(lr).train(d, null, null));
        names("instances", () -> new Dataset(null, LABELS, FEATURES));
        names("null instance at position 1", () -> new Dataset(Arrays.asList(xs.get(0), null), LABELS, FEATURES));
        LinearModel model = LinearModel.forLabels(LABELS, FEATURES, LinearModel.Decoding.ARGMAX, new float[2], Provenance.empty());
        names("instance", () -> model.scores(null));
        names("instance", () -> model.topK(null, 1));
        names("instance", () -> model.argmax(null));
        names("instance", () -> model.explain(null, 0, 1));
    }

    /** The task records a user builds or receives: McTestStory, RankedCandidate, ScoredSequence, Prediction. */
    @Test
    void taskRecordsNameTheirNullArgument() {
        names("questions", () -> new org.tagrank.task.rank.McTestStory("s", "", "text", null));
        names("null question at position 0", () -> new org.tagrank.task.rank.McTestStory("s", "", "text",
                Arrays.asList((org.tagrank.task.rank.McTestQuestion) null)));
        names("id", () -> new org.tagrank.task.rank.RankedCandidate(1, 0, null, 0, 1, List.of()));
        names("explanation", () -> new org.tagrank.task.rank.RankedCandidate(1, 0, "A", 0, 1, null));
        names("null contribution at position 0", () -> new org.tagrank.task.rank.RankedCandidate(1, 0, "A", 0, 1,
                Arrays.asList((Contribution) null)));
        names("null tag at position 1", () -> new org.tagrank.task.pos.PosTagger.ScoredSequence(Arrays.asList("DT", null), 0));
        names("label", () -> new org.tagrank.task.classify.Prediction(null, 1, 0));
    }
}
