package org.tagrank.task.pos;

import org.tagrank.io.ConlluSentence;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.ModelBundle;
import org.tagrank.learn.TrainingListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Builds the {@link AutoLexicon}s of semi-supervised training: first-pass models (templates
 * without lexicon features) tag the unlabeled text; one per jackknife fold plus one on all the
 * training data.
 */
final class SelfTraining {
    /** @param folds statistics for the training sentences of fold k ({@code index % folds == k}); full: for the model */
    record Lexicons(AutoLexicon[] folds, AutoLexicon full) {
    }

    private SelfTraining() {
    }

    /** The templates without those needing an AutoLexicon. */
    static PosTemplates firstPassTemplates(PosTemplates t) {
        return t.without(f -> f.needsAutoLexicon() || f.needsClusters() || f.needsClusters2() || f.needsWordNet());
    }

    /**
     * Tags of the training sentences predicted greedily by jackknifed models (fold k by a model
     * trained on the other folds), as ids in {@code tags}; a tag the fold model lacks cannot occur.
     */
    static List<int[]> jackknifedTags(List<ConlluSentence> train, List<ConlluSentence> dev, PosTrainerSettings settings,
                                      org.tagrank.core.LabelSet tags, TrainingListener listener, String trainSource)
            throws CorpusFormatException {
        int folds = settings.history().folds();
        PosTrainerSettings first = PosTrainerSettings.builder(firstPassTemplates(settings.templates()), settings.trainer())
                .dictionary(settings.dictionary()).cutoff(settings.cutoff()).build();
        int[][] out = new int[train.size()][];
        for (int k = 0; k < folds; k++) {
            long start = System.nanoTime();
            List<ConlluSentence> part = new ArrayList<>();
            for (int j = 0; j < train.size(); j++) {
                if (j % folds != k) {
                    part.add(train.get(j));
                }
            }
            PosTagger tagger = tagger(PosTrainer.train(part, dev, first, TrainingListener.SILENT, Map.of(), trainSource));
            int[] map = new int[tagger.tags().size()];
            for (int y = 0; y < map.length; y++) {
                map[y] = tags.indexOf(tagger.tags().label(y));
            }
            int correct = 0;
            int total = 0;
            for (int j = k; j < train.size(); j += folds) {
                int[] t = tagger.tagIds(train.get(j).forms());
                for (int i = 0; i < t.length; i++) {
                    t[i] = map[t[i]];
                    correct += tags.label(t[i]).equals(train.get(j).xpos().get(i)) ? 1 : 0;
                }
                total += t.length;
                out[j] = t;
            }
            listener.onMessage(String.format(Locale.ROOT, "jackknifed tag history, fold %d/%d: %.2f%% of the held-out tags "
                    + "right, %.1fs", k + 1, folds, 100.0 * correct / total, (System.nanoTime() - start) / 1e9));
        }
        return Arrays.asList(out);
    }

    private static PosTagger tagger(ModelBundle bundle) {
        try {
            return PosTagger.fromBundle(bundle);
        } catch (org.tagrank.io.ModelFormatException e) {
            throw new IllegalStateException("first-pass model is inconsistent", e); // a bug, not bad input
        }
    }

    static Lexicons build(List<ConlluSentence> train, List<ConlluSentence> dev, PosTrainerSettings settings,
                          TrainingListener listener, String trainSource) throws CorpusFormatException {
        UnlabeledText text = settings.unlabeled();
        PosTrainerSettings first = PosTrainerSettings.builder(firstPassTemplates(settings.templates()), settings.trainer())
                .dictionary(settings.dictionary()).cutoff(settings.cutoff()).build();
        AutoLexicon[] folds = new AutoLexicon[text.folds()];
        if (settings.templates().wordTemplates().stream().noneMatch(t -> t.function().needsAutoTags())) {
            // capitalisation statistics need no tagger
            AutoLexicon.Builder b = AutoLexicon.builder();
            text.sources().forEach(b::source);
            for (List<String> s : text.sentences()) {
                b.add(s, null);
            }
            Arrays.fill(folds, b.build(text.minCount()));
            return new Lexicons(folds, folds[0]);
        }
        AutoLexicon full = lexicon(train, dev, first, text, listener, trainSource, "all");
        if (text.folds() == 1) {
            folds[0] = full;
            return new Lexicons(folds, full);
        }
        for (int k = 0; k < folds.length; k++) {
            List<ConlluSentence> part = new ArrayList<>();
            for (int j = 0; j < train.size(); j++) {
                if (j % folds.length != k) {
                    part.add(train.get(j));
                }
            }
            folds[k] = lexicon(part, dev, first, text, listener, trainSource, "fold " + (k + 1) + "/" + folds.length);
        }
        return new Lexicons(folds, full);
    }

    private static AutoLexicon lexicon(List<ConlluSentence> train, List<ConlluSentence> dev, PosTrainerSettings first,
                                       UnlabeledText text, TrainingListener listener, String trainSource, String what)
            throws CorpusFormatException {
        long start = System.nanoTime();
        ModelBundle bundle = PosTrainer.train(train, dev, first, TrainingListener.SILENT, Map.of(), trainSource);
        PosTagger tagger = tagger(bundle);
        List<List<String>> sentences = text.sentences();
        int[][] tags = new int[sentences.size()][];
        // tagging is the costly part; the tagger is thread-safe and the counts do not depend on the order
        IntStream.range(0, sentences.size()).parallel().forEach(i -> tags[i] = tagger.tagIds(sentences.get(i)));
        AutoLexicon.Builder b = AutoLexicon.builder();
        for (Map.Entry<String, String> e : text.sources().entrySet()) {
            b.source(e.getKey(), e.getValue());
        }
        List<String> labels = new ArrayList<>(tagger.tags().size());
        for (int y = 0; y < tagger.tags().size(); y++) {
            labels.add(tagger.tags().label(y));
        }
        for (int i = 0; i < tags.length; i++) {
            List<String> t = new ArrayList<>(tags[i].length);
            for (int y : tags[i]) {
                t.add(labels.get(y));
            }
            b.add(sentences.get(i), t);
        }
        AutoLexicon lex = text.markKnown() ? b.build(text.minCount(), w -> tagger.dictionary().count(w) > 0)
                : b.build(text.minCount());
        listener.onMessage(String.format(Locale.ROOT, "unlabeled text tagged by a first-pass model (%s): %d words with "
                + "statistics, %.1fs", what, lex.size(), (System.nanoTime() - start) / 1e9));
        return lex;
    }
}
