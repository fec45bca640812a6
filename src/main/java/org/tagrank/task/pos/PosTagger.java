package org.tagrank.task.pos;

import org.tagrank.core.Checks;
import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;
import org.tagrank.core.Contribution;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.ScoredOutput;
import org.tagrank.core.SparseRows;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelFormatException;
import org.tagrank.io.ModelIO;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, thread-safe part-of-speech tagger over a linear model with tag-history
 * features: greedy left-to-right or beam decoding, a tag dictionary for frequent words, an
 * optional user lexicon, XPOS plus UPOS (mapped from XPOS).
 */
public final class PosTagger {
    public static final String TASK = "pos";
    /** Classpath / file location of the bundled default model. */
    public static final String DEFAULT_MODEL = "models/en-ewt-pos-ap-1.lin.zip";
    /** Model attachment holding the statistics from automatically tagged unlabeled text (optional). */
    static final String AUTOLEX = "autolex.tsv";

    private final ModelBundle bundle;
    private final LinearModel model;
    private final LabelSet tags;
    private final PosTemplates templates;
    private final FeatureTable table;
    private final TagDictionary dictionary;
    private final UposMap uposMap;
    /** The UPOS map over tag and vocabulary ids ({@link #tag}'s lookups). */
    private final UposMap.ById uposIds;
    private final Object2ObjectOpenHashMap<String, int[]> lexicon;
    private final int beamWidth;
    private final int numTags;
    private final PosDecoder decoder;
    private final TagProbabilities probabilities;

    /** Made by {@link PosModelReader} and by the with* copies; {@code previous}: a copy's lookups, or null. */
    PosTagger(ModelBundle bundle, PosTemplates templates, FeatureTable table, TagDictionary dictionary,
              UposMap uposMap, Object2ObjectOpenHashMap<String, int[]> lexicon, int beamWidth,
              PosDecoder.Lookups previous, SparseRows sparse) {
        this.bundle = bundle;
        this.model = bundle.model();
        this.tags = model.labels();
        this.templates = templates;
        this.table = table;
        this.dictionary = dictionary;
        this.uposMap = uposMap;
        this.uposIds = uposMap == null ? null : uposMap.byId(tags, table.vocabularySize());
        this.lexicon = lexicon;
        this.beamWidth = beamWidth;
        this.numTags = tags.size();
        this.decoder = new PosDecoder(table, previous != null ? previous : PosDecoder.Lookups.build(sparse, numTags, table, dictionary),
                lexicon, numTags);
        this.probabilities = new TagProbabilities(decoder, table, tags);
    }

