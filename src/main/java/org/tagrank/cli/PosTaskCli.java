package org.tagrank.cli;

import org.tagrank.core.Dataset;
import org.tagrank.core.LabelSet;
import org.tagrank.io.ConlluReader;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.WordTagReader;
import org.tagrank.task.pos.AutoLexicon;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.CostMatrix;
import org.tagrank.learn.TrainingListener;
import org.tagrank.task.pos.PosEvaluation;
import org.tagrank.task.pos.PosTagger;
import org.tagrank.task.pos.PosTemplates;
import org.tagrank.task.pos.PosTrainer;
import org.tagrank.task.pos.TagDictionary;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code --task pos}: training on CoNLL-U (XPOS), evaluation, and data for {@code compare}. */
public final class PosTaskCli implements TaskCli {

    @Override
    public String name() {
        return "pos";
    }

    @Override
    public String defaultModel() {
        return PosTagger.DEFAULT_MODEL;
    }

    @Override
    public Set<String> paramKeys() {
        return Set.of("beam", "tagdict.min", "tagdict.fixed", "tagdict.share", "unlabeled", "unlabeled.min");
    }

    private static PosTrainer.Settings settings(TrainRequest r) throws Exception {
        PosTemplates templates = r.templates() == null ? PosTemplates.defaults()
                : PosTemplates.parse(java.nio.file.Files.readString(r.templates()), r.templates().toString());
        Map<String, String> p = r.params();
        TagDictionary.Settings dict = new TagDictionary.Settings(
                Integer.parseInt(p.getOrDefault("tagdict.min", "5")),
                Integer.parseInt(p.getOrDefault("tagdict.fixed", "20")),
                Double.parseDouble(p.getOrDefault("tagdict.share", "0.995")));
        AutoLexicon auto = p.containsKey("unlabeled")
                ? autoLexicon(p.get("unlabeled"), Integer.parseInt(p.getOrDefault("unlabeled.min", "2"))) : null;
        return new PosTrainer.Settings(templates, dict, r.cutoff(), Integer.parseInt(p.getOrDefault("beam", "1")),
                r.trainer(), auto);
    }

    /**
     * Statistics of automatically tagged unlabeled text: comma-separated word_TAG files (one
     * sentence per line, e.g. the output of {@code tag --output-format word_tag}); each file's
     * name and sha256 are recorded. Lines that do not parse (a tokenizer may emit tokens with
     * spaces, e.g. phone numbers) are skipped and counted: this is statistics, not gold data.
     */
    static AutoLexicon autoLexicon(String paths, int minCount) throws java.io.IOException, CorpusFormatException {
        AutoLexicon.Builder b = AutoLexicon.builder();
        int k = 0;
        long skipped = 0;
        for (String name : paths.split(",")) {
            Path file = Path.of(name.strip());
            try (java.io.BufferedReader in = org.tagrank.io.Readers.utf8(file)) {
                String line;
                long lineNo = 0;
                while ((line = in.readLine()) != null) {
                    WordTagReader.Sentence s;
                    try {
                        s = WordTagReader.parse(line, '_', file.toString(), ++lineNo);
                    } catch (CorpusFormatException e) {
                        skipped++;
                        continue;
                    }
                    if (s != null) {
                        b.add(s.words(), s.tags());
                    }
                }
            }
            b.source("file" + k, file.getFileName().toString());
            b.source("file" + k + ".sha256", Provenances.sha256(file));
            k++;
        }
        b.source("skipped_lines", Long.toString(skipped));
        return b.build(minCount);
    }

