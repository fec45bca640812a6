package org.tagrank.task.pos;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseVector;
import org.tagrank.feature.DatasetBuilder;
import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.Corpora;
import org.tagrank.io.ModelBundle;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * On EWT with the default templates (word pairs, tag-word pairs): the tagger's id features
 * equal the string features for every dev token, with the tagger's own predicted history.
 */
class PosFeatureTableIT {
    @Test
    void idFeaturesEqualStringFeaturesOnEwtDev() throws Exception {
        Path train = Corpora.file("ud-english-ewt/en_ewt-ud-train.conllu");
        Path dev = Corpora.file("ud-english-ewt/en_ewt-ud-dev.conllu");
        Assumptions.assumeTrue(Files.exists(train) && Files.exists(dev), "corpus ud-english-ewt (UD English EWT) is absent");
        List<ConlluSentence> tr = ConlluReader.readAll(train);
        List<ConlluSentence> dv = ConlluReader.readAll(dev);
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(1).seed(1).build();
        ModelBundle bundle = PosTrainer.train(tr, null, PosTrainerSettings.defaults(config), TrainingListener.SILENT,
                Map.of(), train.toString());
        PosTagger tagger = PosTagger.fromBundle(bundle);
        PosTemplates templates = tagger.templates();
        FeatureIndex index = bundle.model().features();
        LabelSet tags = bundle.model().labels();
        WordSources src = new WordSources(tagger.dictionary(), tags, null, null, null, null);
        FeatureTable table = new FeatureTable(templates, src, index, tags, tagger.dictionary().words());
        int[] buf = new int[table.maxFeatures()];
        for (ConlluSentence s : dv) {
            List<String> words = s.forms();
            int[] predicted = tagger.tagIds(words);
            FeatureTable.Row[] rows = table.rows(words);
            // the table gives an unknown pictograph the emoticon's features (Pictographs): the string features of the
            // sentence with it replaced (EWT dev has one, '♥')
            List<String> asTagged = words.stream()
                    .map(w -> table.vocabId(w) < 0 && Pictographs.only(w) ? Pictographs.STAND_IN : w).toList();
            for (int i = 0; i < words.size(); i++) {
                int prev = i > 0 ? predicted[i - 1] : tags.size();
                int prev2 = i > 1 ? predicted[i - 2] : tags.size();
                int n = table.collectHistory(rows, i, prev, prev2, buf, table.collectWord(rows, i, buf, 0));
                int[] fromTable = Arrays.copyOf(buf, n);
                Arrays.sort(fromTable);
                String p = FeatureTable.historyTag(tags, prev);
                String p2 = FeatureTable.historyTag(tags, prev2);
                final int pos = i;
                SparseVector x = DatasetBuilder.encode(index, sink -> PosFeatures.extract(templates, src, asTagged, pos, p, p2, sink));
                int[] fromStrings = new int[x.size()];
                for (int k = 0; k < fromStrings.length; k++) {
                    fromStrings[k] = x.id(k);
                }
                Arrays.sort(fromStrings);
                assertArrayEquals(fromStrings, fromTable, "line " + s.firstLine() + " token " + i + " '" + words.get(i) + "'");
            }
        }
    }
}
