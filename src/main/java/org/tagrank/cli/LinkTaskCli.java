package org.tagrank.cli;

import org.tagrank.core.Dataset;
import org.tagrank.core.LinearModel;
import org.tagrank.core.Provenance;
import org.tagrank.feature.WordVectors;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.Trainers;
import org.tagrank.learn.TrainingListener;
import org.tagrank.task.rank.link.AliasPrior;
import org.tagrank.task.rank.link.EmbeddingOptions;
import org.tagrank.task.rank.link.EntityContext;
import org.tagrank.task.rank.link.EntityCooc;
import org.tagrank.task.rank.link.EntityLinker;
import org.tagrank.task.rank.link.LinkDatasets;
import org.tagrank.task.rank.link.LinkCorpus;
import org.tagrank.task.rank.link.LinkDocument;
import org.tagrank.task.rank.link.LinkEmbeddings;
import org.tagrank.task.rank.link.LinkEval;
import org.tagrank.task.rank.link.LinkMention;
import org.tagrank.task.rank.link.LinkOptions;
import org.tagrank.task.rank.link.MentionFileReader;
import org.tagrank.task.rank.link.TwoPassTraining;
import org.tagrank.task.rank.link.Wikidict;
import org.tagrank.task.rank.link.WikidictAliases;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code --task link}: entity linking as candidate ranking over mention files
 * ({@code aida-*.mentions.tsv}, with the {@code .conll.tsv} beside it for context).
 */
public final class LinkTaskCli implements TaskCli, RankHandler {
    static final String DEFAULT_MODEL = "models/en-aida-link-lr-1.lin.zip";

    @Override
    public String name() {
        return EntityLinker.TASK;
    }

    @Override
    public String defaultModel() {
        return DefaultModels.locate(DEFAULT_MODEL);
    }

    @Override
    public Set<String> paramKeys() {
        return Set.of("baselines", "repeat", "wikidict", "passes", "folds", "sports", "context",
                "context.top", "context.window", "coref", "types", "embeddings", "wikidict.aliases", "embeddings.window",
                "embeddings.unseen", "embeddings.groups", "embeddings.center", "embeddings.vocab", "cooc", "cooc.min");
    }

