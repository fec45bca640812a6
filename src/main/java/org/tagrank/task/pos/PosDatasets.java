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

    /** {train, test} in the training feature space. */
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
        return new Dataset[]{tr, PosTrainer.goldHistoryInstances(test, tr, templates, sources)};
    }
}
