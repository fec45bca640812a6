package org.tagrank.task.rank;

import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Checks;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.ScoredOutput;
import org.tagrank.core.SparseVector;
import org.tagrank.eval.RankingEval;
import org.tagrank.feature.DatasetBuilder;
import org.tagrank.feature.FeatureSink;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Ranks per-example candidate sets with a candidate model ({@code argmax_c w·f(x,c)}). Immutable and
 * thread-safe. Also turns generic {@link RankingExample}s into training data.
 */
public final class CandidateRanker {
    private final LinearModel model;

    public CandidateRanker(LinearModel model) {
        this.model = Objects.requireNonNull(model, "model");
        if (model.kind() != LinearModel.Kind.CANDIDATES) {
            throw new IllegalArgumentException("a ranker needs a candidate model, not a " + model.kind() + " model");
        }
    }

    public LinearModel model() {
        return model;
    }

    /**
     * Training data from examples with gold: string features counted and cut off. An example without a gold candidate
     * is an IllegalArgumentException naming its id and line.
     */
    public static Dataset trainingSet(List<RankingExample> examples, int cutoff) {
        DatasetBuilder b = new DatasetBuilder();
        for (RankingExample e : Checks.noNulls(examples, "examples", "example")) {
            if (e.gold() < 0) { // the learner's own check named only its 0-based position among the instances
                throw new IllegalArgumentException("training example '" + e.id() + "' (line " + e.line()
                        + ") has no gold candidate");
            }
            List<Consumer<FeatureSink>> cands = new ArrayList<>();
            for (RankingCandidate c : e.candidates()) {
                cands.add(c::emit);
            }
            b.addCandidateExample(cands, e.gold(), null);
        }
        return b.build(LabelSet.of(List.of()), cutoff);
    }

    /** The example in an existing feature space (unknown features dropped). */
    public static CandidateInstance encode(FeatureIndex index, RankingExample e) {
        List<SparseVector> cands = new ArrayList<>(e.candidates().size());
        for (RankingCandidate c : e.candidates()) {
            cands.add(DatasetBuilder.encode(index, c::emit));
        }
        return new CandidateInstance(cands, e.gold());
    }

    /** Examples in a training set's feature space, for dev/test data. */
    public static Dataset encodeAll(FeatureIndex index, List<RankingExample> examples) {
        List<org.tagrank.core.Instance> xs = new ArrayList<>();
        for (RankingExample e : examples) {
            xs.add(encode(index, e));
        }
        return new Dataset(xs, LabelSet.of(List.of()), index);
    }

    public CandidateInstance encode(RankingExample e) {
        return encode(model.features(), e);
    }

    /**
     * The {@code k} best candidates (k >= 1), best first, with probabilities; {@code explain} > 0 adds that
     * many top contributing features to each (0: none). {@code ids} names the candidates, one per candidate of
     * {@code x}. An unmodifiable list.
     */
    public List<RankedCandidate> rank(CandidateInstance x, List<String> ids, int k, int explain) {
        Objects.requireNonNull(x, "instance");
        Checks.noNullsPrefixed(ids, "ids", "id");
        if (explain < 0) { // was taken as 0 without a word
            throw new IllegalArgumentException("explain must be >= 0, got " + explain);
        }
        if (ids.size() != x.candidates().size()) {
            throw new IllegalArgumentException(ids.size() + " ids for " + x.candidates().size() + " candidates");
        }
        List<RankedCandidate> out = new ArrayList<>();
        int r = 1;
        for (ScoredOutput s : model.topK(x, k)) {
            out.add(new RankedCandidate(r++, s.output(), ids.get(s.output()), s.score(), s.probability(),
                    explain > 0 ? model.explain(x, s.output(), explain) : List.of()));
        }
        return List.copyOf(out);
    }

    /** P@1 and MRR over examples with gold. */
    public RankingEval evaluate(List<CandidateInstance> xs) {
        RankingEval e = new RankingEval();
        for (CandidateInstance x : xs) {
            if (x.gold() >= 0) {
                double[] s = model.scores(x);
                e.add(RankingEval.rankOf(s, s.length, x.gold()));
            }
        }
        return e;
    }
}