    @Override
    public Set<String> paramKeys(String command) {
        return switch (command) {
            case "eval" -> Set.of("baselines", "repeat", "wikidict");
            case "train" -> paramKeys().stream().filter(k -> !k.equals("baselines") && !k.equals("repeat"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            default -> Set.of(); // compare: the base features only
        };
    }

    @Override
    public String stdinDataRefusal() {
        return "reads a mention file's documents from the X.conll.tsv beside it, which standard input has not: pass"
                + " the file";
    }

    @Override
    public List<Path> companionFiles(Path data) {
        Path conll = LinkCorpus.documentFileFor(data);
        return conll == null ? List.of() : List.of(conll);
    }

    @Override
    public void train(TrainRequest r, Console console) throws Exception {
        LinkTrainSettings s = LinkTrainSettings.parse(r.params());
        console.progress("reading " + r.data());
        List<LinkDocument> train = readCorpus(r.data(), console);
        requireInstances(train, r.data(), "train on");
        AliasPrior prior = AliasPrior.fromDocuments(train);
        List<LinkDocument> dev = r.dev() == null ? null : readCorpus(r.dev(), console);
        if (dev != null) {
            requireInstances(dev, r.dev(), "stop early on");
        }
        if (s.folds() > train.size()) { // a fold without documents: its first-pass model had nothing to learn from
            throw CliException.usage("--param passes=2 splits the training documents into --param folds=" + s.folds()
                    + ", but " + r.data() + " has " + train.size() + " document" + (train.size() == 1 ? "" : "s")
                    + ": give more documents or fewer folds");
        }
        Wikidict wd = wikidict(r.params(), dev == null ? train : concat(train, dev), console, !s.aliasGroups().isEmpty());
        if (wd != null) {
            wd = wd.withAliasGroups(s.aliasGroups());
        }
        TrainingListener listener = console.trainingListener();
        LinearModel model;
        LinkEmbeddings emb = null;
        EmbeddingOptions embOptions = null;
        if (s.vectors() != null) {
            console.progress("reading word vectors " + s.vectors());
            // read as every input is (a byte order mark dropped, a bad byte named by file and line); a malformed
            // line: bad data (exit 2) naming file and line
            Path vf = Path.of(s.vectors());
            WordVectors all = WordVectors.parse(org.tagrank.io.Readers.readString(vf), vf.toString());
            emb = LinkEmbeddings.fromDocuments(all, train, s.embAllWords());
            console.progress("embeddings: " + emb.size() + " of " + all.size() + " words kept for the model");
            try {
                embOptions = new EmbeddingOptions(emb, s.embWindow(), s.embUnseen(), s.embGroups(), s.embCenter());
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--param embeddings.groups: " + e.getMessage());
            }
        }
        EntityContext ctx = null;
        if (s.context()) {
            ctx = EntityContext.fromDocuments(train, s.contextTop());
            console.progress("entity context model: " + ctx.size() + " bags");
        }
        EntityCooc co = null;
        if (s.cooc()) {
            co = EntityCooc.fromDocuments(train, s.coocMin());
            console.progress("co-occurrence table: " + co.size() + " entities, " + co.pairs() + " pairs");
        }
        LinkOptions options = new LinkOptions(s.sports(), ctx, ctx == null ? 0 : s.window(), s.coref(), s.types(), embOptions, co);
        if (s.passes() == 2) {
            model = TwoPassTraining.train(train, dev, prior, wd, r.cutoff(), r.trainer(), s.folds(), listener,
                    console::progress);
        } else {
            Dataset trainSet = LinkDatasets.training(train, prior, wd, options, r.cutoff());
            Dataset devSet = dev == null ? null : LinkDatasets.encode(dev, prior, wd, options, trainSet.features());
            console.progress(String.format(Locale.ROOT, "%d training instances, %d features", trainSet.size(),
                    trainSet.features().size()));
            model = Trainers.create(r.trainer()).train(trainSet, devSet, listener);
        }
        Map<String, String> prov = new LinkedHashMap<>(r.trainer().toMap());
        prov.putAll(EntityLinker.optionProvenance(options));
        prov.put(EntityLinker.PASSES_KEY, Integer.toString(s.passes()));
        if (s.passes() == 2) {
            prov.put("link.folds", r.params().getOrDefault("folds", "5"));
        }
        prov.put(EntityLinker.WIKIDICT_KEY, Boolean.toString(wd != null));
        if (!s.aliasGroups().isEmpty()) {
            prov.put(EntityLinker.WIKIDICT_ALIASES_KEY, WikidictAliases.format(s.aliasGroups()));
        }
        if (s.context()) {
            prov.put("link.context.top", Integer.toString(s.contextTop()));
        }
        prov.put("train.data", r.data().getFileName().toString());
        prov.putAll(dataChecksums("train", r.data()));
        prov.put("train.cutoff", Integer.toString(r.cutoff()));
        prov.put("train.command", r.commandLine());
        prov.putAll(Provenances.build());
        if (emb != null) {
            prov.put("link.embeddings.source", Path.of(s.vectors()).getFileName().toString());
            Provenances.putSum(prov, "link.embeddings.sha256", Provenances.sha256(Path.of(s.vectors())));
        }
        EntityLinker linker = new EntityLinker(model.withProvenance(model.provenance().with(prov)), prior, wd, ctx, emb, co);
        if (dev != null) {
            LinkEval e = LinkEval.of(dev, linker::predict);
            String acc = String.format(Locale.ROOT, "%.4f", e.accuracy());
            console.progress("dev in-KB accuracy " + acc + " over " + e.total() + " linked mentions");
            Map<String, String> devProv = new LinkedHashMap<>();
            devProv.put("dev.data", r.dev().getFileName().toString());
            devProv.putAll(dataChecksums("dev", r.dev()));
            devProv.put("dev.accuracy", acc);
            linker = new EntityLinker(linker.model().withProvenance(linker.model().provenance().with(devProv)),
                    prior, wd, ctx, emb, co);
        }
        ModelIO.write(linker.bundle(), r.out());
        console.progress("wrote " + r.out());
    }

    @Override
    public Map<String, Object> eval(EvalRequest r, Console console) throws Exception {
        EntityLinker linker = EntityLinker.load(r.model());
        if (r.params().get("wikidict") != null && !linker.usesWikidict() && !Params.bool(r.params(), "baselines", false)) {
            // as link rank --wikidict: it was read (2.7 GB for the full file) and ignored
            throw CliException.usage("--param wikidict is unused: the model has no wikidict features (with --param "
                    + "baselines=true, eval scores CoreNLP's entitylink lookup as a baseline)");
        }
        List<LinkDocument> docs = readCorpus(r.data(), console);
        Wikidict wd = wikidict(r.params(), docs, console, linker.usesWikidictAliases());
        if (linker.usesWikidict() && wd == null) {
            throw CliException.usage("model " + r.model() + " was trained with the wikidict features: pass "
                    + "--param wikidict=PATH (the models-english-kbp jar or its wikidict.tab.gz)");
        }
        linker = linker.withWikidict(wd);
        long mentions = docs.stream().mapToLong(d -> d.mentions().size()).sum();
        int repeat = Params.integer(r.params(), "repeat", 1, 1, Integer.MAX_VALUE);
        LinkEval e = null;
        double seconds = 0;
        for (int i = 0; i < repeat; i++) { // the last, JIT-warm pass is timed
            long start = System.nanoTime();
            e = LinkEval.of(docs, linker::predict);
            seconds = (System.nanoTime() - start) / 1e9;
        }
        Map<String, Object> m = new LinkedHashMap<>(e.toMap());
        if (Params.bool(r.params(), "baselines", false)) {
            m.put("baseline_most_popular", LinkEval.of(docs, LinkEval::mostPopular).accuracy());
            LinkEval in = LinkEval.of(docs, LinkEval::mostInLinks);
            m.put("baseline_most_inlinks", in.accuracy());
            m.put("baseline_most_inlinks_not_most_popular", in.accuracyNotMostPopular());
            if (wd != null) {
                LinkEval dict = LinkEval.of(docs, LinkEval.dictionary(wd));
                m.put("baseline_wikidict", dict.accuracy());
                m.put("baseline_wikidict_not_most_popular", dict.accuracyNotMostPopular());
            }
        }
        m.put("mentions", mentions);
        m.put("mentions_per_second", mentions / seconds);
        return m;
    }

    /** CoreNLP's dictionary from {@code --param wikidict=PATH}, keeping the spellings of these documents' mentions; null without the param. */
    static Wikidict wikidict(Map<String, String> params, List<LinkDocument> docs, Console console) throws java.io.IOException {
        return wikidict(params, docs, console, false);
    }

    /**
     * {@link #wikidict(Map, List, Console)}; with {@code aliases}, also the dictionary read the other way round for the
     * candidates and documents of {@code docs} (the {@code wda.*} features, {@link WikidictAliases}).
     */
    static Wikidict wikidict(Map<String, String> params, List<LinkDocument> docs, Console console, boolean aliases)
            throws java.io.IOException {
        String location = params.get("wikidict");
        if (location == null) {
            return null;
        }
        if (location.isBlank()) {
            throw CliException.usage("--param wikidict needs a path (the models-english-kbp jar or wikidict.tab.gz)");
        }
        console.progress("reading wikidict " + location);
        long start = System.nanoTime();
        Set<String> keep = Wikidict.aliasesOf(docs);
        Wikidict wd = Wikidict.read(location, keep::contains,
                aliases ? WikidictAliases.Builder.forDocuments(docs) : null);
        console.progress(String.format(Locale.ROOT, "wikidict: %d of %d mention spellings found (%.1f s)", wd.size(),
                keep.size(), (System.nanoTime() - start) / 1e9));
        if (wd.aliases() != null) {
            console.progress(String.format(Locale.ROOT, "wikidict aliases: %d candidate entities with an alias, "
                    + "%d (entity, alias) pairs whose alias occurs in the documents, %d (entity, word) pairs in the "
                    + "alias-word bags", wd.aliases().entities(), wd.aliases().aliasesInData(), wd.aliases().bagWords()));
        }
        return wd;
    }

    private static List<LinkDocument> concat(List<LinkDocument> a, List<LinkDocument> b) {
        List<LinkDocument> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Override
    public String report(Map<String, Object> result) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "in-KB accuracy %s over %d linked mentions%n",
                percent((double) result.get("accuracy")), (long) result.get("n")));
        sb.append(String.format(Locale.ROOT, "  gold not the most popular: %s over %d%n",
                percent((double) result.get("accuracy_not_most_popular")), (long) result.get("n_not_most_popular")));
        for (String k : List.of("baseline_most_popular", "baseline_most_inlinks", "baseline_most_inlinks_not_most_popular",
                "baseline_wikidict", "baseline_wikidict_not_most_popular")) {
            if (result.get(k) instanceof Double d) {
                sb.append(String.format(Locale.ROOT, "  %s %s%n", k, percent(d)));
            }
        }
        sb.append(String.format(Locale.ROOT, "  %.0f mentions/s (one thread, features + scoring)%n",
                (double) result.get("mentions_per_second")));
        return sb.toString();
    }

