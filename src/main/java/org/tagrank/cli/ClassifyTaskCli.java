package org.tagrank.cli;

import org.tagrank.core.Dataset;
import org.tagrank.core.LabelSet;
import org.tagrank.eval.ClassificationEval;
import org.tagrank.feature.TemplateSpec;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.learn.CostMatrix;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.task.classify.Document;
import org.tagrank.task.classify.NewsgroupsReader;
import org.tagrank.task.classify.NgramConfig;
import org.tagrank.task.classify.NgramVectorizer;
import org.tagrank.task.classify.Template;
import org.tagrank.task.classify.TextClassifier;
import org.tagrank.task.classify.Weighting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** {@code --task classify}: document classification on {@code label<TAB>text} files (20 Newsgroups). */
public final class ClassifyTaskCli implements TaskCli {
    /** Bundled default model (file path relative to the working directory, else classpath). */
    static final String DEFAULT_MODEL = "models/en-20news-classify-svm-1.lin.zip";

    @Override
    public boolean takesTemplates() {
        return true;
    }

    @Override
    public boolean takesCostEntries() {
        return true;
    }

    @Override
    public boolean trainsAllVsAll() {
        return true;
    }

    @Override
    public String name() {
        return TextClassifier.TASK;
    }

    @Override
    public String defaultModel() {
        return DefaultModels.locate(DEFAULT_MODEL);
    }

    @Override
    public Set<String> paramKeys() {
        return Set.of("templates", "weighting", "normalise", "cutoff");
    }

    @Override
    public Set<String> paramKeys(String command) {
        return command.equals("eval") ? Set.of() : paramKeys(); // the model carries its features; train refuses cutoff itself
    }

