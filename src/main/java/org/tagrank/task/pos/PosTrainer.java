package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import org.tagrank.core.Dataset;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.learn.CostMatrix;
import org.tagrank.core.LinearModel;
import org.tagrank.core.Provenance;
import org.tagrank.feature.DatasetBuilder;
import org.tagrank.feature.FeatureSink;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.ModelBundle;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;
import org.tagrank.learn.TrainingListener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains a POS model: one multiclass instance per token whose tag-history features come from the
 * gold tags (as in maximum-entropy taggers), any learner of the engine, then the tag dictionary
 * and the XPOS→UPOS map.
 */
public final class PosTrainer {

    /** Manifest keys saying that the cluster sets look words up again with their digits replaced by '9'. */
    static final String DIGITS_KEY = "pos.clusters.digits";
    static final String DIGITS_KEY2 = "pos.clusters2.digits";

    private PosTrainer() {
    }

    /**
     * The sorted XPOS tag set of the sentences, the labels {@link #train} gives the model (so a cost matrix over it
     * lines up with the model's tag ids); "_" (no XPOS) is an error.
     */
    public static LabelSet tagSet(List<ConlluSentence> sentences, String source) throws CorpusFormatException {
        TreeSet<String> tags = new TreeSet<>();
        for (ConlluSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                String t = s.xpos().get(i);
                if (t.equals("_") || t.isEmpty()) {
                    // the word's own line, not its sentence's first (a comment, or another word)
                    throw new CorpusFormatException(source, s.firstLine() + s.wordLines()[i],
                            "word '" + s.forms().get(i) + "' has no XPOS");
                }
                tags.add(t);
            }
        }
        return LabelSet.of(tags);
    }

    /**
     * Trains and returns the model bundle. {@code provenance} is added to the manifest (data
     * checksums, command line).
     */
    public static ModelBundle train(List<ConlluSentence> train, List<ConlluSentence> dev, PosTrainerSettings settings,
                                    TrainingListener listener, Map<String, String> provenance, String trainSource)
            throws CorpusFormatException {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("empty training data: " + trainSource);
        }
        LabelSet tags = tagSet(train, trainSource);
        if (tags.size() < 2) {
            throw new IllegalArgumentException("training data has a single tag: " + tags.label(0));
        }
        if (settings.trainer().cost() instanceof CostMatrix m && m.size() != tags.size()) { // ids would not line up
            throw new IllegalArgumentException("the cost matrix covers " + m.size() + " tags, the training data has "
                    + tags.size() + ": build it over PosTrainer.tagSet of the training data");
        }
        List<List<String>> words = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (ConlluSentence s : train) {
            words.add(s.forms());
            gold.add(ids(s.xpos(), tags));
        }
        TagDictionary dict = TagDictionary.build(words, gold, tags, settings.dictionary());
        PosTemplates templates = settings.templates();
        SelfTraining.Lexicons lexicons = templates.needsAutoLexicon()
                ? SelfTraining.build(train, dev, settings, listener, trainSource) : null;
        WordClusters clusters = templates.needsClusters() ? settings.clusters() : null;
        WordClusters clusters2 = templates.needsClusters2() ? settings.clusters2() : null;
        WordNetLexicon wordnet = templates.needsWordNet() ? settings.wordnet() : null;
        WordSources sources = new WordSources(dict, tags, lexicons == null ? null : lexicons.full(), clusters, clusters2, wordnet);
        WordSources[] foldSources = new WordSources[lexicons == null ? 1 : lexicons.folds().length];
        for (int k = 0; k < foldSources.length; k++) {
            foldSources[k] = lexicons == null ? sources : new WordSources(dict, tags, lexicons.folds()[k], clusters, clusters2, wordnet);
        }
        List<int[]> predicted = settings.history().mode() == PosTrainerSettings.History.Mode.GOLD ? null
                : SelfTraining.jackknifedTags(train, dev, settings, tags, listener, trainSource);
        DatasetBuilder builder = new DatasetBuilder();
        // word values and names made once per word type; used by the extraction thread only
        CachedWordValues[] foldValues = new CachedWordValues[foldSources.length];
        for (int k = 0; k < foldValues.length; k++) {
            foldValues[k] = new CachedWordValues(settings.templates(), foldSources[k]);
        }
        // a second thread: feature strings of the next block of sentences while this one indexes the current block
        // (in the same order as one thread would: same feature ids), then the model's description while this one trains
        ExecutorService second = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tagrank-pos-features");
            t.setDaemon(true);
            return t;
        });
        try {
            int blocks = (words.size() + BLOCK - 1) / BLOCK;
            Future<List<ExtractedToken>> next = second.submit(() -> extractBlock(0, words, gold, predicted, settings, foldValues, tags));
            for (int b = 0; b < blocks; b++) {
                List<ExtractedToken> block = await(next, "extracting features");
                final int following = b + 1;
                if (following < blocks) {
                    next = second.submit(() -> extractBlock(following, words, gold, predicted, settings, foldValues, tags));
                }
                for (ExtractedToken t : block) {
                    builder.addLabelExample(t::replay, t.gold());
                }
            }
            // what the model carries besides its weights does not depend on them: made while the perceptron trains
            int tokens = builder.size();
            Future<Description> description = second.submit(() -> describe(train, words, tokens, settings, sources, provenance));
            Dataset trainSet = builder.build(tags, settings.cutoff());
            TrainerConfig config = settings.trainer();
            Dataset devSet = dev == null || dev.isEmpty() ? null : goldHistoryInstances(dev, trainSet, templates, sources);
            LinearModel model = Trainers.create(config).train(trainSet, devSet, listener);
            Map<String, String> p = new LinkedHashMap<>();
            if (settings.ensemble() > 1) {
                model = seedAverage(model, trainSet, devSet, config, settings.ensemble(), listener);
                p.put("trainer.ensemble", Integer.toString(settings.ensemble()));
            }
            p.put("trainer.history", settings.history().mode() == PosTrainerSettings.History.Mode.GOLD ? "gold"
                    : settings.history().mode().name().toLowerCase(java.util.Locale.ROOT) + "," + settings.history().folds());
            // POS features are binary and independent of each other, so features that never got a weight
            // can go: smaller files and faster loading, same tags
            LinearModel pruned = model.withoutZeroFeatures();
            p.put("pos.features.trained", Integer.toString(model.features().size()));
            Description d = await(description, "describing the model");
            Map<String, String> all = new LinkedHashMap<>(d.provenance());
            all.putAll(p);
            return new ModelBundle(PosTagger.TASK, pruned.withProvenance(model.provenance().with(all)), d.attachments());
        } finally {
            second.shutdownNow();
        }
    }

    /** The model's attachments (templates, tag dictionary, UPOS map, word tables) and the provenance entries they need. */
    private record Description(Map<String, String> provenance, Map<String, String> attachments) {
    }

    private static Description describe(List<ConlluSentence> train, List<List<String>> words, int tokens,
                                         PosTrainerSettings settings, WordSources sources, Map<String, String> provenance) {
        PosTemplates templates = settings.templates();
        List<List<String>> xpos = new ArrayList<>();
        List<List<String>> upos = new ArrayList<>();
        for (ConlluSentence s : train) {
            xpos.add(s.xpos());
            upos.add(s.upos());
        }
        UposMap uposMap = UposMap.learn(words, xpos, upos);
        Map<String, String> p = new LinkedHashMap<>(provenance);
        p.put("pos.templates.version", Integer.toString(PosTemplates.VERSION));
        p.put("pos.beam", Integer.toString(settings.beam()));
        p.put("pos.tagset", "xpos");
        p.put("pos.cutoff", Integer.toString(settings.cutoff()));
        p.put("pos.tagdict", settings.dictionary().minCount() + "," + settings.dictionary().unambiguousCount() + ","
                + settings.dictionary().unambiguousShare());
        p.put("train.sentences", Integer.toString(train.size()));
        p.put("train.tokens", Integer.toString(tokens));
        Map<String, String> attachments = new LinkedHashMap<>();
        attachments.put("templates.txt", templates.spec());
        attachments.put("tagdict.tsv", sources.dictionary().format(sources.tags()));
        if (!uposMap.isEmpty()) { // training data without UPOS: a model without UPOS (hasUpos() false), not UPOS "_"
            attachments.put("upos.tsv", uposMap.format());
        }
        if (!uposMap.formatContext().isEmpty()) {
            attachments.put(UposMap.CONTEXT_ATTACHMENT, uposMap.formatContext());
        }
        AutoLexicon auto = sources.auto();
        if (auto != null) {
            attachments.put(PosTagger.AUTOLEX, auto.format());
            for (Map.Entry<String, String> e : auto.sources().entrySet()) {
                p.put("pos.unlabeled." + e.getKey(), e.getValue());
            }
            p.put("pos.unlabeled.min", Integer.toString(settings.unlabeled().minCount()));
            if (templates.wordTemplates().stream().anyMatch(t -> t.function().needsAutoTags())) {
                p.put("pos.unlabeled.folds", Integer.toString(settings.unlabeled().folds()));
                p.put("pos.unlabeled.mark", Boolean.toString(settings.unlabeled().markKnown()));
            }
        }
        WordClusters clusters = sources.clusters();
        if (clusters != null) {
            attachments.put(WordClusters.ATTACHMENT, clusters.text());
            p.put("pos.clusters.words", Integer.toString(clusters.size()));
            if (clusters.mapsDigits()) {
                p.put(DIGITS_KEY, "9");
            }
        }
        WordClusters clusters2 = sources.clusters2();
        if (clusters2 != null) {
            attachments.put(WordClusters.ATTACHMENT2, clusters2.text());
            p.put("pos.clusters2.words", Integer.toString(clusters2.size()));
            if (clusters2.mapsDigits()) {
                p.put(DIGITS_KEY2, "9");
            }
        }
        WordNetLexicon wordnet = sources.wordnet();
        if (wordnet != null) {
            attachments.put(WordNetLexicon.ATTACHMENT, wordnet.formatLemmas());
            attachments.put(WordNetLexicon.EXCEPTIONS, wordnet.formatExceptions());
            for (Map.Entry<String, String> e : wordnet.sources().entrySet()) {
                p.put("pos.wordnet." + e.getKey(), e.getValue());
            }
        }
        return new Description(p, attachments);
    }

    /** The value of a task run on the second thread; its exception is rethrown as it was when unchecked. */
    private static <T> T await(Future<T> f, String what) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The mean of the weights of {@code k} models trained on the same data and features with seeds seed, seed + 1,
     * ..., seed + k - 1 (the first is {@code first}): one model, tagging as fast as each of them.
     */
    private static LinearModel seedAverage(LinearModel first, Dataset trainSet, Dataset devSet, TrainerConfig config, int k,
                                           TrainingListener listener) {
        float[] sum = first.weights();
        List<Provenance> seeds = new ArrayList<>(List.of(first.provenance()));
        for (int s = 1; s < k; s++) {
            TrainerConfig c = config.withSeed(config.seed() + s);
            LinearModel m = Trainers.create(c).train(trainSet, devSet, listener);
            seeds.add(m.provenance());
            for (int i = 0; i < sum.length; i++) {
                sum[i] += m.weight(i);
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= k;
        }
        return LinearModel.forLabelsTakingWeights(first.labels(), first.features(), first.decoding(), sum,
                ensembleProvenance(seeds));
    }

    /**
     * The first seed's provenance with every seed's best epoch and early-stopping dev accuracy, in seed order, in place
     * of the first seed's alone: each seed stops at its own epoch, and neither figure is the averaged model's.
     */
    private static Provenance ensembleProvenance(List<Provenance> seeds) {
        Map<String, String> p = new TreeMap<>(seeds.get(0).entries());
        for (String[] key : new String[][]{{"train.best_epoch", "trainer.ensemble.best_epochs"},
                {"score.dev_accuracy", "trainer.ensemble.dev_accuracies"}}) {
            if (p.remove(key[0]) != null) {
                List<String> values = new ArrayList<>();
                for (Provenance s : seeds) {
                    values.add(s.get(key[0]));
                }
                p.put(key[1], String.join(",", values));
            }
        }
        return new Provenance(p);
    }

    /** Sentences per block of feature extraction done ahead of indexing. */
    private static final int BLOCK = 256;

    /** One training token's features (names and values, in extraction order) and its gold tag. */
    private record ExtractedToken(String[] names, double[] values, int gold) {
        void replay(FeatureSink sink) {
            for (int k = 0; k < names.length; k++) {
                sink.add(names[k], values[k]);
            }
        }
    }

    /** The training tokens of sentence block b, in the order of sentences, tag histories and tokens. */
    private static List<ExtractedToken> extractBlock(int b, List<List<String>> words, List<int[]> gold, List<int[]> predicted,
                                                     PosTrainerSettings settings, CachedWordValues[] foldValues, LabelSet tags) {
        List<ExtractedToken> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        DoubleArrayList values = new DoubleArrayList();
        FeatureSink collect = (feature, value) -> {
            names.add(feature);
            values.add(value);
        };
        for (int k = b * BLOCK; k < Math.min(words.size(), (b + 1) * BLOCK); k++) {
            List<String> ws = words.get(k);
            int[] g = gold.get(k);
            CachedWordValues src = foldValues[k % foldValues.length];
            List<int[]> histories = predicted == null ? List.of(g)
                    : settings.history().mode() == PosTrainerSettings.History.Mode.PREDICTED ? List.of(predicted.get(k)) : List.of(g, predicted.get(k));
            for (int[] h : histories) {
                for (int i = 0; i < ws.size(); i++) {
                    PosFeatures.extract(settings.templates(), src, ws, i, history(h, i - 1, tags), history(h, i - 2, tags), collect);
                    String[] ns = names.toArray(new String[0]);
                    for (String n : ns) {
                        n.hashCode(); // cached in the String: the indexing thread, the slower of the two, finds it computed
                    }
                    out.add(new ExtractedToken(ns, values.toDoubleArray(), g[i]));
                    names.clear();
                    values.clear();
                }
            }
        }
        return out;
    }

    /** Dev instances in the training feature space with gold tag history (for early stopping). */
    static Dataset goldHistoryInstances(List<ConlluSentence> sentences, Dataset train, PosTemplates templates,
                                        WordSources sources) {
        LabelSet tags = train.labels();
        // sentences in parallel (the index and sources are read-only), instances in sentence order
        List<Instance> out = new ArrayList<>();
        sentences.parallelStream().map(s -> goldHistoryInstances(s, train, templates, sources)).forEachOrdered(out::addAll);
        return new Dataset(out, tags, train.features());
    }

    private static List<Instance> goldHistoryInstances(ConlluSentence s, Dataset train, PosTemplates templates,
                                                       WordSources sources) {
        LabelSet tags = train.labels();
        List<Instance> out = new ArrayList<>(s.size());
        int[] g = new int[s.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = tags.indexOf(s.xpos().get(i));
        }
        for (int i = 0; i < s.size(); i++) {
            if (g[i] < 0) {
                continue; // a tag never seen in training cannot be predicted; skip it for early stopping
            }
            String prev = i >= 1 && g[i - 1] >= 0 ? tags.label(g[i - 1]) : i >= 1 ? s.xpos().get(i - 1) : PosTemplates.BOUNDARY_LEFT;
            String prev2 = i >= 2 && g[i - 2] >= 0 ? tags.label(g[i - 2]) : i >= 2 ? s.xpos().get(i - 2) : PosTemplates.BOUNDARY_LEFT;
            final int pos = i;
            out.add(new LabelInstance(DatasetBuilder.encode(train.features(),
                    sink -> PosFeatures.extract(templates, sources, s.forms(), pos, prev, prev2, sink)), g[i]));
        }
        return out;
    }

    private static String history(int[] gold, int j, LabelSet tags) {
        return j < 0 ? PosTemplates.BOUNDARY_LEFT : tags.label(gold[j]);
    }

    private static int[] ids(List<String> tagList, LabelSet tags) {
        int[] out = new int[tagList.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tags.indexOf(tagList.get(i));
        }
        return out;
    }
}
