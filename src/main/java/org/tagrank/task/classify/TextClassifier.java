package org.tagrank.task.classify;

import org.tagrank.core.Checks;
import org.tagrank.core.Contribution;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.ScoredOutput;
import org.tagrank.core.Softmax;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelFormatException;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;
import org.tagrank.learn.TrainingListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A trained document classifier: n-gram features ({@link NgramVectorizer}) and a linear model.
 * Immutable and thread-safe.
 */
public final class TextClassifier {
    /** The task name in model files. */
    public static final String TASK = "classify";
    static final String CONFIG_ENTRY = "classify.properties";
    static final String DF_ENTRY = "classify-df.txt";

    private final NgramVectorizer vectorizer;
    private final LinearModel model;

    public TextClassifier(NgramVectorizer vectorizer, LinearModel model) {
        this.vectorizer = Objects.requireNonNull(vectorizer, "vectorizer");
        this.model = Objects.requireNonNull(model, "model");
        if (model.kind() != LinearModel.Kind.LABELS) {
            throw new IllegalArgumentException("a text classifier needs a label model");
        }
        if (!model.features().names().equals(vectorizer.index().names())) {
            throw new IllegalArgumentException("the model and the vectorizer have different feature indexes");
        }
    }

    /**
     * Trains on labelled documents (shuffled with the trainer's seed first). {@code dev} may be
     * empty or null; its labels must occur in training. Every document needs a label (else an
     * IllegalArgumentException naming its 1-based number). Every other argument is checked for null before any
     * feature is extracted.
     */
    public static TextClassifier train(List<Document> train, List<Document> dev, NgramConfig features,
                                       TrainerConfig trainer, TrainingListener listener) {
        Checks.noNullsPrefixed(train, "train", "document");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(trainer, "trainer");
        Objects.requireNonNull(listener, "listener");
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training documents");
        }
        if (dev != null) {
            Checks.noNullsPrefixed(dev, "dev", "document");
            requireLabels(dev, "dev");
        }
        requireLabels(train, "training");
        TreeSet<String> names = new TreeSet<>();
        for (Document d : train) {
            names.add(d.label());
        }
        LabelSet labels = LabelSet.of(names);
        List<Document> shuffled = new ArrayList<>(train);
        SplittableRandom random = new SplittableRandom(trainer.seed());
        for (int i = shuffled.size() - 1; i > 0; i--) {
            java.util.Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        long start = System.nanoTime();
        NgramVectorizer vectorizer = NgramVectorizer.fit(shuffled.stream().map(Document::text).toList(), features);
        long fitted = System.nanoTime();
        Dataset trainSet = dataset(shuffled, labels, vectorizer, "training");
        Dataset devSet = dev == null || dev.isEmpty() ? null : dataset(dev, labels, vectorizer, "dev");
        listener.onMessage(String.format(java.util.Locale.ROOT, "features: %d (index %.1f s, encoding %.1f s)",
                vectorizer.index().size(), (fitted - start) / 1e9, (System.nanoTime() - fitted) / 1e9));
        LinearModel model = Trainers.create(trainer).train(trainSet, devSet, listener);
        Map<String, String> p = new TreeMap<>(features.toMap());
        p.put("train.documents", Integer.toString(train.size()));
        return new TextClassifier(vectorizer, model.withProvenance(model.provenance().with(p)));
    }