    /** The feature configuration from {@code --templates FILE}, {@code --cutoff} and {@code --param}s. */
    static NgramConfig features(Path templatesFile, int cutoff, Map<String, String> params) throws IOException {
        NgramConfig d = NgramConfig.defaults();
        List<Template> templates = d.templates();
        if (templatesFile != null && params.containsKey("templates")) {
            throw CliException.usage("give --templates FILE or --param templates=..., not both");
        }
        if (templatesFile != null) { // its errors name file:line: bad data (exit 2), as for task pos, not usage
            templates = TemplateSpec.parse(org.tagrank.io.Readers.readString(templatesFile), templatesFile.toString(),
                    Template.names()).stream().map(Template::parse).toList();
        }
        try {
            if (templatesFile == null && params.containsKey("templates")) {
                templates = TemplateSpec.parse(params.get("templates").replace(',', '\n'), "--param templates",
                        Template.names()).stream().map(Template::parse).toList();
            }
            Weighting w = params.containsKey("weighting") ? Weighting.parse(params.get("weighting")) : d.weighting();
            boolean norm = Params.bool(params, "normalise", d.normalise());
            return new NgramConfig(templates, w, norm, cutoff);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    @Override
    public void train(TrainRequest r, Console console) throws Exception {
        long t0 = System.nanoTime();
        NgramConfig features = features(r.templates(), r.cutoff(), r.params());
        java.security.MessageDigest trainSum = Provenances.newSha256();
        java.security.MessageDigest devSum = Provenances.newSha256();
        List<Document> train = read(r.data(), trainSum);
        List<Document> dev = r.dev() == null ? null : read(r.dev(), devSum);
        TreeSet<String> names = new TreeSet<>();
        train.forEach(d -> names.add(d.label()));
        if (dev != null) {
            requireKnownLabels(dev, names, r.dev());
        }
        TrainerConfig config = TrainCommand.CostEntries.resolve(r.trainer(), LabelSet.of(names));
        console.progress(String.format(Locale.ROOT, "classify: %d training documents, %d labels%s", train.size(),
                names.size(), dev == null ? "" : ", " + dev.size() + " dev documents"));
        long start = System.nanoTime();
        console.progress(String.format(Locale.ROOT, "classify: read data in %.1f s", (start - t0) / 1e9));
        TextClassifier c = TextClassifier.train(train, dev, features, config,
                console.trainingListener());
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, String> p = new TreeMap<>();
        p.put("train.data", r.data().getFileName().toString());
        p.put("train.data.sha256", Provenances.hex(trainSum)); // the key every task writes (it was train.data_sha256 here)
        if (r.dev() != null) {
            p.put("dev.data", r.dev().getFileName().toString());
            p.put("dev.data.sha256", Provenances.hex(devSum));
        }
        p.put("train.command", r.commandLine().replace('\n', ' '));
        p.putAll(Provenances.build());
        c = new TextClassifier(c.vectorizer(), c.model().withProvenance(c.model().provenance().with(p)));
        long saving = System.nanoTime();
        c.save(r.out());
        console.progress(String.format(Locale.ROOT, "classify: %d features, trained in %.1f s, wrote %s in %.1f s",
                c.vectorizer().index().size(), seconds, r.out(), (System.nanoTime() - saving) / 1e9));
    }

    @Override
    public Map<String, Object> eval(EvalRequest r, Console console) throws Exception {
        TextClassifier c = TextClassifier.load(r.model());
        List<Document> docs = read(r.data(), null);
        ClassificationEval e = new ClassificationEval(c.labels());
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            int gold = c.labels().indexOf(d.label());
            if (gold < 0) {
                throw new CorpusFormatException(StdinData.source(r.data()), i + 1, "label '" + d.label()
                        + "' is not one of the model's " + c.labels().size() + " labels");
            }
            e.add(gold, c.model().argmax(c.instance(d.text())));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", e.total());
        m.put("accuracy", e.accuracy());
        m.put("macro_f1", e.macroF1());
        Map<String, Object> f1 = new LinkedHashMap<>();
        for (ClassificationEval.LabelScores s : e.perLabel()) {
            f1.put(s.label(), s.f1());
        }
        m.put("per_label_f1", f1);
        Map<String, Object> full = e.toMap(); // the text report's table and confusions, for --report and --json too
        m.put("per_label", full.get("per_label"));
        m.put("top_confusions", full.get("top_confusions"));
        return m;
    }

    @Override
    public String report(Map<String, Object> result) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: n %s, accuracy %.2f%%, macro-F1 %.2f%%%n",
                result.get("model"), result.get("n"), 100 * (double) result.get("accuracy"),
                100 * (double) result.get("macro_f1")));
        // data, so on stdout with the summary (it went to stderr as progress: lost to '> file' and to --quiet)
        sb.append(ClassificationEval.tables((List<?>) result.get("per_label"), (List<?>) result.get("top_confusions"),
                "label", 16, 8));
        return sb.toString();
    }

    /** Features as {@code train} makes them; {@code --param cutoff=N} (default 2, as the recommended recipe). */
    @Override
    public ComparisonData comparisonData(Path train, Path test, Map<String, String> params, Console console)
            throws Exception {
        int cutoff = Params.integer(params, "cutoff", 2, 1, Integer.MAX_VALUE); // its messages name --param
        NgramConfig features = features(null, cutoff, params);
        List<Document> tr = NewsgroupsReader.read(train);
        List<Document> te = NewsgroupsReader.read(test);
        TreeSet<String> names = new TreeSet<>();
        tr.forEach(d -> names.add(d.label()));
        requireKnownLabels(te, names, test);
        LabelSet labels = LabelSet.of(names);
        NgramVectorizer v = NgramVectorizer.fit(tr.stream().map(Document::text).toList(), features);
        console.progress(String.format(Locale.ROOT, "classify: %d features (%s)", v.index().size(), features.toMap()));
        Dataset trainSet = TextClassifier.dataset(tr, labels, v, "training");
        Dataset testSet = TextClassifier.dataset(te, labels, v, "test");
        return new ComparisonData(trainSet, testSet);
    }

    /** The documents of a file, summing its bytes as they are read: a pipe cannot be opened again to sum it. */
    private static List<Document> read(Path file, java.security.MessageDigest sum) throws IOException {
        try (java.io.BufferedReader in = StdinData.open(file, sum)) {
            return NewsgroupsReader.read(in, StdinData.source(file)); // reads to the end, so every byte is summed
        }
    }

    /** Every document's label is one of the training labels; else bad data at its line (one document a line). */
    private static void requireKnownLabels(List<Document> docs, java.util.Set<String> labels, Path file)
            throws CorpusFormatException {
        for (int i = 0; i < docs.size(); i++) {
            if (!labels.contains(docs.get(i).label())) {
                throw new CorpusFormatException(StdinData.source(file), i + 1, "label '" + docs.get(i).label()
                        + "' is not in the training data");
            }
        }
    }

    /**
     * Confusing two groups of one hierarchy (comp.graphics for comp.windows.x) costs 0.5, other
     * confusions 1: a reader who wanted comp.* gets something close.
     */
    @Override
    public CostMatrix defaultCost(LabelSet labels) {
        int k = labels.size();
        double[][] m = new double[k][k];
        for (int g = 0; g < k; g++) {
            for (int p = 0; p < k; p++) {
                m[g][p] = g == p ? 0 : hierarchy(labels.label(g)).equals(hierarchy(labels.label(p))) ? 0.5 : 1;
            }
        }
        return new CostMatrix(m);
    }

    /** The top-level hierarchy of a newsgroup name: {@code comp} for {@code comp.sys.mac.hardware}. */
    static String hierarchy(String label) {
        int dot = label.indexOf('.');
        return dot < 0 ? label : label.substring(0, dot);
    }

}
