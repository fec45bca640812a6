package org.tagrank.task.rank.link;

import org.tagrank.core.CandidateInstance;
import org.tagrank.core.LinearModel;
import org.tagrank.core.Softmax;
import org.tagrank.core.SparseVector;
import org.tagrank.feature.DatasetBuilder;
import org.tagrank.feature.FeatureSink;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelFormatException;
import org.tagrank.io.ModelIO;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Ranks the candidates of each mention of a document with a linear model over {@link LinkFeatures}
 * and the alias prior it was trained with. Immutable and thread-safe.
 */
public final class EntityLinker {
    public static final String TASK = "link";
    static final String PRIOR_ENTRY = "link-prior.tsv";
    /** Provenance key: "true" when the model was trained with the wikidict features. */
    public static final String WIKIDICT_KEY = "link.wikidict";
    /**
     * Provenance key: the {@code wda.*} groups ("count,doc") of a model trained with the wikidict alias features
     * ({@link WikidictAliasFeatures}); absent without them.
     */
    public static final String WIKIDICT_ALIASES_KEY = "link.wikidict.aliases";
    /** Provenance key: "true" when the model was trained with the optional sports features ({@link SportsFeatures}). */
    public static final String SPORTS_KEY = "link.sports";
    /** Provenance key: "true" with the optional entity context features (the model then has {@link #CONTEXT_ENTRY}). */
    public static final String CONTEXT_KEY = "link.context";
    /** Provenance key: "true" with the optional coreference features ({@link CorefFeatures}). */
    public static final String COREF_KEY = "link.coref";
    /** Provenance key: "true" with the optional type features ({@link TypeFeatures}). */
    public static final String TYPES_KEY = "link.types";
    /** Provenance key: the context window (tokens either side of a mention) of the entity context features; absent: 0. */
    public static final String CONTEXT_WINDOW_KEY = "link.context.window";
    static final String CONTEXT_ENTRY = "link-context.tsv";
    /** Provenance key: "true" with the optional embedding features (the model then has {@link #VECTORS_ENTRY}). */
    public static final String EMBEDDINGS_KEY = "link.embeddings";
    static final String VECTORS_ENTRY = "link-vectors.tsv";
    static final String FREQUENCIES_ENTRY = "link-word-df.tsv";
    /** Provenance key: "true" with the optional co-occurrence features (the model then has {@link #COOC_ENTRY}). */
    public static final String COOC_KEY = "link.cooc";
    static final String COOC_ENTRY = "link-cooc.tsv";
    /** Provenance key: "2" for a two-pass model (first-pass features prefixed {@link #PASS1}, second pass unprefixed). */
    public static final String PASSES_KEY = "link.passes";
    /** Prefix of the first-pass features in a two-pass model. */
    public static final String PASS1 = "s1:";

    private final LinearModel model;
    private final AliasPrior prior;
    private final Wikidict wikidict;
    private final LinkOptions options;

    /** A linker for a model trained without the optional resources (wikidict, entity context, embeddings). */
    public EntityLinker(LinearModel model, AliasPrior prior) {
        this(model, prior, null, null, null);
    }

    /**
     * @param wikidict   CoreNLP's dictionary, needed when the model was trained with it (ignored otherwise), or null
     * @param context    the entity context model, needed when the model was trained with it (ignored otherwise), or null
     * @param embeddings the word vectors of the embedding features, needed when the model was trained with
     *                   them (ignored otherwise), or null
     */
    public EntityLinker(LinearModel model, AliasPrior prior, Wikidict wikidict, EntityContext context,
                        LinkEmbeddings embeddings) {
        this(model, prior, wikidict, context, embeddings, null);
    }