    @Override
    public void train(TrainRequest r, Console c) throws Exception {
        PosTrainer.Settings settings;
        try {
            settings = settings(r);
        } catch (NumberFormatException e) {
            throw CliException.usage("bad --param value: " + e.getMessage());
        }
        c.progress("reading " + r.data());
        List<ConlluSentence> train = ConlluReader.readAll(r.data());
        List<ConlluSentence> dev = r.dev() == null ? null : ConlluReader.readAll(r.dev());
        Map<String, String> prov = new LinkedHashMap<>(Provenances.training(r));
        long start = System.nanoTime();
        ModelBundle bundle = PosTrainer.train(train, dev, settings,
                c.quiet() ? TrainingListener.SILENT : TrainingListener.printingTo(c.err()), prov, r.data().toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        PosTagger tagger = PosTagger.fromBundle(bundle);
        Map<String, String> scores = new LinkedHashMap<>();
        scores.put("train.seconds", String.format(Locale.ROOT, "%.1f", seconds));
        if (dev != null) {
            PosEvaluation e = PosEvaluation.run(tagger, dev);
            scores.put("score.dev.accuracy", String.format(Locale.ROOT, "%.4f", e.accuracy()));
            scores.put("score.dev.unknown_accuracy", String.format(Locale.ROOT, "%.4f", e.unknownAccuracy()));
            scores.put("score.dev.upos_accuracy", String.format(Locale.ROOT, "%.4f", e.uposAccuracy()));
            c.progress(String.format(Locale.ROOT, "dev: accuracy %.2f%%, unknown words %.2f%%, UPOS %.2f%% (%s decoding)",
                    100 * e.accuracy(), 100 * e.unknownAccuracy(), 100 * e.uposAccuracy(),
                    tagger.beamWidth() == 1 ? "greedy" : "beam " + tagger.beamWidth()));
        }
        bundle = new ModelBundle(bundle.task(), bundle.model().withProvenance(bundle.model().provenance().with(scores)),
                bundle.attachments());
        ModelIO.write(bundle, r.out());
        c.progress(String.format(Locale.ROOT, "wrote %s (%.1fs training)", r.out(), seconds));
    }

    @Override
    public Map<String, Object> eval(EvalRequest r, Console c) throws Exception {
        PosTagger tagger = PosTagger.load(r.model());
        if (r.params().containsKey("beam")) {
            tagger = tagger.withBeam(Integer.parseInt(r.params().get("beam")));
        }
        List<ConlluSentence> gold = ConlluReader.readAll(r.data());
        if (gold.isEmpty()) {
            throw new IllegalArgumentException(r.data() + ": no sentences");
        }
        PosEvaluation e = PosEvaluation.run(tagger, gold);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decoder", tagger.beamWidth() == 1 ? "greedy" : "beam" + tagger.beamWidth());
        m.putAll(e.toMap());
        return m;
    }

    @Override
    public String report(Map<String, Object> m) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "tokens %s  accuracy %.2f%%  unknown-word accuracy %.2f%% (%s tokens)%n",
                m.get("n"), 100 * (double) m.get("accuracy"), 100 * (double) m.get("unknown_accuracy"), m.get("unknown_tokens")));
        sb.append(String.format(Locale.ROOT, "sentences %s  sentence accuracy %.2f%%  UPOS accuracy %.2f%%  decoder %s%n",
                m.get("sentences"), 100 * (double) m.get("sentence_accuracy"), 100 * (double) m.get("upos_accuracy"),
                m.get("decoder")));
        sb.append(String.format(Locale.ROOT, "%-8s %8s %9s %9s %9s%n", "tag", "support", "precision", "recall", "F1"));
        for (Object o : (List<?>) m.get("per_tag")) {
            Map<?, ?> t = (Map<?, ?>) o;
            sb.append(String.format(Locale.ROOT, "%-8s %8s %8.2f%% %8.2f%% %8.2f%%%n", t.get("label"), t.get("support"),
                    100 * (double) t.get("precision"), 100 * (double) t.get("recall"), 100 * (double) t.get("f1")));
        }
        sb.append("most frequent confusions (gold -> predicted):\n");
        List<?> conf = (List<?>) m.get("top_confusions");
        for (Object o : conf.subList(0, Math.min(10, conf.size()))) {
            Map<?, ?> t = (Map<?, ?>) o;
            sb.append(String.format(Locale.ROOT, "  %-6s -> %-6s %6s%n", t.get("gold"), t.get("predicted"), t.get("count")));
        }
        return sb.toString();
    }

    @Override
    public ComparisonData comparisonData(Path train, Path test, Map<String, String> params, Console c) throws Exception {
        c.progress("reading " + train + " and " + test);
        List<ConlluSentence> tr = ConlluReader.readAll(train);
        List<ConlluSentence> te = ConlluReader.readAll(test);
        Dataset[] sets = org.tagrank.task.pos.PosDatasets.goldHistory(tr, te, PosTemplates.defaults());
        return new ComparisonData(sets[0], sets[1]);
    }

    /** Confusing tags of the same coarse class (NN/NNS, VBD/VBN, ...) costs 0.5, others 1. */
    @Override
    public CostMatrix defaultCost(LabelSet labels) {
        double[][] m = new double[labels.size()][labels.size()];
        for (int g = 0; g < m.length; g++) {
            for (int p = 0; p < m.length; p++) {
                String a = labels.label(g);
                String b = labels.label(p);
                m[g][p] = g == p ? 0 : a.length() >= 2 && b.length() >= 2 && a.substring(0, 2).equals(b.substring(0, 2)) ? 0.5 : 1;
            }
        }
        return new CostMatrix(m);
    }
}
