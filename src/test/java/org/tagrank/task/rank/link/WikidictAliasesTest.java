package org.tagrank.task.rank.link;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import org.junit.jupiter.api.Test;
import org.tagrank.core.Dataset;
import org.tagrank.core.LinearModel;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;
import org.tagrank.learn.TrainingListener;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WikidictAliasesTest {
    @Test
    void documentNgramsAsWrittenAndCapitalisedWhenAllCapitals() {
        LongOpenHashSet g = new LongOpenHashSet();
        WikidictAliases.ngrams(List.of("LANCE", "ARMSTRONG", "wins"), g);
        assertTrue(g.contains(WikidictAliases.hash("LANCE ARMSTRONG")));
        assertTrue(g.contains(WikidictAliases.hash("Lance Armstrong")));
        assertTrue(g.contains(WikidictAliases.hash("Armstrong")));
        assertTrue(g.contains(WikidictAliases.hash("LANCE ARMSTRONG wins")));
        assertFalse(g.contains(WikidictAliases.hash("Lance Armstrong wins"))); // "wins" is lower case: as written only
        assertFalse(g.contains(WikidictAliases.hash("ARMSTRONG LANCE")));
        assertFalse(g.contains(WikidictAliases.hash("LANCEARMSTRONG")));
        assertEquals(3 + 2 + 1 + 2 + 1, g.size()); // 6 sequences as written, 3 capitalised ones
        LongOpenHashSet longer = new LongOpenHashSet();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < WikidictAliases.MAX_WORDS + 1; i++) {
            many.add("w" + i);
        }
        WikidictAliases.ngrams(many, longer);
        assertTrue(longer.contains(WikidictAliases.hash(String.join(" ", many.subList(0, WikidictAliases.MAX_WORDS)))));
        assertFalse(longer.contains(WikidictAliases.hash(String.join(" ", many))));
    }

    @Test
    void readsTheDictionaryTheOtherWayRoundKeepingWhatTheDataCanUse() throws Exception {
        LongOpenHashSet g = new LongOpenHashSet();
        WikidictAliases.ngrams(List.of("Moon", "landing", "by", "Armstrong", "in", "Kittanning"), g);
        WikidictAliases.Builder b = new WikidictAliases.Builder(
                Set.of("Moon", "Moon_(film)", "Neil_Armstrong", "Louis_Armstrong", "Sacré-Cœur", "Nowhere"), g);
        Wikidict wd = Wikidict.read(WikidictTest.fixture().toString(), Set.of("Armstrong")::contains, b);
        // the forward lookup keeps what the filter accepts, as without the reverse entries
        assertEquals(1, wd.size());
        assertEquals("Neil_Armstrong", wd.get("Armstrong").entity());
        WikidictAliases wa = wd.aliases();
        // "Moon" has two lines: the last one (Moon_(film)) is its 1-best, as in the forward lookup
        assertEquals(0, wa.aliasCount("Moon"));
        assertEquals(1, wa.aliasCount("Moon_(film)"));
        assertEquals(List.of("Moon"), wa.inData("Moon_(film)").stream().map(WikidictAliases.Alias::text).toList());
        assertEquals(1, wa.aliasCount("Louis_Armstrong"));
        assertTrue(wa.inData("Louis_Armstrong").isEmpty()); // "armstrong" does not occur in the document
        assertEquals(0.61, wa.inData("Neil_Armstrong").get(0).score(), 1e-12);
        assertEquals(1, wa.aliasCount("Sacré-Cœur")); // titles are compared decoded
        assertEquals(0, wa.aliasCount("Kittanning,_Pennsylvania")); // in the document, but no candidate
        assertEquals(0, wa.aliasCount("Nowhere"));
        assertEquals(4, wa.entities());
        assertEquals(2, wa.aliasesInData());
        assertEquals(0, wa.bag("Neil_Armstrong").words().length); // no document vocabulary given: no bags
        assertEquals(WikidictAliases.GROUPS, wd.aliasGroups());
        assertTrue(wd.withAliasGroups(Set.of()).aliases() == null);
        assertThrows(IllegalStateException.class, () -> WikidictTest.all().withAliasGroups(Set.of("doc")));
    }

    @Test
    void groupsParse() {
        assertEquals(WikidictAliases.GROUPS, WikidictAliases.parseGroups("true"));
        assertEquals(Set.of("doc"), WikidictAliases.parseGroups("doc"));
        assertEquals("count,doc", WikidictAliases.format(WikidictAliases.parseGroups("doc, count")));
        assertEquals("count,ctx,doc", WikidictAliases.format(WikidictAliases.parseGroups("all")));
        assertThrows(IllegalArgumentException.class, () -> WikidictAliases.parseGroups("count,links"));
    }

    /** "Lance Armstrong ... Armstrong": the full name elsewhere in the document is evidence for Lance_Armstrong. */
    static LinkDocument cyclist() {
        List<LinkCandidate> cands = List.of(new LinkCandidate("Neil_Armstrong", 12.5, 9000, 300),
                new LinkCandidate("Armstrong_County,_Pennsylvania", 11.0, 2500, 200),
                new LinkCandidate("Lance_Armstrong", 10.5, 4000, 500));
        return new LinkDocument("c", List.of("Lance", "Armstrong", "leads", ".", "Armstrong", "won", "the", "Tour", "de",
                "France", "cycling", "race", "."),
                List.of(LinkMention.of("c", 0, "Armstrong", cands)));
    }

    static WikidictAliases cyclistAliases() {
        return WikidictAliases.of(Map.of(
                "Lance_Armstrong", Map.of("Lance Armstrong", 0.97, "Armstrong", 0.2, "L. Armstrong", 0.5,
                        "cyclist Armstrong", 1.0, "Tour winner Armstrong", 1.0),
                "Neil_Armstrong", Map.of("Neil Armstrong", 0.99, "Neil Alden Armstrong", 1.0, "First man", 0.4),
                "Armstrong_County,_Pennsylvania", Map.of("Armstrong County", 0.9, "county in Pennsylvania", 1.0)));
    }

    @Test
    void featuresFromTheCandidatesAliasCountsAndTheirOccurrencesInTheDocument() {
        LinkDocument d = cyclist();
        WikidictAliasFeatures f = new WikidictAliasFeatures(d, cyclistAliases(), WikidictAliases.GROUPS);
        Map<String, Double> lance = features(f, 0, 2);
        Map<String, Double> neil = features(f, 0, 0);
        Map<String, Double> county = features(f, 0, 1);
        // counts: Lance has 5 aliases, Neil 3, the county 2
        assertEquals(Math.log1p(5) / 5, lance.get("wda.n"), 1e-12);
        assertTrue(lance.containsKey("wda.n.rank=0") && neil.containsKey("wda.n.rank=1"), lance.toString());
        assertTrue(county.containsKey("wda.n.rank=2"), county.toString());
        assertEquals((Math.log1p(5) - Math.log1p(2)) / 5, county.get("wda.n.gap"), 1e-12);
        // alias words: Lance's bag {armstrong 5, lance 1, cyclist 1, tour 1, winner 1} without the mention's word;
        // "lance" and "tour" are in the document: 2 log 2 / sqrt(4 (log 2)^2) = 1
        assertEquals(1.0 / 5, lance.get("wda.ctx"), 1e-6);
        assertTrue(lance.containsKey("wda.ctx.rank=0") && !lance.containsKey("wda.ctx.zero"), lance.toString());
        assertTrue(neil.containsKey("wda.ctx.zero") && county.containsKey("wda.ctx.zero"), neil.toString());
        assertEquals(1.0 / 5, neil.get("wda.ctx.gap"), 1e-6);
        Set<String> noLance = Set.of("armstrong", "tour", "cycling");
        assertEquals(0.5, WikidictAliasFeatures.share(cyclistAliases().bag("Lance_Armstrong"), noLance, Set.of("armstrong")),
                1e-6);
        // in the document: "Lance Armstrong" (not "Armstrong": the mention's own text)
        assertEquals(1.0, lance.get("wda.doc"));
        assertEquals(Math.log1p(1) / 2, lance.get("wda.doc.n"), 1e-12);
        assertEquals(0.97, lance.get("wda.doc.score"), 1e-12);
        assertTrue(lance.containsKey("wda.doc.len=2") && lance.containsKey("wda.doc.rank=0")
                && lance.containsKey("wda.doc.only") && lance.containsKey("wda.doc.longer"), lance.toString());
        assertTrue(neil.containsKey("wda.doc.other") && !neil.containsKey("wda.doc"), neil.toString());
        assertTrue(county.containsKey("wda.doc.other"), county.toString());
        // one group only
        WikidictAliasFeatures countOnly = new WikidictAliasFeatures(d, cyclistAliases(), Set.of("count"));
        assertTrue(features(countOnly, 0, 2).keySet().stream().noneMatch(k -> k.startsWith("wda.doc") || k.startsWith("wda.ctx")));
        WikidictAliasFeatures docOnly = new WikidictAliasFeatures(d, cyclistAliases(), Set.of("doc"));
        assertTrue(features(docOnly, 0, 2).keySet().stream().noneMatch(k -> k.startsWith("wda.n") || k.startsWith("wda.ctx")));
        assertTrue(features(docOnly, 0, 2).containsKey("wda.doc.longer"));
    }

    @Test
    void aBagsArraysCannotBeChangedThroughItsAccessorsOrItsConstructor() {
        WikidictAliases wa = cyclistAliases();
        LinkDocument d = cyclist();
        Map<String, Double> before = features(new WikidictAliasFeatures(d, wa, WikidictAliases.GROUPS), 0, 2);
        WikidictAliases.Bag bag = wa.bag("Lance_Armstrong");
        String[] words = bag.words();
        float[] weights = bag.weights();
        List<String> wordsBefore = List.of(words.clone());
        assertEquals(5, bag.size());
        java.util.Arrays.fill(words, "zzz");
        java.util.Arrays.fill(weights, 100f);
        assertEquals(wordsBefore, List.of(wa.bag("Lance_Armstrong").words()), "words() is a copy");
        assertTrue(wa.bag("Lance_Armstrong").weights()[0] < 100f, "weights() is a copy");
        assertEquals(before, features(new WikidictAliasFeatures(d, wa, WikidictAliases.GROUPS), 0, 2));
        // the constructor copies too
        String[] ws = {"lance", "tour"};
        float[] wt = {1f, 1f};
        WikidictAliases.Bag own = new WikidictAliases.Bag(ws, wt, 2);
        ws[0] = "zzz";
        wt[0] = 9f;
        assertEquals(List.of("lance", "tour"), List.of(own.words()));
        assertEquals(1f, own.weights()[0]);
        assertThrows(IllegalArgumentException.class, () -> new WikidictAliases.Bag(ws, new float[1], 1));
    }

    private static Map<String, Double> features(WikidictAliasFeatures f, int j, int c) {
        Map<String, Double> out = new java.util.TreeMap<>();
        f.extract(j, c, out::put);
        return out;
    }

    @Test
    void aModelTrainedWithTheAliasFeaturesRecordsThemAndNeedsThem() throws Exception {
        List<LinkDocument> train = LinkCorpus.read(LinkFixtures.trainMentions());
        List<LinkDocument> test = LinkCorpus.read(LinkFixtures.testMentions());
        List<LinkDocument> both = new ArrayList<>(train);
        both.addAll(test);
        Wikidict wd = Wikidict.read(WikidictTest.fixture().toString(), a -> true,
                WikidictAliases.Builder.forDocuments(both));
        // the bags keep the alias words that occur in the documents: "Tour" and "France" of "Tour de France"
        assertEquals(List.of("france", "tour"), List.of(wd.aliases().bag("Tour_de_France").words()));
        Wikidict plainWd = WikidictTest.all();
        AliasPrior prior = AliasPrior.fromDocuments(train);
        Dataset ds = LinkDatasets.training(train, prior, wd, LinkOptions.NONE, 1);
        Dataset plainDs = LinkDatasets.training(train, prior, plainWd, LinkOptions.NONE, 1);
        assertTrue(ds.features().size() > plainDs.features().size());
        LinearModel m = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(20).patience(0).build())
                .train(ds, null, TrainingListener.SILENT);
        m = m.withProvenance(m.provenance().with(Map.of(EntityLinker.WIKIDICT_KEY, "true",
                EntityLinker.WIKIDICT_ALIASES_KEY, "count,doc", "link.features", LinkFeatures.COMPATIBLE)));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ModelIO.write(new EntityLinker(m, prior, wd, null, null).bundle(), b);
        EntityLinker loaded = EntityLinker.fromBundle(ModelIO.read(new ByteArrayInputStream(b.toByteArray()), "link", "test"));
        assertTrue(loaded.usesWikidict() && loaded.usesWikidictAliases());
        // a dictionary read without its aliases by entity: a clear error
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> loaded.withWikidict(plainWd));
        assertTrue(e.getMessage().contains("link.wikidict.aliases"), e.getMessage());
        assertEquals(3, loaded.withWikidict(wd).predict(test.get(0)).length);
        // a wikidict model without them ignores the reverse entries it is given: the same links as with the plain read
        LinearModel pm = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(20).patience(0).build())
                .train(plainDs, null, TrainingListener.SILENT);
        pm = pm.withProvenance(pm.provenance().with(Map.of(EntityLinker.WIKIDICT_KEY, "true")));
        EntityLinker plain = new EntityLinker(pm, prior, plainWd, null, null);
        assertFalse(plain.usesWikidictAliases());
        for (LinkDocument d : test) {
            assertEquals(java.util.Arrays.toString(plain.predict(d)), java.util.Arrays.toString(plain.withWikidict(wd).predict(d)));
        }
    }
}
