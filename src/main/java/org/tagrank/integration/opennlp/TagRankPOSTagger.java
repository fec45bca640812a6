package org.tagrank.integration.opennlp;

import opennlp.tools.postag.POSTagger;
import opennlp.tools.util.Sequence;
import org.tagrank.task.pos.PosTagger;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * OpenNLP's {@link POSTagger} over a TagRank POS model, for code written against OpenNLP.
 * Thread-safe (unlike {@code POSTaggerME}): share one instance. Tags are XPOS (PTB).
 * {@code additionalContext} is accepted and ignored, as TagRank's features do not use it.
 */
public final class TagRankPOSTagger implements POSTagger {
    /** Sequences {@link #topKSequences} returns, as OpenNLP's default beam size. */
    public static final int DEFAULT_TOP_K = 3;

    private final PosTagger tagger;
    private final int topK;

    public TagRankPOSTagger(PosTagger tagger) {
        this(tagger, DEFAULT_TOP_K);
    }

    public TagRankPOSTagger(PosTagger tagger, int topK) {
        this.tagger = Objects.requireNonNull(tagger);
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be >= 1, got " + topK);
        }
        this.topK = topK;
    }

    /** Loads a TagRank model from a file, classpath resource or URL. */
    public static TagRankPOSTagger load(String location) throws IOException {
        return new TagRankPOSTagger(PosTagger.load(location));
    }

    /** The bundled default model. */
    public static TagRankPOSTagger loadDefault() throws IOException {
        return new TagRankPOSTagger(PosTagger.loadDefault());
    }

    @Override
    public String[] tag(String[] sentence) {
        return tagger.tag(Arrays.asList(sentence)).xpos().toArray(new String[0]);
    }

    @Override
    public String[] tag(String[] sentence, Object[] additionalContext) {
        return tag(sentence);
    }

    @Override
    public Sequence[] topKSequences(String[] sentence) {
        List<String> words = Arrays.asList(sentence);
        List<PosTagger.ScoredSequence> best = tagger.kBest(words, topK);
        Sequence[] out = new Sequence[best.size()];
        for (int i = 0; i < out.length; i++) {
            List<String> tags = best.get(i).tags();
            double[] probs = tagger.tagProbabilities(words, tags);
            Sequence s = new Sequence();
            for (int t = 0; t < tags.size(); t++) {
                s.add(tags.get(t), probs[t]);
            }
            out[i] = s;
        }
        return out;
    }

    @Override
    public Sequence[] topKSequences(String[] sentence, Object[] additionalContext) {
        return topKSequences(sentence);
    }
}
