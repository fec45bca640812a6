package org.tagrank.cli;

import org.tagrank.core.Dataset;
import org.tagrank.core.LabelSet;
import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.CostMatrix;
import org.tagrank.task.pos.PosCrossValidation;
import org.tagrank.task.pos.PosEvaluation;
import org.tagrank.task.pos.PosTagger;
import org.tagrank.task.pos.PosTemplates;
import org.tagrank.task.pos.PosTrainer;
import org.tagrank.task.pos.PosTrainerSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
        return DefaultModels.locate(PosTagger.DEFAULT_MODEL);
    }

    @Override
    public Set<String> paramKeys() {
        return Set.of("beam", "tagdict.min", "tagdict.fixed", "tagdict.share", "cutoff",
                "unlabeled", "unlabeled.format", "unlabeled.min", "unlabeled.folds", "unlabeled.mark", "unlabeled.tokenizer",
                "clusters", "clusters2", "clusters.digits", "taglexicon", "taglexicon.subtract", "history", "history.folds", "wordnet",
                "ensemble");
    }

    /** eval uses only beam, compare only cutoff (train has --cutoff), train all the others. */
    @Override
    public Set<String> paramKeys(String command) {
        return switch (command) {
            case "eval" -> Set.of("beam");
            case "compare" -> Set.of("cutoff");
            default -> paramKeys().stream().filter(k -> !k.equals("cutoff"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        };
    }

    @Override
    public void train(TrainRequest r, Console c) throws Exception {
        c.progress("reading " + r.data());
        java.security.MessageDigest trainSum = Provenances.newSha256();
        java.security.MessageDigest devSum = Provenances.newSha256();
        List<ConlluSentence> train = readAll(r.data(), trainSum);
        List<ConlluSentence> dev = r.dev() == null ? null : gold(r.dev(), devSum);
        PosTrainerSettings settings = PosSettingsCli.settings(r, train, c); // a bad --param is a usage error (Params)
        Map<String, String> prov = new LinkedHashMap<>(Provenances.training(r, Provenances.hex(trainSum),
                Provenances.hex(devSum)));
        if (settings.clusters() != null) {
            Path file = Path.of(r.params().get("clusters"));
            prov.put("pos.clusters.file", file.getFileName().toString());
            Provenances.putSum(prov, "pos.clusters.sha256", Provenances.sha256(file));
        }
        if (settings.clusters2() != null) {
            String key = r.params().containsKey("taglexicon") ? "taglexicon" : "clusters2";
            Path file = Path.of(r.params().get(key));
            prov.put("pos." + key + ".file", file.getFileName().toString());
            Provenances.putSum(prov, "pos." + key + ".sha256", Provenances.sha256(file));
            if (key.equals("taglexicon")) {
                prov.put("pos.taglexicon.subtract", Boolean.toString(Params.bool(r.params(), "taglexicon.subtract", true)));
            }
        }
        if (dev != null) {
            // the per-epoch figure is higher than the final one; say why once, or users compare the two
            c.progress("dev-acc per epoch: each dev token classified given its gold previous tags (the early-stopping "
                    + "measure); the final dev line tags whole sentences "
                    + (settings.beam() == 1 ? "greedily" : "with beam " + settings.beam()));
        }
        long start = System.nanoTime();
        ModelBundle bundle = PosTrainer.train(train, dev, settings,
                c.trainingListener(), prov, r.data().toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        PosTagger tagger = PosTagger.fromBundle(bundle);
        Map<String, String> scores = new LinkedHashMap<>();
        if (dev != null) {
            PosEvaluation e = PosEvaluation.run(tagger, dev);
            TaskCli.warnOfUnseenGold(e.goldTagsNotInModel(), e.tokens(), r.dev(), "the model", c); // they are errors in the manifest's dev figures, as eval says
            scores.put("score.dev.accuracy", String.format(Locale.ROOT, "%.4f", e.accuracy()));
            if (!Double.isNaN(e.unknownAccuracy())) { // dev without unknown words: no figure rather than "NaN"
                scores.put("score.dev.unknown_accuracy", String.format(Locale.ROOT, "%.4f", e.unknownAccuracy()));
            }
            if (!Double.isNaN(e.uposAccuracy())) { // dev without UPOS, or a model without: no figure rather than "NaN"
                scores.put("score.dev.upos_accuracy", String.format(Locale.ROOT, "%.4f", e.uposAccuracy()));
            }
            c.progress(String.format(Locale.ROOT, "dev: accuracy %s, unknown words %s, UPOS %s (%s decoding)",
                    percent(e.accuracy()), percent(e.unknownAccuracy()), percent(e.uposAccuracy()),
                    tagger.beamWidth() == 1 ? "greedy" : "beam " + tagger.beamWidth()));
        }
        bundle = new ModelBundle(bundle.task(), bundle.model().withProvenance(bundle.model().provenance().with(scores)),
                bundle.attachments());
        ModelIO.write(bundle, r.out());
        // the time goes to stderr only: in the model it would make the same data and seed give other bytes
        c.progress(String.format(Locale.ROOT, "wrote %s (%.1fs training)", r.out(), seconds));
    }

    /** {@link PosCrossValidation} of train's settings ({@code train --folds K}). */
    @Override
    public Map<String, Object> crossValidate(TrainRequest r, int folds, Console c) throws Exception {
        if (r.trainer().cost() instanceof TrainCommand.CostEntries.Unresolved) { // a fold may lack a tag the entries name
            throw CliException.usage("train --task pos takes --cost without --folds only");
        }
        List<ConlluSentence> all = readAll(r.data(), null);
        List<ConlluSentence> dev = r.dev() == null ? null : gold(r.dev());
        // a tag lexicon's counts of all the data are taken off: held-out folds stand for text it never saw
        PosTrainerSettings settings = PosSettingsCli.settings(r, all, c);
        if (all.size() < folds) {
            throw CliException.usage(r.data() + ": " + all.size() + (all.size() == 1 ? " sentence" : " sentences") + " cannot make " + folds + " folds");
        }
        return PosCrossValidation.run(all, dev, settings, folds, r.data().toString(), c::progress).toMap();
    }

    @Override
    public boolean takesTemplates() {
        return true;
    }

    @Override
    public boolean takesCostEntries() {
        return true;
    }

    @Override
    public boolean listsMisclassified() {
        return true;
    }

    @Override
    public Map<String, Object> eval(EvalRequest r, Console c) throws Exception {
        PosTagger tagger = PosTagger.load(r.model());
        if (r.params().containsKey("beam")) {
            try {
                tagger = tagger.withBeam(Params.integer(r.params(), "beam", 1));
            } catch (IllegalArgumentException e) { // a usage error, as tag --beam's
                throw CliException.usage("--param beam: " + e.getMessage());
            }
        }
        List<ConlluSentence> gold = gold(r.data());
        PosEvaluation.ErrorListener errors = !r.misclassified() ? null : (s, predicted) ->
                c.err().println(StdinData.source(r.data()) + ":" + s.firstLine() + ": " + PosEvaluation.describeErrors(s, predicted));
        PosEvaluation e = PosEvaluation.run(tagger, gold, errors);
        TaskCli.warnOfUnseenGold(e.goldTagsNotInModel(), e.tokens(), r.data(), "the model", c);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decoder", tagger.beamWidth() == 1 ? "greedy" : "beam" + tagger.beamWidth());
        m.putAll(e.toMap());
        return m;
    }

    @Override
    public String report(Map<String, Object> m) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "tokens %s  accuracy %s  unknown-word accuracy %s (%s tokens)%n",
                m.get("n"), percent(m.get("accuracy")), percent(m.get("unknown_accuracy")), m.get("unknown_tokens")));
        sb.append(String.format(Locale.ROOT, "sentences %s  sentence accuracy %s  UPOS accuracy %s  decoder %s%n",
                m.get("sentences"), percent(m.get("sentence_accuracy")), percent(m.get("upos_accuracy")),
                m.get("decoder")));
        sb.append(org.tagrank.eval.ClassificationEval.tables((List<?>) m.get("per_tag"), (List<?>) m.get("top_confusions"),
                "tag", 8, 6));
        return sb.toString();
    }

    /** A rate as {@code 95.12%}, or {@code n/a} when it has no tokens to be a rate of (NaN, or null in the JSON). */
    private static String percent(Object rate) {
        return rate instanceof Number n && Double.isFinite(n.doubleValue())
                ? String.format(Locale.ROOT, "%.2f%%", 100 * n.doubleValue()) : "n/a";
    }

    @Override
    public boolean supportsBench() {
        return true;
    }

    /** Tokens per second tagging a CoNLL-U file's gold tokens (greedy, the model's decoder), 1 and n threads. */
    @Override
    public Map<String, Object> bench(String model, Path data, int threads, double seconds, Console c) throws Exception {
        long t0 = System.nanoTime();
        PosTagger tagger = PosTagger.load(model);
        double load = (System.nanoTime() - t0) / 1e9;
        List<List<String>> sentences = new ArrayList<>();
        long tokens = 0;
        for (ConlluSentence s : ConlluReader.readAll(data)) {
            sentences.add(new java.util.ArrayList<>(s.forms()));
            tokens += s.size();
        }
        if (sentences.isEmpty()) { // else it timed nothing for seconds and printed 0 tokens/s
            throw new org.tagrank.io.CorpusFormatException(data.toString(), 1, "no sentences");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("load_seconds", load);
        m.put("tokens", tokens);
        m.put("tokens_per_second_1", Throughput.measure(sentences, tokens, 1, seconds, tagger::tagIds));
        if (threads > 1) {
            m.put("tokens_per_second_" + threads, Throughput.measure(sentences, tokens, threads, seconds, tagger::tagIds));
        }
        return m;
    }

    @Override
    public ComparisonData comparisonData(Path train, Path test, Map<String, String> params, Console c) throws Exception {
        c.progress("reading " + train + " and " + test);
        // not eval's figure, which tags whole sentences with the tag dictionary: said, or the two get compared
        c.progress("compare --task pos: each test token classified given its gold previous tags (the default "
                + "templates, no tag-dictionary limits), so accuracy and macro-F1 run above eval's tagging figures");
        List<ConlluSentence> tr = ConlluReader.readAll(train);
        List<ConlluSentence> te = gold(test);
        int cutoff = Params.integer(params, "cutoff", 1);
        Dataset[] sets = org.tagrank.task.pos.PosDatasets.goldHistory(tr, te, PosTemplates.defaults(), cutoff);
        // test tokens whose tag training lacks have gold -1 there: they count as errors, as eval counts them
        List<String> unseen = new java.util.ArrayList<>();
        long tokens = 0;
        for (ConlluSentence s : te) {
            tokens += s.size();
            s.xpos().stream().filter(t -> sets[0].labels().indexOf(t) < 0).forEach(unseen::add);
        }
        ComparisonData d = new ComparisonData(sets[0], sets[1], unseen);
        TaskCli.warnOfUnseenGold(d.goldNotInTraining(), tokens, test, "the training data", c);
        return d;
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

    /** Every sentence of a CoNLL-U file or ({@code -}) standard input, its bytes also going to {@code digest}. */
    private static List<ConlluSentence> readAll(Path file, java.security.MessageDigest digest) throws java.io.IOException {
        try (java.io.BufferedReader in = StdinData.open(file, digest)) {
            return ConlluReader.readAll(in, StdinData.source(file));
        }
    }

    /**
     * The sentences of a file tags are scored on (eval data, dev, compare test): it must have some (an empty one
     * scored NaN) and every word a gold XPOS (a '_' one counted as a wrong tag, 0% and no word said).
     */
    private static List<ConlluSentence> gold(Path file) throws java.io.IOException {
        return gold(file, null);
    }

    /** {@link #gold(Path)}, the bytes read also going to {@code digest} when not null. */
    private static List<ConlluSentence> gold(Path file, java.security.MessageDigest digest) throws java.io.IOException {
        List<ConlluSentence> sentences = readAll(file, digest);
        if (sentences.isEmpty()) {
            throw new org.tagrank.io.CorpusFormatException(StdinData.source(file), 1, "no sentences");
        }
        for (ConlluSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                String t = s.xpos().get(i);
                if (t.equals("_") || t.isEmpty()) {
                    throw new org.tagrank.io.CorpusFormatException(StdinData.source(file),
                            s.firstLine() + s.wordLines()[i], "word '" + s.forms().get(i) + "' has no gold XPOS to score against");
                }
            }
        }
        return sentences;
    }
}
