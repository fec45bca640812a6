package org.tagrank.cli;

import org.tagrank.io.ConlluSentence;
import org.tagrank.io.WordNet;
import org.tagrank.task.pos.PosTagger;
import org.tagrank.task.pos.PosTemplates;
import org.tagrank.task.pos.PosTrainer;
import org.tagrank.task.pos.PosTrainerSettings;
import org.tagrank.task.pos.TagDictionary;
import org.tagrank.task.pos.TagLexicon;
import org.tagrank.task.pos.UnlabeledText;
import org.tagrank.task.pos.WordClusters;
import org.tagrank.task.pos.WordNetLexicon;
import org.tagrank.learn.TrainerConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code train --task pos}'s settings from its options and {@code --param}s, and the word resources they name. */
final class PosSettingsCli {
    private PosSettingsCli() {
    }

    static PosTrainerSettings settings(TrainRequest r, List<ConlluSentence> train, Console c) throws Exception {
        Map<String, String> p = r.params();
        Params.needsAny(p, "unlabeled.", "unlabeled", "FILE"); // it did nothing and said nothing
        Params.needsAny(p, "taglexicon.", "taglexicon", "FILE"); // so did these two
        if (p.containsKey("clusters.digits") && !p.containsKey("clusters") && !p.containsKey("clusters2")
                && !p.containsKey("taglexicon")) {
            throw CliException.usage("--param clusters.digits does nothing without --param clusters=FILE, clusters2=FILE"
                    + " or taglexicon=FILE");
        }
        // without --templates, unlabeled text and word clusters add their default features to the default templates
        PosTemplates templates = r.templates() != null
                ? PosTemplates.parse(org.tagrank.io.Readers.readString(r.templates()), r.templates().toString())
                : p.containsKey("unlabeled") ? PosTemplates.defaultsWithUnlabeled() : PosTemplates.defaults();
        if (r.templates() != null) { // the resource was read, then dropped by the trainer: the model lacked it, silently
            Params.refuseUnread(p, r.templates(), "unlabeled", templates.needsAutoLexicon(),
                    "statistics of unlabeled text (cap, morph, uf, at, at1, acx)", "cap[0]");
            Params.refuseUnread(p, r.templates(), "clusters", templates.needsClusters(), "word clusters (cl)", "cl[0]");
            Params.refuseUnread(p, r.templates(), "clusters2", templates.needsClusters2(), "the second word classes (cl2)", "cl2[0]");
            Params.refuseUnread(p, r.templates(), "taglexicon", templates.needsClusters2(), "the second word classes (cl2)", "cl2[0]");
            Params.refuseUnread(p, r.templates(), "wordnet", templates.needsWordNet(), "WordNet (wn)", "wn[0]");
        }
        WordClusters clusters = clusters(p, "clusters", "word clusters", c);
        if (clusters != null && r.templates() == null) {
            templates = templates.withClusters();
        }
        WordClusters clusters2 = clusters(p, "clusters2", "second word clusters", c);
        if (p.containsKey("taglexicon")) {
            if (clusters2 != null) {
                throw CliException.usage("--param taglexicon and --param clusters2 both fill the cl2 word classes: give one");
            }
            clusters2 = tagLexiconClasses(p, train, c);
        }
        if (clusters2 != null && r.templates() == null) {
            templates = templates.withClusters2();
        }
        if (p.containsKey("wordnet") && r.templates() == null) {
            templates = templates.withWordNet();
        }
        if (Params.bool(p, "clusters.digits", false)) {
            clusters = clusters == null ? null : clusters.withDigitsMapped();
            clusters2 = clusters2 == null ? null : clusters2.withDigitsMapped();
        }
        TagDictionary.Settings byDefault = TagDictionary.Settings.DEFAULT;
        double share = Params.real(p, "tagdict.share", byDefault.unambiguousShare());
        if (!(share > 0.5 && share <= 1)) {
            throw CliException.usage("--param tagdict.share must be over 0.5 and at most 1, got " + p.get("tagdict.share"));
        }
        TagDictionary.Settings dict = new TagDictionary.Settings(
                Params.integer(p, "tagdict.min", byDefault.minCount(), 1, Integer.MAX_VALUE),
                Params.integer(p, "tagdict.fixed", byDefault.unambiguousCount(), 1, Integer.MAX_VALUE), share);
        UnlabeledText unlabeled = null;
        if (p.containsKey("unlabeled")) {
            String file = p.get("unlabeled");
            if (file.equals("-")) { // it said "no such file: -"; the file's name and checksum go into the model
                throw CliException.usage("--param unlabeled=-: the unlabeled text is read from a file (its name and "
                        + "checksum go into the model's manifest), not standard input");
            }
            unlabeled = UnlabeledTextFiles.read(file, p.getOrDefault("unlabeled.format",
                    org.tagrank.io.Readers.nameWithoutGz(Path.of(file)).endsWith(".tsv") ? "tsv" : "text"),
                    p.getOrDefault("unlabeled.tokenizer", "corenlp"),
                    Params.integer(p, "unlabeled.min", 2),
                    Params.integer(p, "unlabeled.folds", 2),
                    Params.bool(p, "unlabeled.mark", true), c);
        }
        PosTrainerSettings.History.Mode mode;
        try {
            mode = PosTrainerSettings.History.Mode.valueOf(p.getOrDefault("history", "gold").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("history must be gold, predicted or both, not '" + p.get("history") + "'");
        }
        if (mode == PosTrainerSettings.History.Mode.GOLD && p.containsKey("history.folds")) { // it did nothing, silently
            throw CliException.usage("--param history.folds does nothing with gold history: add --param history=predicted or both");
        }
        PosTrainerSettings.History history = mode == PosTrainerSettings.History.Mode.GOLD ? PosTrainerSettings.History.GOLD
                : new PosTrainerSettings.History(mode, Params.integer(p, "history.folds", 2, 2, 10));
        WordNetLexicon wordnet = templates.needsWordNet() ? wordNet(p, c) : null;
        // --cost names tags: resolved against the tag set the trainer will use, so GOLD:PREDICTED ids line up
        TrainerConfig trainer = TrainCommand.CostEntries.resolve(r.trainer(), PosTrainer.tagSet(train, r.data().toString()));
        PosTrainerSettings.Builder settings = PosTrainerSettings.builder(templates, trainer).dictionary(dict).cutoff(r.cutoff())
                .beam(Params.integer(p, "beam", 1, 1, PosTagger.MAX_BEAM)).unlabeled(unlabeled).clusters(clusters).history(history)
                .clusters2(clusters2).wordnet(wordnet).ensemble(Params.integer(p, "ensemble", 1, 1, 16));
        try {
            return settings.build();
        } catch (IllegalArgumentException e) { // a --templates file's template without its --param: the command line's fault
            throw CliException.usage(e.getMessage());
        }
    }

    /**
     * The WordNet lexicon of the {@code wn} templates, from {@code --param wordnet=DIR} or else
     * {@link WordNet#defaultDir()} (Debian's wordnet-base); a usage error naming the missing file.
     */
    private static WordNetLexicon wordNet(Map<String, String> p, Console c) throws IOException {
        Path dir = p.containsKey("wordnet") ? Path.of(p.get("wordnet")) : WordNet.defaultDir();
        WordNet wn;
        try {
            wn = WordNet.load(dir); // checks that the index and data files exist first
        } catch (IOException e) {
            throw CliException.usage("the wn templates need WordNet 3.0 (" + e.getMessage()
                    + "): install Debian's wordnet-base or give --param wordnet=DIR");
        }
        WordNetLexicon lex = WordNetLexicon.of(wn);
        c.progress(String.format(Locale.ROOT, "WordNet: %,d lemmas from %s", lex.size(), dir));
        return lex;
    }

    /** The cl2 word classes from {@code --param taglexicon=FILE}: the tags other corpora give each word (TagLexicon). */
    private static WordClusters tagLexiconClasses(Map<String, String> p, List<ConlluSentence> train, Console c) throws IOException {
        Path file = Path.of(p.get("taglexicon"));
        TagLexicon lexicon = TagLexicon.read(file);
        boolean subtract = Params.bool(p, "taglexicon.subtract", true);
        WordClusters classes = lexicon.classes(train, subtract);
        c.progress(String.format(Locale.ROOT, "tag lexicon: %,d forms from %s, %,d word classes%s", lexicon.size(), file,
                classes.size(), subtract ? " (the training data's own counts taken off)" : ""));
        return classes;
    }

    /** The cluster file named by --param key, or null without that param. */
    private static WordClusters clusters(Map<String, String> p, String key, String what, Console c) throws IOException {
        if (!p.containsKey(key)) {
            return null;
        }
        Path file = Path.of(p.get(key));
        WordClusters clusters = WordClusters.read(file);
        c.progress(String.format(Locale.ROOT, "%s: %,d words from %s", what, clusters.size(), file));
        return clusters;
    }
}
