package org.tagrank.task.pos;

import org.tagrank.learn.TrainerConfig;

import java.util.Objects;

/**
 * What {@link PosTrainer#train} needs besides the data: templates, learner, tag dictionary thresholds and the
 * optional word resources. Build one with {@link #builder}; every combination is checked when it is built.
 *
 * @param templates feature templates
 * @param dictionary tag dictionary thresholds
 * @param cutoff    keep features seen at least this often
 * @param beam      beam width recorded as the model's default decoder (1 = greedy)
 * @param trainer   learner settings
 * @param unlabeled unlabeled text for the word statistics some templates use (cap, morph, uf, at, at1, acx), or
 *                  null; the statistics are stored in the model
 * @param clusters  word clusters for the {@code cl} templates, or null; stored in the model
 * @param history   which tag history the training instances see
 * @param clusters2 a second set of word clusters for the {@code cl2} templates, or null; stored in the model
 * @param wordnet   the WordNet lexicon for the {@code wn} templates, or null; stored in the model
 * @param ensemble  number of models trained with seeds seed, seed + 1, ... whose weights are averaged into
 *                  the one model (1 = a single model)
 */
public record PosTrainerSettings(PosTemplates templates, TagDictionary.Settings dictionary, int cutoff, int beam,
                                 TrainerConfig trainer, UnlabeledText unlabeled, WordClusters clusters, History history,
                                 WordClusters clusters2, WordNetLexicon wordnet, int ensemble) {
    public PosTrainerSettings {
        if (ensemble < 1 || ensemble > 16) {
            throw new IllegalArgumentException("ensemble must be in 1..16, got " + ensemble);
        }
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(history, "history");
        if (templates.needsAutoLexicon() && unlabeled == null) {
            throw new IllegalArgumentException("the templates use statistics from unlabeled text (cap, morph, uf, at, at1, acx): "
                    + "give unlabeled text (--param unlabeled=FILE)");
        }
        if (templates.needsClusters() && clusters == null) {
            throw new IllegalArgumentException("the templates use word clusters (cl): give a cluster file (--param clusters=FILE)");
        }
        if (templates.needsClusters2() && clusters2 == null) {
            throw new IllegalArgumentException("the templates use a second cluster set (cl2): give its file (--param clusters2=FILE)");
        }
        if (templates.needsWordNet() && wordnet == null) {
            throw new IllegalArgumentException("the templates use WordNet (wn): give WordNet (--param wordnet=DIR)");
        }
        // the reverse: the trainer drops a resource no template reads, and the model lacked it without a word
        if (clusters != null && !templates.needsClusters()) {
            throw new IllegalArgumentException("word clusters are given, but no template reads them (cl): add cl templates "
                    + "(PosTemplates.withClusters()) or leave the clusters out");
        }
        if (clusters2 != null && !templates.needsClusters2()) {
            throw new IllegalArgumentException("second word classes are given, but no template reads them (cl2): add cl2 "
                    + "templates (PosTemplates.withClusters2()) or leave the classes out");
        }
        if (wordnet != null && !templates.needsWordNet()) {
            throw new IllegalArgumentException("WordNet is given, but no template reads it (wn): add wn templates "
                    + "(PosTemplates.withWordNet()) or leave WordNet out");
        }
        if (unlabeled != null && !templates.needsAutoLexicon()) {
            throw new IllegalArgumentException("unlabeled text is given, but no template reads its statistics (cap, morph, "
                    + "uf, at, at1, acx): use PosTemplates.defaultsWithUnlabeled() or leave the text out");
        }
        Objects.requireNonNull(dictionary, "dictionary");
        Objects.requireNonNull(trainer, "trainer");
        if (cutoff < 1) {
            throw new IllegalArgumentException("cutoff must be >= 1, got " + cutoff);
        }
        if (beam < 1 || beam > 64) {
            throw new IllegalArgumentException("beam must be in 1..64, got " + beam);
        }
        if (trainer.learner() == TrainerConfig.Learner.AVA) {
            throw new IllegalArgumentException("the POS tagger decodes by argmax: all-vs-all voting is not supported");
        }
    }

    /**
     * Settings over these templates and learner: tag dictionary {@link TagDictionary.Settings#DEFAULT}, cutoff 1, greedy, gold tag history,
     * no unlabeled text, clusters or WordNet, one model; change any of them before {@link Builder#build()}.
     */
    public static Builder builder(PosTemplates templates, TrainerConfig trainer) {
        return new Builder(templates, trainer);
    }

    /** Collects optional settings; {@link #build()} validates them all at once (the record's constructor). */
    public static final class Builder {
        private final PosTemplates templates;
        private final TrainerConfig trainer;
        private TagDictionary.Settings dictionary = TagDictionary.Settings.DEFAULT;
        private int cutoff = 1;
        private int beam = 1;
        private UnlabeledText unlabeled;
        private WordClusters clusters;
        private History history = History.GOLD;
        private WordClusters clusters2;
        private WordNetLexicon wordnet;
        private int ensemble = 1;

        private Builder(PosTemplates templates, TrainerConfig trainer) {
            this.templates = templates;
            this.trainer = trainer;
        }

        public Builder dictionary(TagDictionary.Settings v) {
            dictionary = v;
            return this;
        }

        public Builder cutoff(int v) {
            cutoff = v;
            return this;
        }

        public Builder beam(int v) {
            beam = v;
            return this;
        }

        public Builder unlabeled(UnlabeledText v) {
            unlabeled = v;
            return this;
        }

        public Builder clusters(WordClusters v) {
            clusters = v;
            return this;
        }

        public Builder history(History v) {
            history = v;
            return this;
        }

        public Builder clusters2(WordClusters v) {
            clusters2 = v;
            return this;
        }

        public Builder wordnet(WordNetLexicon v) {
            wordnet = v;
            return this;
        }

        public Builder ensemble(int v) {
            ensemble = v;
            return this;
        }

        public PosTrainerSettings build() {
            return new PosTrainerSettings(templates, dictionary, cutoff, beam, trainer, unlabeled, clusters, history, clusters2,
                    wordnet, ensemble);
        }
    }

    public static PosTrainerSettings defaults(TrainerConfig trainer) {
        return builder(PosTemplates.defaults(), trainer).build();
    }

    /**
     * The tag history of training instances: gold tags, or tags predicted by jackknifed models
     * (fold k tagged greedily by a model trained on the other folds, so that the history has the
     * errors it has at tagging time), or both (every token twice).
     */
    public record History(Mode mode, int folds) {
        public enum Mode { GOLD, PREDICTED, BOTH }

        public static final History GOLD = new History(Mode.GOLD, 1);

        public History {
            Objects.requireNonNull(mode, "mode");
            if (mode == Mode.GOLD && folds != 1) { // taken and never used
                throw new IllegalArgumentException("gold tag history takes no jackknife folds (got " + folds
                        + "): they apply to predicted history; use History.GOLD");
            }
            if (mode != Mode.GOLD && (folds < 2 || folds > 10)) {
                throw new IllegalArgumentException("predicted history needs 2..10 jackknife folds, got " + folds);
            }
        }
    }
}