    /** "95.43%", or "n/a" for an accuracy over no mention (the JSON's null), not "NaN%". */
    static String percent(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }

    @Override
    public ComparisonData comparisonData(Path train, Path test, Map<String, String> params, Console console)
            throws Exception {
        List<LinkDocument> tr = readCorpus(train, console);
        requireInstances(tr, train, "train on");
        List<LinkDocument> te = readCorpus(test, console);
        requireInstances(te, test, "score");
        AliasPrior prior = AliasPrior.fromDocuments(tr);
        Dataset trainSet = LinkDatasets.training(tr, prior, null, LinkOptions.NONE, 1);
        return new ComparisonData(trainSet, LinkDatasets.encode(te, prior, null, LinkOptions.NONE, trainSet.features()));
    }

    /**
     * Bad data naming the file when none of its mentions is a learner's instance (linked, its gold among two or more
     * candidates): an empty training, dev or compare test set stopped with "empty data set: no instances".
     */
    private static void requireInstances(List<LinkDocument> docs, Path file, String what)
            throws org.tagrank.io.CorpusFormatException {
        for (LinkDocument d : docs) {
            for (LinkMention m : d.mentions()) {
                if (m.goldIndex() >= 0 && m.candidates().size() > 1) {
                    return;
                }
            }
        }
        throw new org.tagrank.io.CorpusFormatException(file.toString(), 1, "no linked mention with its gold among two or "
                + "more candidates, nothing to " + what + " (NIL mentions, single-candidate ones and those whose gold is "
                + "no candidate are not learner instances)");
    }