    /** Training and dev documents need a label (a Document may have none: text to classify). */
    private static void requireLabels(List<Document> docs, String what) {
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).label() == null) { // 1-based, as labelId's message: the learner's said "instance i", 0-based
                throw new IllegalArgumentException(what + " document " + (i + 1) + " has no label");
            }
        }
    }

    /** Documents as instances in the vectorizer's feature space; labels must be known. */
    public static Dataset dataset(List<Document> docs, LabelSet labels, NgramVectorizer vectorizer, String what) {
        List<Instance> xs = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            int gold = labelId(labels, d, i, what);
            xs.add(new LabelInstance(vectorizer.encode(d.text()), gold));
        }
        return new Dataset(xs, labels, vectorizer.index());
    }

    private static int labelId(LabelSet labels, Document d, int i, String what) {
        if (d.label() == null) {
            return -1;
        }
        int gold = labels.indexOf(d.label());
        if (gold < 0) {
            throw new IllegalArgumentException(what + " document " + (i + 1) + " has label '" + d.label()
                    + "', which the training data does not have");
        }
        return gold;
    }

    public LinearModel model() {
        return model;
    }

    public NgramVectorizer vectorizer() {
        return vectorizer;
    }

    public LabelSet labels() {
        return model.labels();
    }

    /** The document as an instance for this model (gold unknown). */
    public LabelInstance instance(String text) {
        Objects.requireNonNull(text, "text");
        return new LabelInstance(vectorizer.encode(text), -1);
    }

    /** The best label. */
    public String classify(String text) {
        return labels().label(best(text));
    }

    /**
     * The id of the best label; the same as {@code model().argmax(instance(text))}, computed without
     * allocating: the features stay in the thread's work area and are scored there, in the same
     * order and with the same arithmetic as {@link LinearModel#scores}.
     */
    public int best(String text) {
        Objects.requireNonNull(text, "text");
        if (model.decoding() != LinearModel.Decoding.ARGMAX) {
            return model.argmax(instance(text));
        }
        NgramEncoder.Work w = vectorizer.encodeShared(text);
        int columns = model.columns();
        if (w.scores.length < columns) {
            w.scores = new double[columns];
        }
        double[] s = w.scores;
        java.util.Arrays.fill(s, 0, columns, 0.0);
        model.addRows(w.ids, w.values, w.size, s);
        int best = 0;
        for (int c = 1; c < columns; c++) {
            if (s[c] > s[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The {@code k} most probable labels, best first (an unmodifiable list). */
    public List<Prediction> topK(String text, int k) {
        Objects.requireNonNull(text, "text");
        return topKFor(instance(text), k);
    }

    /**
     * The {@code k} most probable labels of a document made by {@link #instance} (which says whether it holds any
     * feature the model knows), best first (an unmodifiable list).
     */
    public List<Prediction> topKFor(LabelInstance document, int k) {
        Objects.requireNonNull(document, "document");
        List<Prediction> out = new ArrayList<>();
        for (ScoredOutput s : model.topK(document, k)) {
            out.add(new Prediction(s.label(), s.probability(), s.score()));
        }
        return List.copyOf(out);
    }

    /** The probability of every label, in label-id order. */
    public double[] probabilities(String text) {
        Objects.requireNonNull(text, "text");
        double[] s = model.scores(instance(text));
        double[] p = new double[s.length];
        Softmax.apply(s, s.length, p);
        return p;
    }

    /** The {@code n} features that contributed most to {@code label}'s score for this text. */
    public List<Contribution> explain(String text, String label, int n) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        int y = labels().indexOf(label);
        if (y < 0) {
            throw new IllegalArgumentException("unknown label '" + label + "'");
        }
        return model.explain(instance(text), y, n);
    }

    /** The model file content: weights plus the feature configuration and document frequencies. */
    public ModelBundle toBundle() {
        Map<String, String> cfg = new TreeMap<>(vectorizer.config().toMap());
        cfg.put("features.documents", Integer.toString(vectorizer.numDocs()));
        StringBuilder props = new StringBuilder();
        cfg.forEach((k, v) -> props.append(k).append('=').append(v).append('\n'));
        StringBuilder df = new StringBuilder(vectorizer.index().size() * 3);
        for (int f = 0; f < vectorizer.index().size(); f++) {
            df.append(vectorizer.df(f)).append('\n');
        }
        return new ModelBundle(TASK, model, Map.of(CONFIG_ENTRY, props.toString(), DF_ENTRY, df.toString()));
    }

    public void save(Path path) throws IOException {
        ModelIO.write(toBundle(), path);
    }

    /** Loads from a file path, classpath resource or URL. */
    public static TextClassifier load(String location) throws IOException {
        return fromBundle(ModelIO.read(location, TASK), location);
    }

    /** Loads from a stream (as OpenNLP's {@code new DoccatModel(in)}), not closed; {@code name} says which in errors. */
    public static TextClassifier load(java.io.InputStream in, String name) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name"); // every error about the model starts with it: it read "null: ..."
        return fromBundle(ModelIO.read(in, TASK, name), name);
    }

    public static TextClassifier fromBundle(ModelBundle bundle, String source) throws ModelFormatException {
        if (!bundle.task().equals(TASK)) {
            throw new ModelFormatException(source + ": this is a '" + bundle.task() + "' model, not a '" + TASK + "' model");
        }
        try {
            Map<String, String> cfg = new TreeMap<>();
            for (String line : bundle.attachment(CONFIG_ENTRY).split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    cfg.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            NgramConfig config = NgramConfig.fromMap(cfg);
            int numDocs = NgramConfig.integer(cfg, "features.documents");
            FeatureIndex index = bundle.model().features();
            String[] lines = bundle.attachment(DF_ENTRY).split("\n");
            int count = lines.length == 1 && lines[0].isEmpty() ? 0 : lines.length;
            if (count != index.size()) {
                throw new IllegalArgumentException(DF_ENTRY + " has " + count + " entries for " + index.size() + " features");
            }
            int[] df = new int[index.size()];
            for (int f = 0; f < df.length; f++) {
                try {
                    df[f] = Integer.parseInt(lines[f]);
                } catch (NumberFormatException x) {
                    throw new IllegalArgumentException(DF_ENTRY + " line " + (f + 1) + " is not a document count: '"
                            + lines[f] + "'");
                }
            }
            return new TextClassifier(NgramVectorizer.of(config, index, numDocs, df), bundle.model());
        } catch (IllegalArgumentException e) { // includes NumberFormatException
            throw new ModelFormatException(source + ": bad classify model: " + e.getMessage(), e);
        } catch (ModelFormatException e) { // a missing entry: say which model, as ModelIO's own errors do
            throw new ModelFormatException(source + ": " + e.getMessage(), e);
        }
    }
}
