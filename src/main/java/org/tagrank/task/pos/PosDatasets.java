package org.tagrank.task.pos;

import org.tagrank.core.Dataset;
import org.tagrank.core.LabelSet;
import org.tagrank.feature.DatasetBuilder;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.CorpusFormatException;

import java.util.List;

/** Token-level data sets with gold tag history, for running every learner on the same POS features. */
public final class PosDatasets {
    private PosDatasets() {
    }

    /** {train, test} in the training feature space; test has every token (gold -1: a tag training lacks). */
    public static Dataset[] goldHistory(List<ConlluSentence> train, List<ConlluSentence> test, PosTemplates templates,
                                        int cutoff) throws CorpusFormatException {
        LabelSet tags = PosTrainer.tagSet(train, "training data");
        // ambiguity classes come from a default tag dictionary; no unlabeled-text statistics here
        List<List<String>> words = new java.util.ArrayList<>();
        List<int[]> gold = new java.util.ArrayList<>();
        for (ConlluSentence s : train) {
            words.add(s.forms());
            gold.add(s.xpos().stream().mapToInt(tags::indexOf).toArray());
        }
        WordSources sources = new WordSources(TagDictionary.build(words, gold, tags, TagDictionary.Settings.DEFAULT),
                tags, null, null, null, null);
        DatasetBuilder builder = new DatasetBuilder();
        for (ConlluSentence s : train) {
            for (int i = 0; i < s.size(); i++) {
                String prev = i >= 1 ? s.xpos().get(i - 1) : PosTemplates.BOUNDARY_LEFT;
                String prev2 = i >= 2 ? s.xpos().get(i - 2) : PosTemplates.BOUNDARY_LEFT;
                final int pos = i;
                builder.addLabelExample(sink -> PosFeatures.extract(templates, sources, s.forms(), pos, prev, prev2, sink),
                        tags.indexOf(s.xpos().get(i)));
            }
        }
        Dataset tr = builder.build(tags, cutoff);
        return new Dataset[]{tr, testInstances(test, tr, templates, sources)};
    }

    /**
     * Every test token, in order, with gold history as {@link PosTrainer#goldHistoryInstances} makes it; a token whose
     * tag training lacks has gold -1 (it still gets a prediction, which counts against that tag's precision).
     */
    private static Dataset testInstances(List<ConlluSentence> test, Dataset train, PosTemplates templates,
                                         WordSources sources) {
        LabelSet tags = train.labels();
        List<org.tagrank.core.Instance> out = new java.util.ArrayList<>();
        for (ConlluSentence s : test) {
            for (int i = 0; i < s.size(); i++) {
                String prev = i >= 1 ? history(s, i - 1, tags) : PosTemplates.BOUNDARY_LEFT;
                String prev2 = i >= 2 ? history(s, i - 2, tags) : PosTemplates.BOUNDARY_LEFT;
                final int pos = i;
                out.add(new org.tagrank.core.LabelInstance(DatasetBuilder.encode(train.features(),
                        sink -> PosFeatures.extract(templates, sources, s.forms(), pos, prev, prev2, sink)),
                        tags.indexOf(s.xpos().get(i))));
            }
        }
        return new Dataset(out, tags, train.features());
    }

    private static String history(ConlluSentence s, int j, LabelSet tags) {
        int g = tags.indexOf(s.xpos().get(j));
        return g >= 0 ? tags.label(g) : s.xpos().get(j);
    }
}
