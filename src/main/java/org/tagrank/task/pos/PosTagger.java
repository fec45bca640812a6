package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;
import org.tagrank.core.Contribution;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.ScoredOutput;
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
    private final Object2ObjectOpenHashMap<String, int[]> lexicon;
    private final int beamWidth;
    private final float[] w;
    private final org.tagrank.core.SparseRows rowsOfWeights;
    private final int numTags;

    private PosTagger(ModelBundle bundle, PosTemplates templates, FeatureTable table, TagDictionary dictionary,
                      UposMap uposMap, Object2ObjectOpenHashMap<String, int[]> lexicon, int beamWidth,
                      Lookups previous) {
        this.bundle = bundle;
        this.model = bundle.model();
        this.tags = model.labels();
        this.templates = templates;
        this.table = table;
        this.dictionary = dictionary;
        this.uposMap = uposMap;
        this.lexicon = lexicon;
        this.beamWidth = beamWidth;
        this.w = model.weightsUnsafe();
        this.numTags = tags.size();
        this.lookups = previous != null ? previous : Lookups.build(w, numTags, table, dictionary);
        this.rowsOfWeights = lookups.weights();
    }

    /**
     * What the tagger precomputes once per model and shares with its lexicon/beam variants: the
     * sparse weight rows, and the tag dictionary by vocabulary id, so that decoding a known word
     * needs no hash lookup beyond its feature row.
     */
    private record Lookups(org.tagrank.core.SparseRows weights, int[] fixedByVocab, int[][] allowedByVocab) {
        static Lookups build(float[] w, int numTags, FeatureTable table, TagDictionary dictionary) {
            int size = 0;
            for (String word : dictionary.words()) {
                size = Math.max(size, table.row(word).vocabId() + 1);
            }
            int[] fixed = new int[size];
            int[][] allowed = new int[size][];
            Arrays.fill(fixed, -1);
            for (String word : dictionary.words()) {
                int v = table.row(word).vocabId();
                if (v >= 0) {
                    fixed[v] = dictionary.fixedTag(word);
                    allowed[v] = dictionary.allowed(word);
                }
            }
            return new Lookups(org.tagrank.core.SparseRows.of(w, numTags), fixed, allowed);
        }
    }

    private final Lookups lookups;

    /** Loads a model from a file path, classpath resource or URL. */
    public static PosTagger load(String location) throws IOException {
        return fromBundle(ModelIO.read(location, TASK));
    }

    /** Loads the bundled default model. */
    public static PosTagger loadDefault() throws IOException {
        return load(DEFAULT_MODEL);
    }

    /** A tagger over a read model bundle; checks the template version and the POS attachments. */
    public static PosTagger fromBundle(ModelBundle bundle) throws ModelFormatException {
        if (!bundle.task().equals(TASK)) {
            throw new ModelFormatException("this is a '" + bundle.task() + "' model, not a '" + TASK + "' model");
        }
        LinearModel model = bundle.model();
        if (model.kind() != LinearModel.Kind.LABELS || model.decoding() != LinearModel.Decoding.ARGMAX) {
            throw new ModelFormatException("a POS model must be a label model decoded by argmax");
        }
        String version = model.provenance().get("pos.templates.version");
        if (!Integer.toString(PosTemplates.VERSION).equals(version)) {
            throw new ModelFormatException("POS template version " + version + " is not the one this TagRank uses ("
                    + PosTemplates.VERSION + ")");
        }
        try {
            PosTemplates templates = PosTemplates.parse(bundle.attachment("templates.txt"), "templates.txt");
            TagDictionary dict = TagDictionary.parse(bundle.attachment("tagdict.tsv"), model.labels());
            UposMap upos = bundle.attachments().containsKey("upos.tsv") ? UposMap.parse(bundle.attachment("upos.tsv")) : null;
            AutoLexicon auto = bundle.attachments().containsKey(AUTOLEX) ? AutoLexicon.parse(bundle.attachment(AUTOLEX)) : null;
            if (auto == null && templates.needsAutoLexicon()) {
                throw new ModelFormatException("the POS model's templates need its '" + AUTOLEX + "' entry");
            }
            FeatureTable table = new FeatureTable(templates, new WordSources(dict, model.labels(), auto), model.features(),
                    model.labels(), dict.words(), model.weightsUnsafe());
            int beam = Integer.parseInt(model.provenance().entries().getOrDefault("pos.beam", "1"));
            return new PosTagger(bundle, templates, table, dict, upos, null, beam, null);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("inconsistent POS model: " + e.getMessage(), e);
        }
    }

    /** The same tagger restricting or forcing the tags of the lexicon's words. */
    public PosTagger withLexicon(Lexicon lex) {
        return new PosTagger(bundle, templates, table, dictionary, uposMap, lex == null ? null : lex.resolve(tags),
                beamWidth, lookups);
    }

    /** The same tagger decoding with a beam of this width (1 = greedy). */
    public PosTagger withBeam(int width) {
        if (width < 1 || width > 64) {
            throw new IllegalArgumentException("beam width must be in 1..64, got " + width);
        }
        return new PosTagger(bundle, templates, table, dictionary, uposMap, lexicon, width, lookups);
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
        int[] ids = tagIds(words);
        List<String> xpos = new ArrayList<>(ids.length);
        for (int id : ids) {
            xpos.add(tags.label(id));
        }
        List<String> upos = null;
        if (uposMap != null) {
            upos = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                upos.add(uposMap.upos(xpos.get(i), words.get(i)));
            }
        }
        return new TaggedSentence(words, xpos, upos);
    }

    /** The UPOS for a word given its XPOS, or null without a UPOS map. */
    public String upos(String xpos, String word) {
        return uposMap == null ? null : uposMap.upos(xpos, word);
    }

    /** Tag ids for one sentence. */
    public int[] tagIds(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (Objects.requireNonNull(words.get(i), "word").isEmpty()) {
                throw new IllegalArgumentException("empty token at position " + i);
            }
        }
        if (words.isEmpty()) {
            return new int[0];
        }
        return beamWidth == 1 || !templates.usesHistory() ? greedy(words, null) : beam(words, beamWidth, 1)[0];
    }

    /** A tag sequence with its decoder score (sum of the tokens' linear scores). */
    public record ScoredSequence(List<String> tags, double score) {
    }

    /**
     * The k best tag sequences found by beam search (beam width max(k, this tagger's width)),
     * best first; fewer when the sentence has fewer distinct sequences.
     */
    public List<ScoredSequence> kBest(List<String> words, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        if (words.isEmpty()) {
            return List.of(new ScoredSequence(List.of(), 0));
        }
        int[][] seqs = beam(words, Math.max(k, beamWidth), k);
        List<ScoredSequence> out = new ArrayList<>();
        for (int[] seq : seqs) {
            List<String> t = new ArrayList<>(seq.length);
            for (int id : seq) {
                t.add(tags.label(id));
            }
            out.add(new ScoredSequence(t, sequenceScore(words, seq)));
        }
        return out;
    }

    /**
     * Per token, the softmax probability of its tag in the sequence given the sequence's own tag
     * history; tags must be in the model's tag set.
     */
    public double[] tagProbabilities(List<String> words, List<String> sequence) {
        int n = words.size();
        if (sequence.size() != n) {
            throw new IllegalArgumentException(sequence.size() + " tags for " + n + " words");
        }
        FeatureTable.Row[] rows = rows(words);
        float[] s = new float[numTags];
        double[] ds = new double[numTags];
        double[] p = new double[numTags];
        double[] out = new double[n];
        int[] buf = new int[table.maxFeatures()];
        int prev = numTags;
        int prev2 = numTags;
        for (int i = 0; i < n; i++) {
            int y = tags.indexOf(sequence.get(i));
            if (y < 0) {
                throw new IllegalArgumentException("tag '" + sequence.get(i) + "' is not in the model's tag set");
            }
            baseScores(rows, i, s, buf);
            historyScores(rows, i, prev, prev2, s, buf);
            for (int t = 0; t < numTags; t++) {
                ds[t] = s[t];
            }
            org.tagrank.core.Softmax.apply(ds, numTags, p);
            out[i] = p[y];
            prev2 = prev;
            prev = y;
        }
        return out;
    }

    private double sequenceScore(List<String> words, int[] seq) {
        FeatureTable.Row[] rows = rows(words);
        float[] s = new float[numTags];
        int[] buf = new int[table.maxFeatures()];
        double total = 0;
        int prev = numTags;
        int prev2 = numTags;
        for (int i = 0; i < seq.length; i++) {
            baseScores(rows, i, s, buf);
            historyScores(rows, i, prev, prev2, s, buf);
            total += s[seq[i]];
            prev2 = prev;
            prev = seq[i];
        }
        return total;
    }

    /**
     * The k most likely tags of every token with probabilities (softmax of the token's scores in
     * the greedy left-to-right context).
     */
    public List<List<ScoredOutput>> topK(List<String> words, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        int n = words.size();
        float[] scores = new float[n * numTags];
        greedy(words, scores);
        List<List<ScoredOutput>> out = new ArrayList<>(n);
        double[] s = new double[numTags];
        double[] p = new double[numTags];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < numTags; y++) {
                s[y] = scores[i * numTags + y];
            }
            org.tagrank.core.Softmax.apply(s, numTags, p);
            Integer[] order = new Integer[numTags];
            for (int y = 0; y < numTags; y++) {
                order[y] = y;
            }
            final double[] ps = p.clone();
            final double[] ss = s.clone();
            Arrays.sort(order, Comparator.comparingDouble((Integer y) -> -ss[y]).thenComparingInt(y -> y));
            List<ScoredOutput> row = new ArrayList<>(k);
            for (int r = 0; r < Math.min(k, numTags); r++) {
                row.add(new ScoredOutput(order[r], tags.label(order[r]), ss[order[r]], ps[order[r]]));
            }
            out.add(row);
        }
        return out;
    }

    /** The features that contributed most to token i's tag under greedy decoding. */
    public List<Contribution> explain(List<String> words, int i, int n) {
        if (i < 0 || i >= words.size()) {
            throw new IllegalArgumentException("no token " + i + " in a sentence of " + words.size());
        }
        int[] predicted = greedy(words, null);
        int y = predicted[i];
        int prev = i > 0 ? predicted[i - 1] : numTags;
        int prev2 = i > 1 ? predicted[i - 2] : numTags;
        FeatureTable.Row[] rows = rows(words);
        int[] buf = new int[table.maxFeatures()];
        int count = table.collectHistory(rows, i, prev, prev2, buf, table.collectWord(rows, i, buf, 0));
        List<Contribution> all = new ArrayList<>();
        for (int id : Arrays.copyOf(buf, count)) {
            float weight = w[id * numTags + y];
            if (weight != 0) {
                all.add(new Contribution(model.features().name(id) + " ∧ " + tags.label(y), 1.0, weight));
            }
        }
        all.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.contribution())).thenComparing(Contribution::feature));
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }

    private FeatureTable.Row[] rows(List<String> words) {
        return table.rows(words);
    }

    /** Scores of the word features of token i (independent of the tag history) into s; buf: scratch ids. */
    private void baseScores(FeatureTable.Row[] rows, int i, float[] s, int[] buf) {
        Arrays.fill(s, 0f);
        int n = table.collectWord(rows, i, buf, 0);
        for (int k = 0; k < n; k++) {
            addRow(buf[k], s);
        }
    }

    private void historyScores(FeatureTable.Row[] rows, int i, int prev, int prev2, float[] s, int[] buf) {
        int n = table.collectHistory(rows, i, prev, prev2, buf, 0);
        for (int k = 0; k < n; k++) {
            addRow(buf[k], s);
        }
    }

    private void addRow(int id, float[] s) {
        rowsOfWeights.addRow(id, s);
    }

    private int fixedTag(String word, FeatureTable.Row row) {
        if (lexicon != null) {
            int[] lex = lexicon.get(word);
            if (lex != null) {
                return lex.length == 1 ? lex[0] : -1;
            }
        }
        int v = row.vocabId();
        return v >= 0 && v < lookups.fixedByVocab().length ? lookups.fixedByVocab()[v] : -1;
    }

    private int[] allowedTags(String word, FeatureTable.Row row) {
        if (lexicon != null) {
            int[] lex = lexicon.get(word);
            if (lex != null) {
                return lex;
            }
        }
        int v = row.vocabId();
        return v >= 0 && v < lookups.allowedByVocab().length ? lookups.allowedByVocab()[v] : null;
    }

    private static int argmax(float[] s, int[] allowed) {
        if (allowed != null) {
            int best = allowed[0];
            for (int k = 1; k < allowed.length; k++) {
                if (s[allowed[k]] > s[best]) {
                    best = allowed[k];
                }
            }
            return best;
        }
        int best = 0;
        for (int y = 1; y < s.length; y++) {
            if (s[y] > s[best]) {
                best = y;
            }
        }
        return best;
    }

    /** Greedy left-to-right decoding; when scoresOut is given, every token is scored into it (n×K). */
    private int[] greedy(List<String> words, float[] scoresOut) {
        int n = words.size();
        FeatureTable.Row[] rows = rows(words);
        int[] out = new int[n];
        float[] s = new float[numTags];
        int[] buf = new int[table.maxFeatures()];
        int prev = numTags;
        int prev2 = numTags;
        for (int i = 0; i < n; i++) {
            String word = words.get(i);
            int fixed = fixedTag(word, rows[i]);
            if (fixed >= 0 && scoresOut == null) {
                out[i] = fixed;
            } else {
                baseScores(rows, i, s, buf);
                historyScores(rows, i, prev, prev2, s, buf);
                out[i] = fixed >= 0 ? fixed : argmax(s, allowedTags(word, rows[i]));
                if (scoresOut != null) {
                    System.arraycopy(s, 0, scoresOut, i * numTags, numTags);
                }
            }
            prev2 = prev;
            prev = out[i];
        }
        return out;
    }

    /**
     * Beam search over tag histories, returning the best {@code k} (&lt;= width) final hypotheses;
     * the word-feature scores of a token are shared by all hypotheses.
     */
    private int[][] beam(List<String> words, int width, int k) {
        int n = words.size();
        int b = width;
        FeatureTable.Row[] rows = rows(words);
        float[] base = new float[numTags];
        float[] s = new float[numTags];
        int[] buf = new int[table.maxFeatures()];
        int[] prev = new int[b];
        int[] prev2 = new int[b];
        double[] score = new double[b];
        int size = 1;
        prev[0] = numTags;
        prev2[0] = numTags;
        int[][] back = new int[n][b];
        int[][] tagAt = new int[n][b];
        int[] nPrev = new int[b];
        int[] nPrev2 = new int[b];
        double[] nScore = new double[b];
        int[] nBack = new int[b];
        for (int i = 0; i < n; i++) {
            String word = words.get(i);
            int fixed = fixedTag(word, rows[i]);
            int[] allowed = fixed >= 0 ? new int[]{fixed} : allowedTags(word, rows[i]);
            baseScores(rows, i, base, buf);
            int nSize = 0;
            for (int h = 0; h < size; h++) {
                System.arraycopy(base, 0, s, 0, numTags);
                historyScores(rows, i, prev[h], prev2[h], s, buf);
                int count = allowed != null ? allowed.length : numTags;
                for (int a = 0; a < count; a++) {
                    int y = allowed != null ? allowed[a] : a;
                    double c = score[h] + s[y];
                    if (nSize < b || c > nScore[nSize - 1]) {
                        int pos = nSize < b ? nSize++ : nSize - 1;
                        while (pos > 0 && nScore[pos - 1] < c) { // keep sorted, best first
                            nScore[pos] = nScore[pos - 1];
                            nPrev[pos] = nPrev[pos - 1];
                            nPrev2[pos] = nPrev2[pos - 1];
                            nBack[pos] = nBack[pos - 1];
                            pos--;
                        }
                        nScore[pos] = c;
                        nPrev[pos] = y;
                        nPrev2[pos] = prev[h];
                        nBack[pos] = h;
                    }
                }
            }
            for (int h = 0; h < nSize; h++) {
                back[i][h] = nBack[h];
                tagAt[i][h] = nPrev[h];
                prev[h] = nPrev[h];
                prev2[h] = nPrev2[h];
                score[h] = nScore[h];
            }
            size = nSize;
        }
        int[][] result = new int[Math.min(k, size)][];
        for (int r = 0; r < result.length; r++) {
            int[] out = new int[n];
            int h = r;
            for (int i = n - 1; i >= 0; i--) {
                out[i] = tagAt[i][h];
                h = back[i][h];
            }
            result[r] = out;
        }
        return result;
    }

    /** Model provenance (manifest) entries. */
    public Map<String, String> provenance() {
        return model.provenance().entries();
    }
}
