package org.tagrank.integration.opennlp;

import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.util.Sequence;
import org.tagrank.task.pos.PosTagger;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * OpenNLP's {@link POSTagger} over a TagRank POS model, for code written against OpenNLP.
 * Thread-safe (unlike {@code POSTaggerME}): share one instance; so there is no {@code probs()},
 * {@link #tagSequence} returns the tags with their probabilities. Tags are XPOS (PTB, {@link POSTagFormat#PENN}) unless
 * {@link POSTagFormat#UD} is asked for, which gives the model's UPOS (OpenNLP 2.5's {@code new POSTaggerME(model)}
 * defaults to UD, mapping PTB tags by a table; TagRank's UPOS also look at the word and the next tag). A UD tag's
 * probability is that of the XPOS tag behind it. {@code additionalContext} is accepted and ignored, as TagRank's
 * features do not use it.
 */
public final class TagRankPOSTagger implements POSTagger {
    /** Sequences {@link #topKSequences} returns, as OpenNLP's default beam size. */
    public static final int DEFAULT_TOP_K = 3;

    private final PosTagger tagger;
    private final int topK;
    private final boolean ud;

    /** PTB tags, {@link #DEFAULT_TOP_K} sequences. */
    public TagRankPOSTagger(PosTagger tagger) {
        this(tagger, DEFAULT_TOP_K);
    }

    /** topK: the sequences {@link #topKSequences} returns, a beam width, so in 1..{@link PosTagger#MAX_BEAM}. */
    public TagRankPOSTagger(PosTagger tagger, int topK) {
        this(tagger, topK, POSTagFormat.PENN);
    }

    /** Tags in this format: UD (the model's UPOS) or PENN (its XPOS), as {@code POSTaggerME(model, format)}. */
    public TagRankPOSTagger(PosTagger tagger, POSTagFormat format) {
        this(tagger, DEFAULT_TOP_K, format);
    }

    public TagRankPOSTagger(PosTagger tagger, int topK, POSTagFormat format) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        if (topK < 1 || topK > PosTagger.MAX_BEAM) {
            throw new IllegalArgumentException("topK must be in 1.." + PosTagger.MAX_BEAM + ", got " + topK);
        }
        this.topK = topK;
        if (Objects.requireNonNull(format, "format") != POSTagFormat.UD && format != POSTagFormat.PENN) {
            throw new IllegalArgumentException("format " + format + ": a TagRank model tags in UD (UPOS) or PENN (XPOS)");
        }
        if (format == POSTagFormat.UD && !tagger.hasUpos()) {
            throw new IllegalArgumentException("format UD: this model has no UPOS map (train it on CoNLL-U with UPOS)");
        }
        this.ud = format == POSTagFormat.UD;
    }

    /** Loads a TagRank model from a file, classpath resource or URL; PTB tags. */
    public static TagRankPOSTagger load(String location) throws IOException {
        return new TagRankPOSTagger(PosTagger.load(location));
    }

    /** Loads a TagRank model from a stream, as {@code new POSModel(in)} (not closed; {@code name} for errors); PTB tags. */
    public static TagRankPOSTagger load(java.io.InputStream in, String name) throws IOException {
        return new TagRankPOSTagger(PosTagger.load(in, name));
    }

    /** Loads a TagRank model from a file, classpath resource or URL; tags in this format (UD or PENN). */
    public static TagRankPOSTagger load(String location, POSTagFormat format) throws IOException {
        return new TagRankPOSTagger(PosTagger.load(location), format);
    }

    /** The tag format: {@link POSTagFormat#PENN} (XPOS) or {@link POSTagFormat#UD} (UPOS). */
    public POSTagFormat format() {
        return ud ? POSTagFormat.UD : POSTagFormat.PENN;
    }

    /** The bundled default model. */
    public static TagRankPOSTagger loadDefault() throws IOException {
        return new TagRankPOSTagger(PosTagger.loadDefault());
    }

    /** The TagRank tagger behind this one: UPOS ({@code tag(words).upos()}), the tag set, explanations. */
    public PosTagger tagger() {
        return tagger;
    }

    /**
     * The tagger's own decision (greedy unless its model decodes with a beam): the same tags as
     * {@link PosTagger#tag}, and usually, not always, those of {@link #topKSequences}'s first sequence.
     */
    @Override
    public String[] tag(String[] sentence) {
        Objects.requireNonNull(sentence, "sentence");
        var tagged = tagger.tag(Arrays.asList(sentence));
        return (ud ? tagged.upos() : tagged.xpos()).toArray(new String[0]);
    }

    @Override
    public String[] tag(String[] sentence, Object[] additionalContext) {
        return tag(sentence);
    }

    /**
     * {@link #tag}'s tags with each token's probability ({@link PosTagger#tagProbabilities} along
     * those tags), as one value: what {@code POSTaggerME}'s {@code tag} then {@code probs()} give,
     * without state kept between calls (so this class has no {@code probs()}).
     */
    public Sequence tagSequence(String[] sentence) {
        Objects.requireNonNull(sentence, "sentence");
        List<String> words = Arrays.asList(sentence);
        var tagged = tagger.tag(words);
        return sequence(ud ? tagged.upos() : tagged.xpos(), tagger.tagProbabilities(words, tagged.xpos()));
    }

    /**
     * The k best tag sequences of a beam search of width max(k, the tagger's beam), ordered as
     * OpenNLP orders its own: best first by {@link Sequence#getScore()}, the sum of the tokens' log
     * probabilities (each token's probability is the softmax of its scores given the sequence's
     * previous tags, {@link PosTagger#tagProbabilities}). TagRank's beam ranks by the sum of raw
     * linear scores, which can order the same sequences differently; ties keep the beam's order.
     * Unlike {@code POSTaggerME}, {@link #tag} is not always the first sequence here: with the
     * bundled model and k = 3 the two differ on 45 of EWT dev's 2,001 sentences.
     */
    @Override
    public Sequence[] topKSequences(String[] sentence) {
        Objects.requireNonNull(sentence, "sentence");
        List<String> words = Arrays.asList(sentence);
        List<PosTagger.ScoredSequence> best = tagger.kBest(words, topK);
        Sequence[] out = new Sequence[best.size()];
        for (int i = 0; i < out.length; i++) {
            List<String> tags = best.get(i).tags();
            out[i] = sequence(ud ? tagger.upos(words, tags) : tags, tagger.tagProbabilities(words, tags));
        }
        // stable: sequences with equal scores keep the beam's order
        Arrays.sort(out, java.util.Comparator.comparingDouble((Sequence q) -> q.getScore()).reversed());
        return out;
    }

    @Override
    public Sequence[] topKSequences(String[] sentence, Object[] additionalContext) {
        return topKSequences(sentence);
    }

    private static Sequence sequence(List<String> tags, double[] probs) {
        Sequence s = new Sequence();
        for (int t = 0; t < tags.size(); t++) {
            s.add(tags.get(t), probs[t]);
        }
        return s;
    }
}
