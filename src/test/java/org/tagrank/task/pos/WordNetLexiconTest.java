package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.io.MiniWordNet;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelFormatException;
import org.tagrank.io.WordNet;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Morphy over the compact WordNet lexicon, its attachment text, and the wn templates of a trained model. */
class WordNetLexiconTest {

    /** The made-up lexicon of toy-wordnet.tsv (lemmas) and toy-wordnet-exc.tsv (exception lists). */
    static WordNetLexicon fixture() throws Exception {
        return WordNetLexicon.parse(resource("toy-wordnet.tsv"), resource("toy-wordnet-exc.tsv"));
    }

    private static String resource(String name) throws Exception {
        try (var in = WordNetLexiconTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void morphyFindsLemmasExceptionsAndDetachmentRules() throws Exception {
        WordNetLexicon wn = fixture();
        assertEquals(9, wn.size());
        assertEquals("n.v", wn.classes("run"));
        assertEquals("n-s.v-s", wn.classes("runs"));          // noun and verb rule "s" → ""
        assertEquals("vx", wn.classes("ran"));                // verb exception list
        assertEquals("vx", wn.classes("running"));            // the exception comes before the rule "ing" → ""
        assertEquals("v-ed", wn.classes("parked"));            // verb rule "ed" → "" (not a noun: no noun rule for -ed)
        assertEquals("v-ing", wn.classes("parking"));
        assertEquals("nx", wn.classes("mice"));
        assertEquals("nx", wn.classes("geese"));
        assertEquals("-", wn.classes("catses"));              // "es" leaves "cats", not a lemma
        assertEquals("a-er", wn.classes("greener"));          // adjective rule "er" → ""
        assertEquals("a-est", wn.classes("greenest"));
        assertEquals("n.v.a.r", wn.classes("well"));
        assertEquals("-", wn.classes("better"));              // "good" is no lemma here: the exception does not count
        assertEquals("-", wn.classes("the"));
        assertEquals("-", wn.classes("s"));                   // a rule never leaves an empty stem
    }

    @Test
    void builtFromWordNetFilesAndRoundTripsThroughItsText(@TempDir Path dir) throws Exception {
        WordNetLexicon wn = WordNetLexicon.of(WordNet.load(MiniWordNet.write(dir)));
        assertEquals("v", wn.classes("bake"));
        assertEquals("v-s", wn.classes("bakes"));
        assertEquals("v-ed", wn.classes("baked"));             // rule "ed" → "e"
        assertEquals("v-ing", wn.classes("baking"));           // rule "ing" → "e"
        assertEquals("vx", wn.classes("bakt"));                // verb.exc
        assertEquals("n-s", wn.classes("pizzas"));
        assertEquals("n", wn.classes("baker"));
        assertEquals("a", wn.classes("red"));
        assertEquals("a-er", wn.classes("reder"));
        assertEquals("r", wn.classes("quickly"));
        assertEquals("-", wn.classes("pizza_pie"), "multi-word lemmas are left out");
        String text = wn.formatLemmas();
        String exc = wn.formatExceptions();
        WordNetLexicon read = WordNetLexicon.parse(text, exc);
        assertEquals(text, read.formatLemmas());
        assertEquals(exc, read.formatExceptions());
        for (String w : List.of("bake", "bakes", "baked", "bakt", "pizzas", "reder", "quickly", "zebra")) {
            assertEquals(wn.classes(w), read.classes(w), w);
        }
        assertTrue(exc.contains("\nv\tbakt\tbake\n"), exc);
        assertTrue(("\n" + text).contains("\nbake\tv\nbaker\tn\n"), text);
    }

    @Test
    void badLinesAreReportedByNumber() {
        // a lemma's letters are checked when it is looked up (loading does not scan the table line by line)
        WordNetLexicon badLetters = WordNetLexicon.parse("cat\tn\ndog\tq\n", "");
        assertEquals("n", badLetters.classes("cat"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> badLetters.classes("dog"));
        assertTrue(e.getMessage().contains(WordNetLexicon.ATTACHMENT + " line 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WordNetLexicon.parse("cat\tn\n", "#source a=b\nn\tmice\n"));
        assertTrue(e.getMessage().contains(WordNetLexicon.EXCEPTIONS + " line 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WordNetLexicon.parse("cat\tn\ncat\tv\n", ""));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("repeated"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WordNetLexicon.parse("dog\tn\ncat\tv\n", ""));
        assertTrue(e.getMessage().contains("out of order"), e.getMessage());
    }

    @Test
    void wnTemplatesNeedTheLexiconAndModelsCarryIt() throws Exception {
        List<String> names = new ArrayList<>(PosTemplates.defaults().names());
        names.addAll(List.of("wn[0]", "wn[+1]", "t[-1]+wn[0]"));
        PosTemplates templates = PosTemplates.of(names);
        assertTrue(templates.needsWordNet());
        assertFalse(PosTemplates.defaults().needsWordNet());
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(3).seed(1).build();
        TagDictionary.Settings dict = new TagDictionary.Settings(2, 3, 0.99);
        assertThrows(IllegalArgumentException.class, () -> PosTrainerSettings.builder(templates, config).dictionary(dict)
                .build());
        PosTrainerSettings s = PosTrainerSettings.builder(templates, config).dictionary(dict).wordnet(fixture())
                .build();
        ModelBundle bundle = PosTrainer.train(PosFeatureTableTest.toy(), null, s, TrainingListener.SILENT, Map.of(), "toy.conllu");
        assertEquals(fixture().formatLemmas(), bundle.attachment(WordNetLexicon.ATTACHMENT));
        assertEquals(fixture().formatExceptions(), bundle.attachment(WordNetLexicon.EXCEPTIONS));
        assertEquals("9", bundle.model().provenance().get("pos.wordnet.lemmas"));
        assertTrue(bundle.model().features().indexOf("wn[0]=n.v") >= 0, "cat, dog, park");
        assertTrue(bundle.model().features().indexOf("t[-1]+wn[0]=DT|n.v") >= 0);
        PosTagger tagger = PosTagger.fromBundle(bundle);
        assertEquals(5, tagger.tag(List.of("The", "mice", "ran", "greener", ".")).xpos().size());
        Map<String, String> without = new TreeMap<>(bundle.attachments());
        without.remove(WordNetLexicon.EXCEPTIONS);
        assertThrows(ModelFormatException.class, () -> PosTagger.fromBundle(new ModelBundle(bundle.task(), bundle.model(), without)));
    }

    @Test
    void tableIdsEqualStringFeaturesWithWordNetTemplates() throws Exception {
        List<String> names = new ArrayList<>(PosTemplates.defaults().names());
        names.addAll(List.of("wn[0]", "wn[-1]", "t[-1]+wn[0]"));
        PosTemplates templates = PosTemplates.of(names);
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(3).seed(1).build();
        WordNetLexicon wn = fixture();
        ModelBundle bundle = PosTrainer.train(PosFeatureTableTest.toy(), null, PosTrainerSettings.builder(templates, config)
                .dictionary(new TagDictionary.Settings(2, 3, 0.99)).wordnet(wn).build(),
                TrainingListener.SILENT, Map.of(), "toy.conllu");
        TagDictionary dict = TagDictionary.parse(bundle.attachment("tagdict.tsv"), bundle.model().labels());
        WordSources src = new WordSources(dict, bundle.model().labels(), null, null, null, wn);
        assertTableMatchesStrings(templates, bundle, src, List.of("The", "mice", "ran", "in", "the", "Park", "greener", "blorfed", "."));
    }

    /** The tagger's feature ids of every token of words equal the ids of the string features training extracts. */
    static void assertTableMatchesStrings(PosTemplates templates, ModelBundle bundle, WordSources src, List<String> words) {
        TagDictionary dict = src.dictionary();
        FeatureTable table = new FeatureTable(templates, src, bundle.model().features(), bundle.model().labels(), dict.words());
        FeatureTable.Row[] rows = table.rows(words);
        int numTags = bundle.model().labels().size();
        int dt = bundle.model().labels().indexOf("DT");
        for (int i = 0; i < words.size(); i++) {
            int[] buf = new int[table.maxFeatures()];
            int prev = i == 0 ? numTags : dt;
            int prev2 = i < 2 ? numTags : dt;
            int n = table.collectHistory(rows, i, prev, prev2, buf, table.collectWord(rows, i, buf, 0));
            int[] fromTable = java.util.Arrays.copyOf(buf, n);
            java.util.Arrays.sort(fromTable);
            String p = FeatureTable.historyTag(bundle.model().labels(), prev);
            String p2 = FeatureTable.historyTag(bundle.model().labels(), prev2);
            final int pos = i;
            var x = org.tagrank.feature.DatasetBuilder.encode(bundle.model().features(),
                    sink -> PosFeatures.extract(templates, src, words, pos, p, p2, sink));
            int[] fromStrings = new int[x.size()];
            for (int k = 0; k < fromStrings.length; k++) {
                fromStrings[k] = x.id(k);
            }
            java.util.Arrays.sort(fromStrings);
            org.junit.jupiter.api.Assertions.assertArrayEquals(fromStrings, fromTable, "token " + i + " " + words.get(i));
        }
    }
}