    /**
     * As above, with the co-occurrence table, needed when the model was trained with it (ignored otherwise), or null.
     */
    public EntityLinker(LinearModel model, AliasPrior prior, Wikidict wikidict, EntityContext context,
                        LinkEmbeddings embeddings, EntityCooc cooc) {
        this.model = Objects.requireNonNull(model, "model");
        this.prior = Objects.requireNonNull(prior, "prior");
        if (model.kind() != LinearModel.Kind.CANDIDATES) {
            throw new IllegalArgumentException("an entity linker needs a candidate-ranking model");
        }
        this.wikidict = !usesWikidict(model) || wikidict == null ? null
                : wikidict.withAliasGroups(wikidictAliasGroups(model));
        boolean ctx = "true".equals(model.provenance().get(CONTEXT_KEY));
        if (ctx && context == null) {
            throw new IllegalArgumentException("this link model was trained with the entity context features: it needs "
                    + "its context model (" + CONTEXT_ENTRY + ")");
        }
        boolean emb = "true".equals(model.provenance().get(EMBEDDINGS_KEY));
        if (emb && embeddings == null) {
            throw new IllegalArgumentException("this link model was trained with the embedding features: it needs "
                    + "its word vectors (" + VECTORS_ENTRY + ")");
        }
        boolean co = "true".equals(model.provenance().get(COOC_KEY));
        if (co && cooc == null) {
            throw new IllegalArgumentException("this link model was trained with the co-occurrence features: it needs "
                    + "its table (" + COOC_ENTRY + ")");
        }
        this.options = new LinkOptions(usesSports(model), ctx ? context : null, window(model.provenance().entries(), CONTEXT_WINDOW_KEY),
                "true".equals(model.provenance().get(COREF_KEY)), "true".equals(model.provenance().get(TYPES_KEY)),
                emb ? EmbeddingOptions.fromProvenance(model.provenance().entries(), embeddings) : null, co ? cooc : null);
    }

    /** Was this model trained with the wikidict features (so that linking needs the dictionary)? */
    public static boolean usesWikidict(LinearModel model) {
        return "true".equals(model.provenance().get(WIKIDICT_KEY));
    }

    public boolean usesWikidict() {
        return usesWikidict(model);
    }

    /** The {@code wda.*} groups of a model trained with the wikidict alias features; empty without them. */
    public static Set<String> wikidictAliasGroups(LinearModel model) {
        String g = model.provenance().get(WIKIDICT_ALIASES_KEY);
        if (g == null || !usesWikidict(model)) {
            return Set.of();
        }
        return WikidictAliases.parseGroups(g);
    }

    /** Does this model need the dictionary read with its aliases by entity ({@link WikidictAliases})? */
    public boolean usesWikidictAliases() {
        return !wikidictAliasGroups(model).isEmpty();
    }

    /** The same model and prior with a dictionary for the wikidict features. */
    public EntityLinker withWikidict(Wikidict wd) {
        return new EntityLinker(model, prior, wd, options.context(),
                options.embeddings() == null ? null : options.embeddings().vectors(), options.cooc());
    }

    /** Is this a two-pass model (second-pass coherence with the first pass's links)? */
    public static boolean twoPass(LinearModel model) {
        return "2".equals(model.provenance().get(PASSES_KEY));
    }

    private LinkFeatures features(LinkDocument doc) {
        if (wikidict == null && usesWikidict()) {
            throw new IllegalStateException("this link model was trained with CoreNLP's wikidict features: give it the "
                    + "dictionary (" + Wikidict.JAR_ENTRY + " or the models-english-kbp jar)");
        }
        if (twoPass(model)) {
            int[] fp = firstPass(model, LinkFeatures.linking(doc, prior, wikidict, null, LinkOptions.NONE), PASS1);
            return LinkFeatures.linking(doc, prior, wikidict, fp, LinkOptions.NONE);
        }
        return LinkFeatures.linking(doc, prior, wikidict, null, options);
    }

