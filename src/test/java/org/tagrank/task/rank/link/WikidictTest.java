package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.core.Dataset;
import org.tagrank.core.LinearModel;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;
import org.tagrank.learn.TrainingListener;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WikidictTest {
    static Path fixture() {
        return LinkFixtures.file("tiny-wikidict.tab");
    }

    static Wikidict all() throws Exception {
        return Wikidict.read(fixture().toString(), a -> true);
    }

    @Test
    void readsLikeCoreNlpLastLineOfAnAliasWinsTabLinesSkipped() throws Exception {
        Wikidict wd = all();
        assertEquals(new Wikidict.Entry("Neil_Armstrong", 0.61), wd.get("Armstrong"));
        assertEquals("Moon_(film)", wd.get("Moon").entity()); // CoreNLP's HashMap.put: the last line wins
        assertEquals("Louis_Armstrong", wd.get("armstrong").entity()); // spaces become underscores
        assertEquals("Sacré-Cœur", wd.get("Sacre Coeur").entity()); // %XX decoded
        assertNull(wd.get("ARMSTRONG")); // case-sensitive, as CoreNLP by default
        assertNull(wd.get(""));
        assertEquals(8, wd.size());
    }

    @Test
    void keepsOnlyTheAliasesTheFilterAccepts() throws Exception {
        Wikidict wd = Wikidict.read(fixture().toString(), Set.of("Moon", "Kittanning", "Nowhere")::contains);
        assertEquals(2, wd.size());
        assertEquals("Kittanning,_Pennsylvania", wd.get("Kittanning").entity());
        assertNull(wd.get("Armstrong"));
    }

    @Test
    void readsGzipAndTheKbpJarEntry(@TempDir Path dir) throws Exception {
        byte[] text = Files.readAllBytes(fixture());
        Path gz = dir.resolve("wikidict.tab.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(text);
        }
        Path jar = dir.resolve("models-english-kbp.jar");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(jar))) {
            z.putNextEntry(new ZipEntry("edu/stanford/nlp/models/kbp/english/other.txt"));
            z.write("not this".getBytes());
            z.putNextEntry(new ZipEntry(Wikidict.JAR_ENTRY));
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (OutputStream g = new GZIPOutputStream(b)) {
                g.write(text);
            }
            z.write(b.toByteArray());
        }
        for (Path p : List.of(gz, jar)) {
            Wikidict wd = Wikidict.read(p.toString(), a -> true);
            assertEquals(8, wd.size(), p.toString());
            assertEquals("Tour_de_France", wd.get("Tour de France").entity(), p.toString());
        }
        Path empty = dir.resolve("empty.jar");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(empty))) {
            z.putNextEntry(new ZipEntry("x"));
        }
        assertThrows(java.io.FileNotFoundException.class, () -> Wikidict.read(empty.toString(), a -> true));
    }

    @Test
    void aTruncatedGzipIsBadDataNamingTheFile(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream g = new GZIPOutputStream(b)) {
            g.write(Files.readAllBytes(fixture()));
        }
        Path gz = dir.resolve("cut.tab.gz"); // a download that broke off: "Unexpected end of ZLIB input stream", exit 4
        Files.write(gz, java.util.Arrays.copyOf(b.toByteArray(), b.size() / 2));
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Wikidict.read(gz.toString(), a -> true));
        assertTrue(e.getMessage().startsWith(gz + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(": corrupt or truncated compressed file (Unexpected end of ZLIB input stream)"),
                e.getMessage());
    }

    @Test
    void invalidUtf8IsAnErrorNamingFileAndLineNeverReplaced(@TempDir Path dir) throws Exception {
        byte[] text = "Moon\tMoon\t0.8\n\tskipped\nCaf\u00e9\tCaf\u00e9\t0.5\nBad \u00ff\tMoon\t0.1\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = text.clone();
        int at = new String(text, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Bad ") + 4;
        bad[at] = (byte) 0xff; // the first byte of '\u00ff' alone: no UTF-8 sequence starts with it
        Path plain = dir.resolve("bad-utf8.tab");
        Files.write(plain, bad);
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Wikidict.read(plain.toString(), a -> true));
        assertTrue(e.getMessage().startsWith(plain + ":4: ") && e.getMessage().contains("not valid UTF-8"), e.getMessage());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream g = new GZIPOutputStream(b)) {
            g.write(bad);
        }
        Path gz = dir.resolve("bad-utf8.tab.gz");
        Files.write(gz, b.toByteArray());
        e = assertThrows(CorpusFormatException.class, () -> Wikidict.forEach(gz.toString(), (x, y, z) -> { }));
        assertTrue(e.getMessage().startsWith(gz + ":4: "), e.getMessage());
        Path good = dir.resolve("good.tab");
        Files.write(good, text);
        assertEquals("Caf\u00e9", Wikidict.read(good.toString(), a -> true).get("Caf\u00e9").entity());
    }

    @Test
    void malformedLineNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.tab");
        Files.writeString(bad, "Moon\tMoon\t0.8\nMoon only two\tfields\n");
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Wikidict.read(bad.toString(), a -> true));
        assertTrue(e.getMessage().contains(":2"), e.getMessage());
        Files.writeString(bad, "Moon\tMoon\thigh\n");
        e = assertThrows(CorpusFormatException.class, () -> Wikidict.read(bad.toString(), a -> true));
        assertTrue(e.getMessage().contains("not a number"), e.getMessage());
    }

    /**
     * A score of NaN or Infinity (Java reads both) became the wd.top.score feature's value, refused only when the
     * mention was extracted, as "feature 'wd.top.score' has a non-finite value NaN", naming neither file nor line.
     */
    @Test
    void nonFiniteScoreNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.tab");
        for (String score : new String[]{"NaN", "Infinity", "-Infinity", "1e999"}) {
            Files.writeString(bad, "Sun\tSun\t0.5\nMoon\tMoon\t" + score + "\n");
            CorpusFormatException e = assertThrows(CorpusFormatException.class,
                    () -> Wikidict.read(bad.toString(), a -> true), score);
            assertEquals(bad + ":2: score '" + score + "' is not a finite number", e.getMessage());
            e = assertThrows(CorpusFormatException.class, () -> Wikidict.forEach(bad.toString(), (x, y, z) -> { }));
            assertTrue(e.getMessage().startsWith(bad + ":2: "), e.getMessage());
        }
        // finite, but beyond the float range the feature value is stored in: "feature value ... out of range" later
        Files.writeString(bad, "Sun\tSun\t0.5\nMoon\tMoon\t1e300\n");
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Wikidict.read(bad.toString(), a -> true));
        assertEquals(bad + ":2: score '1e300' is out of range (|score| <= 3.4028235E38: models store feature values "
                + "as 32-bit floats)", e.getMessage());
    }

    @Test
    void spellingVariants() {
        assertEquals(List.of("NEW YORK", "new york", "New York"), new ArrayList<>(Wikidict.variants("NEW YORK")));
        assertEquals(List.of("Armstrong", "armstrong"), new ArrayList<>(Wikidict.variants("Armstrong")));
        assertEquals("St. Louis-Arena", Wikidict.capitalised("ST. LOUIS-ARENA"));
    }

    @Test
    void dictionaryBaselineIsCoreNlpsExactLookup() throws Exception {
        List<LinkDocument> test = LinkCorpus.read(LinkFixtures.testMentions());
        LinkEval e = LinkEval.of(test, LinkEval.dictionary(all()));
        // Armstrong -> Neil_Armstrong is wrong four times; Tour de France, Kittanning, Pennsylvania are right
        assertEquals(7, e.total());
        assertEquals(3 / 7.0, e.accuracy(), 1e-12);
        // a mention the dictionary lacks, or whose entity is no candidate, gets no link
        Wikidict other = Wikidict.of(Map.of("Armstrong", new Wikidict.Entry("Armstrong_(band)", 1.0)));
        assertEquals(0, LinkEval.of(test, LinkEval.dictionary(other)).accuracy());
    }

    @Test
    void candidateThatIsTheOneBestGetsTheFeatures() throws Exception {
        List<LinkDocument> test = LinkCorpus.read(LinkFixtures.testMentions());
        LinkDocument d = test.get(0); // Armstrong x2, Tour de France
        LinkFeatures f = LinkFeatures.linking(d, AliasPrior.empty(), all(), null, LinkOptions.NONE);
        LinkFeatures without = LinkFeatures.linking(d, AliasPrior.empty(), null, null, LinkOptions.NONE);
        List<String> neil = names(f, 0, 0);
        assertTrue(neil.contains("wd.top") && neil.contains("wd.top.score"), neil.toString());
        assertFalse(names(f, 0, 2).contains("wd.top"));
        assertTrue(names(f, 0, 2).stream().noneMatch(n -> n.startsWith("wd.top")));
        assertTrue(names(without, 0, 0).stream().noneMatch(n -> n.startsWith("wd.")));
        // "MOON"-style spellings: a variant lookup; a qualified dictionary title meets the bare candidate
        LinkDocument upper = new LinkDocument("u", List.of(), List.of(LinkMention.of("u", 0, "KITTANNING", List.of(
                new LinkCandidate("Kittanning,_Pennsylvania", 7, 400, 80), new LinkCandidate("Kittanning_(band)", 1, 2, 3))),
                LinkMention.of("u", 1, "Moon", List.of(new LinkCandidate("Moon", 13.2, 30000, 1000),
                        new LinkCandidate("Moon_(film)", 8, 500, 90)))));
        LinkFeatures fu = LinkFeatures.linking(upper, AliasPrior.empty(), all(), null, LinkOptions.NONE);
        assertTrue(names(fu, 0, 0).contains("wd.variant"), names(fu, 0, 0).toString());
        assertFalse(names(fu, 0, 1).contains("wd.variant"));
        assertTrue(names(fu, 1, 1).contains("wd.top")); // the dictionary says Moon_(film) ...
        assertTrue(names(fu, 1, 0).contains("wd.base"), names(fu, 1, 0).toString()); // ... whose base title is Moon
    }

    private static List<String> names(LinkFeatures f, int j, int c) {
        List<String> out = new ArrayList<>();
        f.extract(j, c, (n, v) -> out.add(n));
        return out;
    }

    @Test
    void aModelTrainedWithTheDictionaryRecordsItAndNeedsIt() throws Exception {
        List<LinkDocument> train = LinkCorpus.read(LinkFixtures.trainMentions());
        List<LinkDocument> test = LinkCorpus.read(LinkFixtures.testMentions());
        Wikidict wd = all();
        AliasPrior prior = AliasPrior.fromDocuments(train);
        Dataset ds = LinkDatasets.training(train, prior, wd, LinkOptions.NONE, 1);
        assertTrue(ds.features().size() > LinkDatasets.training(train, prior, null, LinkOptions.NONE, 1).features().size());
        LinearModel m = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(20).patience(0).build())
                .train(ds, null, TrainingListener.SILENT);
        m = m.withProvenance(m.provenance().with(Map.of(EntityLinker.WIKIDICT_KEY, "true",
                "link.features", LinkFeatures.COMPATIBLE)));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ModelIO.write(new EntityLinker(m, prior, wd, null, null).bundle(), b);
        EntityLinker loaded = EntityLinker.fromBundle(ModelIO.read(new ByteArrayInputStream(b.toByteArray()), "link", "test"));
        assertTrue(loaded.usesWikidict());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> loaded.predict(test.get(0)));
        assertTrue(e.getMessage().contains("wikidict"), e.getMessage());
        int[] p = loaded.withWikidict(wd).predict(test.get(0));
        assertEquals(3, p.length);
        // a model trained without it ignores a dictionary it is given
        LinearModel pm = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(20).patience(0).build())
                .train(LinkDatasets.training(train, prior, null, LinkOptions.NONE, 1), null, TrainingListener.SILENT);
        EntityLinker plain = new EntityLinker(pm, prior, wd, null, null);
        assertFalse(plain.usesWikidict());
        for (LinkDocument d : test) {
            assertEquals(java.util.Arrays.toString(plain.predict(d)), java.util.Arrays.toString(plain.withWikidict(wd).predict(d)));
        }
    }
}
