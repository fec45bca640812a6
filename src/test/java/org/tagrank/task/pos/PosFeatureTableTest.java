package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.SparseVector;
import org.tagrank.feature.DatasetBuilder;
import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.ModelBundle;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tagger's id-based features (FeatureTable) equal the string features training used. */
class PosFeatureTableTest {
    static List<ConlluSentence> toy() throws Exception {
        return ConlluReader.readAll(Path.of(PosFeatureTableTest.class.getResource("toy.conllu").toURI()));
    }

    static PosTemplates withLexiconTemplates() {
        List<String> names = new ArrayList<>(PosTemplates.defaults().names());
        for (String n : List.of("ac[-1]", "ac[+1]", "acx[0]", "acx[+2]", "at[0]", "at[-1]", "at1[+1]", "cap[0]", "cap[-2]", "uf[0]", "morph[0]",
                "lw[0]+lw[+1]", "suf3[-1]+lw[0]", "shape[0]+shape[+1]", "lw[-2]+suf3[+2]", "t[-1]+suf3[0]", "t[-1]+lw[+1]")) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return PosTemplates.of(names);
    }

    /** The toy auto-tagged sentences without their tags, as unlabeled text. */
    static UnlabeledText unlabeled(int folds) {
        List<List<String>> sentences = new ArrayList<>();
        for (String line : AutoLexiconTest.TAGGED) {
            List<String> words = new ArrayList<>();
            for (String tok : line.split(" ")) {
                words.add(tok.substring(0, tok.lastIndexOf('_')));
            }
            sentences.add(words);
        }
        return new UnlabeledText(sentences, Map.of("file0", "toy.txt"), 1, folds, true);
    }

    static ModelBundle train(PosTemplates templates, UnlabeledText text) throws Exception {
        return train(templates, text, null);
    }

    static ModelBundle train(PosTemplates templates, UnlabeledText text, WordClusters clusters) throws Exception {
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(3).seed(1).build();
        PosTrainerSettings s = PosTrainerSettings.builder(templates, config)
                .dictionary(new TagDictionary.Settings(2, 3, 0.99)).unlabeled(text).clusters(clusters).build();
        return PosTrainer.train(toy(), null, s, TrainingListener.SILENT, Map.of(), "toy.conllu");
    }

    @Test
    void tableIdsEqualStringFeaturesIncludingLexiconTemplates() throws Exception {
        PosTemplates templates = withLexiconTemplates();
        ModelBundle bundle = train(templates, unlabeled(2));
        assertTrue(bundle.attachments().containsKey(PosTagger.AUTOLEX));
        FeatureIndex index = bundle.model().features();
        TagDictionary dict = TagDictionary.parse(bundle.attachment("tagdict.tsv"), bundle.model().labels());
        AutoLexicon read = AutoLexicon.parse(bundle.attachment(PosTagger.AUTOLEX));
        WordSources src = new WordSources(dict, bundle.model().labels(), read, null, null, null);
        FeatureTable table = new FeatureTable(templates, src, index, bundle.model().labels(), dict.words());
        // known words, words only in the auto lexicon, and words seen nowhere
        List<String> words = List.of("The", "phone", "cat", "is", "like", "Apple", "zebra-7", "old", "|", "a\\|b", "a|b", "or", "|", ".");
        FeatureTable.Row[] rows = table.rows(words);
        int numTags = bundle.model().labels().size();
        float[] w = bundle.model().weights();
        FeatureTable pruned = new FeatureTable(templates, src, index, bundle.model().labels(), dict.words(),
                org.tagrank.core.SparseRows.of(w, numTags));
        FeatureTable.Row[] prunedRows = pruned.rows(words);
        int dt = bundle.model().labels().indexOf("DT");
        for (int i = 0; i < words.size(); i++) {
            int prev = i == 0 ? numTags : dt;
            int prev2 = i < 2 ? numTags : dt;
            int[] buf = new int[table.maxFeatures()];
            int n = table.collectHistory(rows, i, prev, prev2, buf, table.collectWord(rows, i, buf, 0));
            int[] fromTable = Arrays.copyOf(buf, n);
            Arrays.sort(fromTable);
            String p = FeatureTable.historyTag(bundle.model().labels(), prev);
            String p2 = FeatureTable.historyTag(bundle.model().labels(), prev2);
            final int pos = i;
            SparseVector x = DatasetBuilder.encode(index, sink -> PosFeatures.extract(templates, src, words, pos, p, p2, sink));
            int[] fromStrings = new int[x.size()];
            for (int k = 0; k < fromStrings.length; k++) {
                fromStrings[k] = x.id(k);
            }
            Arrays.sort(fromStrings);
            assertArrayEquals(fromStrings, fromTable, "token " + i + " '" + words.get(i) + "'");
            // the tagging table leaves out exactly the features whose weights are all zero
            int[] pb = new int[pruned.maxFeatures()];
            int pn = pruned.collectHistory(prunedRows, i, prev, prev2, pb, pruned.collectWord(prunedRows, i, pb, 0));
            int[] fromPruned = Arrays.copyOf(pb, pn);
            Arrays.sort(fromPruned);
            assertArrayEquals(Arrays.stream(fromTable).filter(id -> nonZero(w, id, numTags)).toArray(), fromPruned);
        }
        // the lexicon templates did produce features that exist in the model
        assertTrue(index.indexOf("cap[0]=c0") >= 0);
        assertTrue(index.indexOf("at[0]=" + read.tags("the")) >= 0);
        assertTrue(index.indexOf("ac[+1]=NN") >= 0);
        assertTrue(index.indexOf("lw[0]+lw[+1]=the|cat") >= 0);
        assertTrue(index.indexOf("t[-1]+suf3[0]=DT|cat") >= 0);
        assertTrue(index.indexOf("lw[0]+lw[+1]=a\\|b|or") >= 0, "escaped '|'");
        assertTrue(index.indexOf("lw[0]+lw[+1]=\\||.") >= 0, "escaped '|'");
    }

