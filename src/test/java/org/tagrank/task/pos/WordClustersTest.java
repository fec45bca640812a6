package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelFormatException;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordClustersTest {
    @Test
    void aFileWithoutClustersIsAnErrorAtLineOne() throws Exception {
        Path f = Files.createTempFile("no-clusters", ".tsv");
        try {
            Files.writeString(f, "");
            assertEquals(f + ":1: no word clusters in the file",
                    assertThrows(CorpusFormatException.class, () -> WordClusters.read(f)).getMessage());
        } finally {
            Files.delete(f);
        }
    }

    static WordClusters toy() throws Exception {
        return WordClusters.read(Path.of(WordClustersTest.class.getResource("toy-clusters.tsv").toURI()));
    }

    @Test
    void looksUpLowercasedWordsAndKeepsTheFirstOfCaseVariants() throws Exception {
        WordClusters c = toy();
        assertEquals(26, c.size(), "'The' folds into 'the', the first line wins");
        assertEquals("punct", c.cluster("#"), "'#' is a word, not a comment");
        assertEquals("det", c.cluster("the"));
        assertEquals("noun", c.cluster("zebra"));
        assertEquals("adv", c.cluster("daily"));
        assertEquals(AutoLexicon.NONE, c.cluster("unseen"));
        assertEquals(AutoLexicon.NONE, c.cluster("th"), "a prefix of a word is not the word");
        assertEquals(AutoLexicon.NONE, c.cluster("thee"));
        assertEquals(AutoLexicon.NONE, c.cluster(""));
        // every word of the sorted text is found by the binary search
        WordClusters again = WordClusters.parse(c.text());
        for (String line : c.text().split("\n")) {
            String[] kv = line.split("\t");
            assertEquals(kv[1], again.cluster(kv[0]), line);
        }
    }

    @Test
    void searchAndIndexAgreeWithAMapOnEdgeWords() {
        // one-letter words, shared and unique prefixes, non-ASCII letters, sorted by String order
        java.util.TreeMap<String, String> m = new java.util.TreeMap<>();
        String[] words = {"!", "#tag", "a", "a-b", "ab", "abc", "abd", "b", "ba", "z", "zz", "zzz", "\u00e9t\u00e9", "\u00e9", "a\u00e9", "\u4e2d\u6587"};
        for (int i = 0; i < words.length; i++) {
            m.put(words[i], Integer.toString(i));
        }
        StringBuilder sb = new StringBuilder();
        m.forEach((w, c) -> sb.append(w).append('\t').append(c).append('\n'));
        WordClusters c = WordClusters.parse(sb.toString());
        WordClusters indexed = WordClusters.parse(sb.toString());
        indexed.indexNow();
        for (String w : words) {
            assertTrue(c.search(w) >= 0, w);
            assertEquals(m.get(w), c.cluster(w), w);
            assertEquals(m.get(w), indexed.cluster(w), w);
        }
        for (String absent : new String[]{"", "aa", "abe", "a-", "c", "zzzz", "\u00e9x", "q", "~", "\u4e2d"}) {
            assertEquals(-1, c.search(absent), absent);
            assertEquals(AutoLexicon.NONE, indexed.cluster(absent), absent);
        }
    }

    @Test
    void manyWordsLookedUpFromManyThreadsAtFirstUseAgreeWithAMap() throws Exception {
        java.util.Random r = new java.util.Random(7);
        java.util.TreeMap<String, String> m = new java.util.TreeMap<>();
        while (m.size() < 30_000) { // short words over a small alphabet (37,448 possible): similar hash codes
            StringBuilder w = new StringBuilder();
            for (int n = 1 + r.nextInt(5); n > 0; n--) {
                w.append((char) ('a' + r.nextInt(8)));
            }
            m.put(w.toString(), "c" + r.nextInt(100));
        }
        StringBuilder sb = new StringBuilder();
        m.forEach((w, c) -> sb.append(w).append('\t').append(c).append('\n'));
        WordClusters c = WordClusters.parse(sb.toString());
        WordClusters indexed = WordClusters.parse(sb.toString());
        indexed.indexNow();
        java.util.List<String> probes = new java.util.ArrayList<>(m.keySet());
        for (String w : m.keySet()) {
            probes.add(w + "z"); // 'z' is outside the alphabet: never a word
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    int found = 0;
                    for (String w : probes) { // c: binary search until its index lands; then both the same way
                        String got = c.cluster(w);
                        assertEquals(m.getOrDefault(w, AutoLexicon.NONE), got, w);
                        assertEquals(m.containsKey(w), c.search(w) >= 0, w);
                        assertEquals(got, indexed.cluster(w), w);
                        found += got.equals(AutoLexicon.NONE) ? 0 : 1;
                    }
                    return found;
                }));
            }
            for (var f : done) {
                assertEquals(m.size(), f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void badFilesNameTheLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.tsv");
        Files.writeString(f, "a\t1\nno-cluster\n");
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> WordClusters.read(f));
        assertTrue(e.getMessage().contains(f + ":2:"), e.getMessage());
        Files.writeString(f, "\n\n");
        assertThrows(CorpusFormatException.class, () -> WordClusters.read(f));
        IllegalArgumentException unsorted = assertThrows(IllegalArgumentException.class, () -> WordClusters.parse("b\t1\na\t2\n"));
        assertTrue(unsorted.getMessage().contains("line 2"), unsorted.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WordClusters.parse("a\t1\na\t2\n"), "repeated word");
        assertThrows(IllegalArgumentException.class, () -> WordClusters.parse("a\t1\nb\t"), "truncated");
        assertThrows(IllegalArgumentException.class, () -> WordClusters.parse("a\t\n"), "empty cluster");
    }

    @Test
    void clusterTemplatesTrainTagAndTravelWithTheModel(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        PosTemplates templates = PosTemplates.defaults().withClusters();
        assertTrue(templates.needsClusters());
        assertThrows(IllegalArgumentException.class, () -> PosFeatureTableTest.train(templates, null, null));
        WordClusters clusters = toy();
        ModelBundle bundle = PosFeatureTableTest.train(templates, null, clusters);
        assertEquals(clusters.text(), bundle.attachment(WordClusters.ATTACHMENT));
        assertTrue(bundle.model().features().indexOf("cl[0]=noun") >= 0);
        assertTrue(bundle.model().features().indexOf("cl[-1]+cl[0]=det|noun") >= 0);
        // the tagger's id table agrees with the string features on words inside and outside the clusters
        PosTagger tagger = PosTagger.fromBundle(bundle);
        WordSources src = new WordSources(tagger.dictionary(), tagger.tags(), null, clusters, null, null);
        FeatureTable table = new FeatureTable(templates, src, bundle.model().features(), tagger.tags(), tagger.dictionary().words());
        List<String> words = List.of("The", "zebra", "runs", "daily", "to", "the", "Unseen", ".");
        FeatureTable.Row[] rows = table.rows(words);
        int[] buf = new int[table.maxFeatures()];
        for (int i = 0; i < words.size(); i++) {
            int n = table.collectWord(rows, i, buf, 0);
            int[] ids = java.util.Arrays.copyOf(buf, n);
            final int pos = i;
            org.tagrank.core.SparseVector x = org.tagrank.feature.DatasetBuilder.encode(bundle.model().features(),
                    sink -> PosFeatures.extract(PosTemplates.of(templates.names().stream()
                            .filter(t -> !t.startsWith("t[")).toList()), src, words, pos, null, null, sink));
            int[] expected = new int[x.size()];
            for (int k = 0; k < expected.length; k++) {
                expected[k] = x.id(k);
            }
            java.util.Arrays.sort(ids);
            java.util.Arrays.sort(expected);
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected, ids, "token " + i);
        }
        // written and read back: same tags; without the attachment the model is refused
        Path file = dir.resolve("cl.lin.zip");
        ModelIO.write(bundle, file);
        PosTagger read = PosTagger.load(file.toString());
        List<List<String>> sentences = new ArrayList<>();
        for (ConlluSentence s : PosFeatureTableTest.toy()) {
            sentences.add(s.forms());
        }
        sentences.add(words);
        for (List<String> s : sentences) {
            assertEquals(tagger.tag(s).xpos(), read.tag(s).xpos());
        }
        assertRefusedWithout(bundle, WordClusters.ATTACHMENT);
    }

    /** A model whose templates need this attachment is refused without it, naming it. */
    private static void assertRefusedWithout(ModelBundle bundle, String attachment) {
        Map<String, String> without = new TreeMap<>(bundle.attachments());
        without.remove(attachment);
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> PosTagger.fromBundle(new ModelBundle(bundle.task(), bundle.model(), without)));
        assertTrue(e.getMessage().contains(attachment), e.getMessage());
    }

    @Test
    void aSecondClusterSetHasItsOwnTemplatesAndAttachment(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        PosTemplates templates = PosTemplates.defaults().withClusters().withClusters2();
        assertTrue(templates.needsClusters2());
        assertTrue(templates.names().containsAll(List.of("cl2[0]", "cl2[-1]", "cl2[+1]")));
        WordClusters clusters = toy();
        // the second set: other names for the same words, so its features differ from the first set's
        WordClusters second = WordClusters.parse(clusters.text().replace("\tnoun\n", "\tN\n").replace("\tdet\n", "\tD\n"));
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(3).seed(1).build();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> PosTrainerSettings.builder(templates,
                config).dictionary(new TagDictionary.Settings(2, 3, 0.99)).clusters(clusters).build());
        assertTrue(missing.getMessage().contains("clusters2"), missing.getMessage());
        PosTrainerSettings s = PosTrainerSettings.builder(templates, config)
                .dictionary(new TagDictionary.Settings(2, 3, 0.99)).clusters(clusters).clusters2(second).build();
        ModelBundle bundle = PosTrainer.train(PosFeatureTableTest.toy(), null, s, TrainingListener.SILENT, Map.of(), "toy");
        assertEquals(second.text(), bundle.attachment(WordClusters.ATTACHMENT2));
        assertEquals(clusters.text(), bundle.attachment(WordClusters.ATTACHMENT));
        assertTrue(bundle.model().features().indexOf("cl2[0]=N") >= 0);
        assertTrue(bundle.model().features().indexOf("cl[0]=noun") >= 0);
        Path file = dir.resolve("cl2.lin.zip");
        ModelIO.write(bundle, file);
        PosTagger tagger = PosTagger.fromBundle(bundle);
        PosTagger read = PosTagger.load(file.toString());
        for (ConlluSentence sentence : PosFeatureTableTest.toy()) {
            assertEquals(tagger.tag(sentence.forms()).xpos(), read.tag(sentence.forms()).xpos());
        }
        assertRefusedWithout(bundle, WordClusters.ATTACHMENT2);
    }

    @Test
    void digitMappingLooksNumbersUpAsCoreNlpDoes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        WordClusters plain = WordClusters.parse("1999\tyear\n9,999\tnum\n99:99\ttime\na9\tx\n");
        assertEquals(AutoLexicon.NONE, plain.cluster("12,500"), "without mapping, only listed words");
        WordClusters c = plain.withDigitsMapped();
        assertTrue(c.mapsDigits());
        assertEquals("num", c.cluster("1,250"));
        assertEquals(AutoLexicon.NONE, c.cluster("12,500"), "99,999 is not listed");
        assertEquals("time", c.cluster("08:15"));
        assertEquals("year", c.cluster("1999"), "a listed word is found as it is");
        assertEquals(AutoLexicon.NONE, c.cluster("1977"), "9999 is not listed");
        assertEquals("x", c.cluster("a0"));
        assertEquals(AutoLexicon.NONE, c.cluster("abc"));
        assertEquals("abc", WordClusters.digitsTo9("abc"));
        assertEquals("9-9.99", WordClusters.digitsTo9("1-0.59"));
        // the model records the mapping and the loaded tagger applies it
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(2).seed(1).build();
        PosTemplates templates = PosTemplates.defaults().withClusters();
        for (WordClusters set : List.of(toy(), toy().withDigitsMapped())) {
            ModelBundle bundle = PosTrainer.train(PosFeatureTableTest.toy(), null, PosTrainerSettings.builder(templates, config)
                    .dictionary(new TagDictionary.Settings(2, 3, 0.99)).clusters(set).build(),
                    TrainingListener.SILENT, Map.of(), "toy");
            Path file = dir.resolve("d" + set.mapsDigits() + ".lin.zip");
            ModelIO.write(bundle, file);
            PosTagger read = PosTagger.load(file.toString());
            assertEquals(set.mapsDigits() ? "9" : null, read.model().provenance().get(PosTrainer.DIGITS_KEY));
        }
        ModelBundle b = PosTrainer.train(PosFeatureTableTest.toy(), null, PosTrainerSettings.builder(templates, config)
                .dictionary(new TagDictionary.Settings(2, 3, 0.99)).clusters(toy()).build(),
                TrainingListener.SILENT, Map.of(), "toy");
        ModelBundle odd = new ModelBundle(b.task(), b.model().withProvenance(b.model().provenance().with(
                Map.of(PosTrainer.DIGITS_KEY, "0"))), b.attachments());
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> PosTagger.fromBundle(odd));
        assertTrue(e.getMessage().contains("digit"), e.getMessage());
    }
}