    /** Loads a model from a file path, classpath resource or URL. */
    public static PosTagger load(String location) throws IOException {
        ModelBundle bundle = ModelIO.read(location, TASK);
        try {
            return fromBundle(bundle);
        } catch (ModelFormatException e) { // say which model, as ModelIO's own errors do
            throw new ModelFormatException(location + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a model from a stream (as OpenNLP's {@code new POSModel(in)}), read to its end and not closed; {@code name}
     * says which model in error messages.
     */
    public static PosTagger load(java.io.InputStream in, String name) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name"); // every error about the model starts with it: it read "null: ..."
        ModelBundle bundle = ModelIO.read(in, TASK, name);
        try {
            return fromBundle(bundle);
        } catch (ModelFormatException e) {
            throw new ModelFormatException(name + ": " + e.getMessage(), e);
        }
    }

    /** Loads the bundled default model. */
    public static PosTagger loadDefault() throws IOException {
        return load(DEFAULT_MODEL);
    }

    /** A tagger over a read model bundle; checks the template version and the POS attachments. */
    public static PosTagger fromBundle(ModelBundle bundle) throws ModelFormatException {
        return PosModelReader.tagger(bundle);
    }

    /** The widest beam {@link #withBeam} takes (and a model's manifest may name). */
    public static final int MAX_BEAM = 64;

    /** The same tagger restricting or forcing the tags of the lexicon's words; {@code null}: the same tagger without a lexicon. */
    public PosTagger withLexicon(Lexicon lex) {
        return new PosTagger(bundle, templates, table, dictionary, uposMap, lex == null ? null : lex.resolve(tags),
                beamWidth, decoder.lookups(), null);
    }

    /** The same tagger decoding with a beam of this width (1 = greedy). */
    public PosTagger withBeam(int width) {
        if (width < 1 || width > MAX_BEAM) {
            throw new IllegalArgumentException("beam width must be in 1.." + MAX_BEAM + ", got " + width);
        }
        return new PosTagger(bundle, templates, table, dictionary, uposMap, lexicon, width, decoder.lookups(), null);
    }

    PosDecoder decoder() {
        return decoder;
    }

    FeatureTable table() {
        return table;
    }

    public int beamWidth() {
        return beamWidth;
    }

    public boolean hasUpos() {
        return uposMap != null;
    }

    public LabelSet tags() {
        return tags;
    }

    public LinearModel model() {
        return model;
    }

    /**
     * The model as read or trained: {@link #withLexicon} and {@link #withBeam} are tagging-time settings of this
     * instance and are not part of it (a saved bundle tags as the model's manifest says).
     */
    public ModelBundle bundle() {
        return bundle;
    }

    public PosTemplates templates() {
        return templates;
    }

    /** Training-vocabulary statistics (for unknown-word accuracy). */
    public TagDictionary dictionary() {
        return dictionary;
    }

    /** Tags one tokenized sentence, of any length. */
    public TaggedSentence tag(List<String> words) {
        checkWords(words);
        FeatureTable.Row[] rows = decoder.rows(words);
        int[] ids = words.isEmpty() ? new int[0] : tagIds(words, rows);
        String[] xpos = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            xpos[i] = tags.label(ids[i]);
        }
        List<String> upos = uposIds == null ? null : uposIds.upos(ids, words, rows);
        return new TaggedSentence(words, Arrays.asList(xpos), upos);
    }

    /**
     * The UPOS for a word given its XPOS alone, or null without a UPOS map; "X" for a tag of the model's set that the
     * map never saw with a UPOS. Without the next tag this can differ from {@link #tag}'s UPOS (e.g. "as"/IN: ADP or
     * SCONJ): for a tagged sentence use {@link #upos(List, List)}. The XPOS must be one of the model's tags ({@link #tags()}): another one is an
     * IllegalArgumentException naming it, a null one or a null word a NullPointerException naming the argument.
     */
    public String upos(String xpos, String word) {
        Objects.requireNonNull(xpos, "xpos");
        Objects.requireNonNull(word, "word");
        if (tags.indexOf(xpos) < 0) {
            throw new IllegalArgumentException("XPOS tag '" + xpos + "' is not in the model's tag set");
        }
        return uposMap == null ? null : uposMap.upos(xpos, word);
    }

    /**
     * The UPOS of each token of a tagged sentence (from its XPOS, its word and the next tag, as {@link #tag} finds
     * them), or null without a UPOS map: for sequences other than {@link #tag}'s, e.g. {@link #kBest}'s.
     */
    public List<String> upos(List<String> words, List<String> xpos) {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(xpos, "xpos");
        if (words.size() != xpos.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + xpos.size() + " tags");
        }
        for (int i = 0; i < xpos.size(); i++) {
            if (tags.indexOf(Objects.requireNonNull(xpos.get(i), "tag " + i)) < 0) {
                throw new IllegalArgumentException("XPOS tag '" + xpos.get(i) + "' is not in the model's tag set");
            }
        }
        checkWords(words);
        return uposMap == null ? null : java.util.Collections.unmodifiableList(uposMap.upos(xpos, words));
    }

    /** Tag ids for one sentence. */
    public int[] tagIds(List<String> words) {
        checkWords(words);
        return words.isEmpty() ? new int[0] : tagIds(words, decoder.rows(words));
    }

    private int[] tagIds(List<String> words, FeatureTable.Row[] rows) {
        return beamWidth == 1 || !templates.usesHistory() ? decoder.greedy(words, rows, null)
                : decoder.beam(words, rows, beamWidth, 1)[0];
    }

    /** Every method taking words refuses a null or empty token the same way, naming its position. */
    private static void checkWords(List<String> words) {
        Objects.requireNonNull(words, "words");
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word == null) {
                throw new NullPointerException("null token at position " + i);
            }
            if (word.isEmpty()) {
                throw new IllegalArgumentException("empty token at position " + i);
            }
        }
    }

    /** A tag sequence with its decoder score (sum of the tokens' linear scores). */
    public record ScoredSequence(List<String> tags, double score) {
        public ScoredSequence {
            tags = List.copyOf(Checks.noNulls(tags, "tags", "tag"));
        }
    }

    /**
     * The k best tag sequences found by beam search (beam width max(k, this tagger's width)),
     * best first; fewer when the sentence has fewer distinct sequences. k is a beam width, so in
     * 1..{@link #MAX_BEAM} as {@link #withBeam} takes.
     */
    public List<ScoredSequence> kBest(List<String> words, int k) {
        if (k < 1 || k > MAX_BEAM) { // the beam keeps k sequences per token: a k of millions ran out of memory
            throw new IllegalArgumentException("k must be in 1.." + MAX_BEAM + ", got " + k);
        }
        checkWords(words);
        if (words.isEmpty()) {
            return List.of(new ScoredSequence(List.of(), 0));
        }
        int[][] seqs = decoder.beam(words, Math.max(k, beamWidth), k);
        List<ScoredSequence> out = new ArrayList<>();
        for (int[] seq : seqs) {
            List<String> t = new ArrayList<>(seq.length);
            for (int id : seq) {
                t.add(tags.label(id));
            }
            out.add(new ScoredSequence(t, decoder.sequenceScore(words, seq)));
        }
        return List.copyOf(out);
    }

    /**
     * Per token, the probability of its tag in the sequence given the sequence's own tag history:
     * the softmax of the token's scores over the tags the tagger may give it (see {@link #topK}), so
     * 1 for a tag the tag dictionary or lexicon fixes and 0 for a tag they rule out. Tags must be
     * in the model's tag set.
     */
    public double[] tagProbabilities(List<String> words, List<String> sequence) {
        checkWords(words);
        Checks.noNullsPrefixed(sequence, "sequence", "tag");
        return probabilities.ofSequence(words, sequence);
    }

    /**
     * The k most likely tags of every token with probabilities: the softmax of the token's scores
     * in the greedy left-to-right context, over the tags the tagger may give the token (a word the
     * user lexicon or the tag dictionary fixes has that tag alone, with probability 1; one they
     * restrict, only those tags). Fewer than k when fewer tags are possible. The first is the tag
     * greedy decoding gives ({@link #tag} with beam width 1).
     */
    public List<List<ScoredOutput>> topK(List<String> words, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        checkWords(words);
        return probabilities.topK(words, k);
    }

    /** The tags token i may get and what limits them: a tag the lexicon or tag dictionary fixes is not scored. */
    public AllowedTags allowedTags(List<String> words, int i) {
        checkToken(words, i);
        return probabilities.allowed(words, i);
    }

    private static void checkToken(List<String> words, int i) {
        checkWords(words);
        if (i < 0 || i >= words.size()) {
            throw new IllegalArgumentException("no token " + i + " in a sentence of " + words.size());
        }
    }

    /**
     * The features that contributed most to token i's tag: the tag {@link #tag} gives (greedy, or
     * this tagger's beam), with the tag history of that decoded sequence. They did not choose a tag
     * the lexicon or tag dictionary fixes ({@link #allowedTags}).
     */
    public List<Contribution> explain(List<String> words, int i, int n) {
        checkWords(words);
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        checkToken(words, i);
        FeatureTable.Row[] rows = decoder.rows(words);
        int[] predicted = tagIds(words, rows);
        int y = predicted[i];
        int prev = i > 0 ? predicted[i - 1] : numTags;
        int prev2 = i > 1 ? predicted[i - 2] : numTags;
        int[] buf = new int[table.maxFeatures()];
        int count = table.collectHistory(rows, i, prev, prev2, buf, table.collectWord(rows, i, buf, 0));
        List<Contribution> all = new ArrayList<>();
        for (int id : Arrays.copyOf(buf, count)) {
            float weight = model.weight(id * numTags + y);
            if (weight != 0) {
                all.add(new Contribution(model.features().name(id) + " ∧ " + tags.label(y), 1.0, weight));
            }
        }
        all.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.contribution())).thenComparing(Contribution::feature));
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }

    /** Model provenance (manifest) entries. */
    public Map<String, String> provenance() {
        return model.provenance().entries();
    }
}