    @Test
    void capitalisationAloneNeedsNoFirstPassTagger() throws Exception {
        List<String> names = new ArrayList<>(PosTemplates.defaults().names());
        names.add("cap[0]");
        ModelBundle bundle = train(PosTemplates.of(names), unlabeled(2));
        String lex = bundle.attachment(PosTagger.AUTOLEX);
        assertTrue(lex.contains("\nc\tapple\t3\t2\n"), lex);
        assertTrue(lex.lines().noneMatch(l -> l.startsWith("t\t")), "no auto tags without a template using them");
    }

    @Test
    void jackknifedHistoryTrainsOnBothHistoriesAndIsRecorded() throws Exception {
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(3).seed(1).build();
        PosTrainerSettings s = PosTrainerSettings.builder(PosTemplates.defaults(), config)
                .dictionary(new TagDictionary.Settings(2, 3, 0.99)).history(new PosTrainerSettings.History(PosTrainerSettings.History.Mode.BOTH, 2))
                .build();
        ModelBundle bundle = PosTrainer.train(toy(), null, s, TrainingListener.SILENT, Map.of(), "toy.conllu");
        int tokens = toy().stream().mapToInt(ConlluSentence::size).sum();
        assertEquals(Integer.toString(2 * tokens), bundle.model().provenance().get("train.tokens"));
        assertEquals("both,2", bundle.model().provenance().get("trainer.history"));
        assertThrows(IllegalArgumentException.class, () -> new PosTrainerSettings.History(PosTrainerSettings.History.Mode.PREDICTED, 1));
    }

    static boolean nonZero(float[] w, int id, int numTags) {
        for (int y = 0; y < numTags; y++) {
            if (w[id * numTags + y] != 0) {
                return true;
            }
        }
        return false;
    }

    @Test
    void defaultTemplatesNeedUnlabeledTextOnlyWhenAskedFor() {
        assertTrue(!PosTemplates.defaults().needsAutoLexicon());
        PosTemplates withText = PosTemplates.defaultsWithUnlabeled();
        assertTrue(withText.needsAutoLexicon());
        assertEquals(PosTemplates.defaults().names().size() + 2, withText.names().size());
        assertTrue(withText.names().containsAll(List.of("cap[0]", "morph[0]")));
        // the spec round-trips through the text a model stores
        assertEquals(withText.names(), PosTemplates.parse(withText.spec(), "spec").names());
    }

    @Test
    void pairValuesRoundTripThroughEscaping() {
        for (String[] v : new String[][]{{"a", "b"}, {"|", "x"}, {"a\\|b", "\\"}, {"", "||"}}) {
            String f = PosFeatures.pairFeature("lw[0]+lw[+1]", v[0], v[1]);
            assertArrayEquals(v, PosFeatures.splitPair(f.substring("lw[0]+lw[+1]=".length())), f);
        }
    }

    @Test
    void lexiconTemplatesNeedALexiconAndModelsCarryIt() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> train(withLexiconTemplates(), null));
        ModelBundle bundle = train(withLexiconTemplates(), unlabeled(2));
        assertEquals(bundle.attachments(), train(withLexiconTemplates(), unlabeled(2)).attachments(), "deterministic");
        assertEquals("2", bundle.model().provenance().get("pos.unlabeled.folds"));
        assertEquals("toy.txt", bundle.model().provenance().get("pos.unlabeled.file0"));
        PosTagger tagger = PosTagger.fromBundle(bundle);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("toy-pos", ".lin.zip");
        try {
            org.tagrank.io.ModelIO.write(bundle, file);
            PosTagger read = PosTagger.load(file.toString());
            for (ConlluSentence s : toy()) {
                assertEquals(tagger.tag(s.forms()).xpos(), read.tag(s.forms()).xpos());
            }
            List<String> unseen = List.of("They", "phone", "Apple", "daily", ".");
            assertEquals(tagger.tag(unseen).xpos(), read.tag(unseen).xpos());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        Map<String, String> without = new java.util.TreeMap<>(bundle.attachments());
        without.remove(PosTagger.AUTOLEX);
        assertThrows(org.tagrank.io.ModelFormatException.class,
                () -> PosTagger.fromBundle(new ModelBundle(bundle.task(), bundle.model(), without)));
    }
}
