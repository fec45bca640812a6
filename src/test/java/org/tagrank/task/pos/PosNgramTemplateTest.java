package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.io.ModelBundle;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Character n-grams inside rare and unknown words (ngN[0]): which words get them, and tagging ids = training strings. */
class PosNgramTemplateTest {

    private static PosTemplates with(String... more) {
        List<String> names = new ArrayList<>(PosTemplates.defaults().names());
        names.addAll(List.of(more));
        return PosTemplates.of(names);
    }

    @Test
    void middleNgramsOfWordsOutsideTheDictionary() {
        PosTemplates t = with("ng3[0]");
        assertEquals(3, t.ngram());
        // "Blorfing": lowercased, neither the first ("blo") nor the last ("ing") three characters, distinct
        assertEquals(List.of("ng3[0]=lor", "ng3[0]=orf", "ng3[0]=rfi", "ng3[0]=fin"), t.ngramFeatures("Blorfing", WordSources.NONE));
        assertEquals(List.of("ng3[0]=aaa"), t.ngramFeatures("aaaaaa", WordSources.NONE));
        assertEquals(List.of(), t.ngramFeatures("cats", WordSources.NONE), "nothing inside a 4-letter word");
        assertEquals(List.of("ng2[0]=at"), with("ng2[0]").ngramFeatures("cats", WordSources.NONE));
        assertEquals(PosTemplates.MAX_NGRAMS, t.ngramFeatures("abcdefghijklmnopqrstuvwxyz", WordSources.NONE).size());
        assertEquals(List.of(), PosTemplates.defaults().ngramFeatures("Blorfing", WordSources.NONE));
        assertThrows(IllegalArgumentException.class, () -> with("ng3[0]", "ng4[0]"));
        assertThrows(IllegalArgumentException.class, () -> PosTemplates.of(List.of("ng3[+1]")));
    }

    @Test
    void dictionaryWordsGetNoneAndTableIdsEqualStringFeatures() throws Exception {
        PosTemplates templates = with("ng2[0]");
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(3).seed(1).build();
        ModelBundle bundle = PosTrainer.train(PosFeatureTableTest.toy(), null, PosTrainerSettings.builder(templates, config)
                .dictionary(new TagDictionary.Settings(2, 3, 0.99)).build(), TrainingListener.SILENT, Map.of(), "toy.conllu");
        TagDictionary dict = TagDictionary.parse(bundle.attachment("tagdict.tsv"), bundle.model().labels());
        WordSources src = new WordSources(dict, bundle.model().labels(), null, null, null, null);
        String frequent = "Anna"; // twice in toy.conllu: in the dictionary
        assertTrue(dict.allowed(frequent) != null);
        assertEquals(List.of("ng2[0]=nn"), templates.ngramFeatures(frequent, WordSources.NONE));
        assertEquals(List.of(), templates.ngramFeatures(frequent, src));
        assertTrue(bundle.model().features().indexOf("ng2[0]=pp") >= 0, "apples: a rare training word");
        assertTrue(bundle.model().features().indexOf("ng2[0]=nn") < 0);
        WordNetLexiconTest.assertTableMatchesStrings(templates, bundle, src,
                List.of("The", "apples", "sat", "unapplely", frequent, "Blorfing", "the", "mat", "."));
    }
}