    /**
     * The manifest entries that record a one-pass model's optional feature groups: the feature version, and
     * the keys this class reads back when it links (so that writing and reading them live in one place).
     */
    public static Map<String, String> optionProvenance(LinkOptions options) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        // without optional features they are those of the previous version: the same bytes as before
        p.put("link.features", !options.any() ? LinkFeatures.COMPATIBLE
                : options.cooc() != null ? LinkFeatures.COOC
                : options.embeddings() != null ? LinkFeatures.EMBEDDINGS
                : options.coref() || options.types() || options.context() != null ? LinkFeatures.VERSION
                : LinkFeatures.SPORTS_ONLY);
        if (options.sports()) {
            p.put(SPORTS_KEY, "true");
        }
        if (options.context() != null) {
            p.put(CONTEXT_KEY, "true");
            if (options.contextWindow() > 0) {
                p.put(CONTEXT_WINDOW_KEY, Integer.toString(options.contextWindow()));
            }
        }
        if (options.coref()) {
            p.put(COREF_KEY, "true");
        }
        if (options.types()) {
            p.put(TYPES_KEY, "true");
        }
        if (options.embeddings() != null) {
            p.put(EMBEDDINGS_KEY, "true");
            options.embeddings().writeProvenance(p);
        }
        if (options.cooc() != null) {
            p.put(COOC_KEY, "true");
            p.put(COOC_KEY + ".min", Integer.toString(options.cooc().minPair()));
        }
        return p;
    }

    static int window(Map<String, String> provenance, String key) {
        String w = provenance.get(key);
        try {
            return w == null ? 0 : Integer.parseInt(w);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not an integer: '" + w + "'");
        }
    }

    /** Was this model trained with the optional sports features? */
    public static boolean usesSports(LinearModel model) {
        return "true".equals(model.provenance().get(SPORTS_KEY));
    }

    /**
     * The argmax candidate of every mention (-1 without candidates) under a model whose features
     * carry {@code prefix} ("" for none).
     */
    static int[] firstPass(LinearModel m, LinkFeatures f, String prefix) {
        List<LinkMention> ms = f.document().mentions();
        int[] out = new int[ms.size()];
        for (int j = 0; j < out.length; j++) {
            int n = ms.get(j).candidates().size();
            if (n < 2) {
                out[j] = n - 1;
                continue;
            }
            List<SparseVector> vs = new ArrayList<>(n);
            for (int c = 0; c < n; c++) {
                int jj = j;
                int cc = c;
                vs.add(DatasetBuilder.encode(m.features(), sink -> f.extract(jj, cc, prefixed(sink, prefix))));
            }
            out[j] = m.argmax(new CandidateInstance(vs, -1));
        }
        return out;
    }

    static FeatureSink prefixed(FeatureSink sink, String prefix) {
        return prefix.isEmpty() ? sink : (name, value) -> sink.add(prefix + name, value);
    }

    public static EntityLinker load(String location) throws IOException {
        ModelBundle bundle = ModelIO.read(location, TASK);
        try {
            return fromBundle(bundle);
        } catch (ModelFormatException e) { // say which model, as ModelIO's own errors do
            throw new ModelFormatException(location + ": " + e.getMessage(), e);
        }
    }

    public static EntityLinker fromBundle(ModelBundle b) throws ModelFormatException {
        String version = b.model().provenance().get("link.features");
        if (version == null) { // every link model records it: without it its features cannot be checked
            throw new ModelFormatException("the manifest lacks link.features (the feature version the model was trained with)");
        }
        String passes = b.model().provenance().get(PASSES_KEY);
        // absent in models older than two-pass training: those are one-pass
        if (passes != null && !passes.equals("1") && !passes.equals("2")) {
            throw new ModelFormatException("the manifest's " + PASSES_KEY + "=" + passes + ", this TagRank links in 1 or 2 passes");
        }
        if (!version.equals(LinkFeatures.VERSION) && !version.equals(LinkFeatures.COMPATIBLE)
                && !version.equals(LinkFeatures.SPORTS_ONLY) && !version.equals(LinkFeatures.EMBEDDINGS)
                && !version.equals(LinkFeatures.COOC)) {
            throw new ModelFormatException("this link model uses features " + version + ", this TagRank computes "
                    + String.join(", ", LinkFeatures.COMPATIBLE, LinkFeatures.SPORTS_ONLY, LinkFeatures.VERSION,
                    LinkFeatures.EMBEDDINGS, LinkFeatures.COOC));
        }
        try {
            EntityContext ctx = "true".equals(b.model().provenance().get(CONTEXT_KEY))
                    ? EntityContext.parse(b.attachment(CONTEXT_ENTRY)) : null;
            LinkEmbeddings emb = "true".equals(b.model().provenance().get(EMBEDDINGS_KEY))
                    ? LinkEmbeddings.parse(b.attachment(VECTORS_ENTRY), b.attachment(FREQUENCIES_ENTRY),
                    "all".equals(b.model().provenance().get(EmbeddingOptions.VOCAB_KEY))) : null;
            EntityCooc co = "true".equals(b.model().provenance().get(COOC_KEY))
                    ? EntityCooc.parse(b.attachment(COOC_ENTRY)) : null;
            String min = b.model().provenance().get(COOC_KEY + ".min");
            if (co != null && min != null && !min.equals(Integer.toString(co.minPair()))) {
                throw new IllegalArgumentException("the manifest's " + COOC_KEY + ".min=" + min + " but "
                        + COOC_ENTRY + " was made with " + co.minPair());
            }
            return new EntityLinker(b.model(), AliasPrior.parse(b.attachment(PRIOR_ENTRY)), null, ctx, emb, co);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("link model: " + e.getMessage(), e);
        }
    }

    public ModelBundle bundle() {
        Map<String, String> a = new java.util.LinkedHashMap<>();
        a.put(PRIOR_ENTRY, prior.format());
        if (options.context() != null) {
            a.put(CONTEXT_ENTRY, options.context().format());
        }
        if (options.embeddings() != null) {
            a.put(VECTORS_ENTRY, options.embeddings().vectors().vectorsText());
            a.put(FREQUENCIES_ENTRY, options.embeddings().vectors().frequenciesText());
        }
        if (options.cooc() != null) {
            a.put(COOC_ENTRY, options.cooc().format());
        }
        return new ModelBundle(TASK, model, a);
    }

    public LinearModel model() {
        return model;
    }

    /** A ranked candidate: its position in the mention's list, title, score and softmax probability. */
    public record Ranked(int candidate, String title, double score, double probability) {
    }

    /** The instance of mention {@code j} (null without candidates). */
    public CandidateInstance instance(LinkFeatures f, int j) {
        LinkMention m = f.document().mentions().get(j);
        if (m.candidates().isEmpty()) {
            return null;
        }
        List<SparseVector> vs = new ArrayList<>(m.candidates().size());
        for (int c = 0; c < m.candidates().size(); c++) {
            int cc = c;
            vs.add(DatasetBuilder.encode(model.features(), sink -> f.extract(j, cc, sink)));
        }
        return new CandidateInstance(vs, -1);
    }

    /**
     * Each mention's candidate instance with its gold position (-1 when NIL or unknown), or null
     * for a mention without candidates: what a generic candidate ranker needs. An unmodifiable list.
     */
    public List<CandidateInstance> instances(LinkDocument doc) {
        LinkFeatures f = features(doc);
        List<CandidateInstance> out = new ArrayList<>(doc.mentions().size());
        for (int j = 0; j < doc.mentions().size(); j++) {
            CandidateInstance x = instance(f, j);
            out.add(x == null ? null : new CandidateInstance(x.candidates(), doc.mentions().get(j).goldIndex()));
        }
        return Collections.unmodifiableList(out); // List.copyOf refuses the nulls
    }

    /** For each mention, its candidates best first (empty without candidates); unmodifiable lists. */
    public List<List<Ranked>> rank(LinkDocument doc) {
        LinkFeatures f = features(doc);
        List<List<Ranked>> out = new ArrayList<>(doc.mentions().size());
        for (int j = 0; j < doc.mentions().size(); j++) {
            CandidateInstance x = instance(f, j);
            if (x == null) {
                out.add(List.of());
                continue;
            }
            double[] s = model.scores(x);
            double[] p = new double[s.length];
            Softmax.apply(s, s.length, p);
            List<Ranked> r = new ArrayList<>(s.length);
            List<LinkCandidate> cands = doc.mentions().get(j).candidates();
            for (int c = 0; c < s.length; c++) {
                r.add(new Ranked(c, cands.get(c).title(), s[c], p[c]));
            }
            r.sort(Comparator.comparingDouble((Ranked k) -> -k.score()).thenComparingInt(Ranked::candidate));
            out.add(List.copyOf(r));
        }
        return List.copyOf(out);
    }

    /** The argmax candidate of each mention, -1 for a mention without candidates. */
    public int[] predict(LinkDocument doc) {
        LinkFeatures f = features(doc);
        int[] out = new int[doc.mentions().size()];
        for (int j = 0; j < out.length; j++) {
            CandidateInstance x = instance(f, j);
            out[j] = x == null ? -1 : model.argmax(x);
        }
        return out;
    }
}