    /**
     * The SHA-256 of a mention file ({@code PREFIX.data.sha256}) and of the document file read with it
     * ({@code PREFIX.documents.sha256}), which the context features learn from as much as from the mentions.
     */
    static Map<String, String> dataChecksums(String prefix, Path mentions) throws java.io.IOException {
        Map<String, String> m = new LinkedHashMap<>();
        Provenances.putSum(m, prefix + ".data.sha256", Provenances.sha256(mentions));
        Path conll = LinkCorpus.documentFileFor(mentions);
        if (conll != null && java.nio.file.Files.isRegularFile(conll)) {
            Provenances.putSum(m, prefix + ".documents.sha256", Provenances.sha256(conll));
        }
        return m;
    }

    /**
     * Whether a mention file holds no character (after a byte order mark; gzip-compressed ones are read through). Only
     * a regular file is looked into: a pipe's text would be taken by the look, leaving the real read nothing.
     */
    static boolean isEmpty(Path mentions) throws java.io.IOException {
        if (!java.nio.file.Files.isRegularFile(mentions)) {
            return false;
        }
        try (java.io.BufferedReader r = org.tagrank.io.Readers.utf8(mentions)) {
            return r.read() < 0;
        }
    }

    /**
     * {@link LinkCorpus#read(Path)}, saying on stderr when the mention file has no document file beside it: without
     * the document's words the model's context, neighbour and embedding features are all off, and accuracy drops.
     */
    static List<LinkDocument> readCorpus(Path mentions, Console console) throws java.io.IOException {
        List<LinkDocument> docs = LinkCorpus.read(mentions);
        Path conll = LinkCorpus.documentFileFor(mentions);
        if (conll == null || !java.nio.file.Files.isRegularFile(conll)) {
            console.warn("warning: " + mentions + ": no document file " + (conll == null
                    ? "(NAME.conll.tsv beside NAME.mentions.tsv)" : conll.getFileName() + " beside it")
                    + ": mentions are linked without their document's words (no context features)");
        }
        return docs;
    }

    /** {@code rank --task link}: ranks the candidates of every mention of an AIDA-style mention file. */
    @Override
    public Job open(String model, Path input, Console console) throws Exception {
        if (input == null) {
            throw CliException.usage("rank --task link reads a mention file (with its .conll.tsv beside it): pass IN");
        }
        EntityLinker linker = EntityLinker.load(model);
        if (linker.usesWikidict()) {
            throw CliException.usage("model " + model + " was trained with the wikidict features: use "
                    + "link rank --wikidict PATH (rank --task link does not read the dictionary)");
        }
        List<RankHandler.Item> items = new java.util.ArrayList<>();
        if (isEmpty(input)) { // nothing to rank: no output, exit 0, as rank's other tasks (training still refuses it)
            return new Job(new org.tagrank.task.rank.CandidateRanker(linker.model()), items);
        }
        for (LinkDocument doc : readCorpus(input, console)) {
            List<org.tagrank.core.CandidateInstance> xs = linker.instances(doc);
            for (int j = 0; j < xs.size(); j++) {
                LinkMention m = doc.mentions().get(j);
                String id = doc.id() + ":" + m.index();
                if (xs.get(j) == null) { // a mention without candidates stays unlinked, but is printed
                    items.add(RankHandler.Item.withoutCandidates(id, MentionFileReader.NIL, m.gold() == null ? "?" : "0"));
                    continue;
                }
                List<String> titles = new java.util.ArrayList<>();
                for (var c : m.candidates()) {
                    titles.add(c.title());
                }
                // a linked mention whose gold is not a candidate: each is known not to be it (0), as link rank says
                items.add(new RankHandler.Item(id, xs.get(j), titles, null,
                        m.gold() != null && xs.get(j).gold() < 0 ? "0" : null));
            }
        }
        return new Job(new org.tagrank.task.rank.CandidateRanker(linker.model()), items);
    }
}
