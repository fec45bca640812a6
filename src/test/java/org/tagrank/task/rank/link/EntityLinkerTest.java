package org.tagrank.task.rank.link;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tagrank.core.Dataset;
import org.tagrank.core.LinearModel;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;
import org.tagrank.learn.TrainingListener;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityLinkerTest {
    static List<LinkDocument> train;
    static List<LinkDocument> test;

    @BeforeAll
    static void read() throws Exception {
        train = LinkCorpus.read(LinkFixtures.trainMentions());
        test = LinkCorpus.read(LinkFixtures.testMentions());
    }

    static EntityLinker train(TrainerConfig.Learner learner) {
        AliasPrior prior = AliasPrior.fromDocuments(train);
        Dataset d = LinkDatasets.training(train, prior, null, LinkOptions.NONE, 1);
        LinearModel m = Trainers.create(TrainerConfig.builder(learner).epochs(20).patience(0).build())
                .train(d, null, TrainingListener.SILENT);
        // the manifest entries training writes (a model file without link.features is refused)
        return new EntityLinker(m.withProvenance(m.provenance().with(EntityLinker.optionProvenance(LinkOptions.NONE))), prior);
    }

    @Test
    void armstrongInACyclingStoryIsTheCyclistNotTheCounty() {
        for (TrainerConfig.Learner l : List.of(TrainerConfig.Learner.LR, TrainerConfig.Learner.SVM,
                TrainerConfig.Learner.PERCEPTRON)) {
            EntityLinker linker = train(l);
            LinkDocument cycling = test.get(0);
            List<EntityLinker.Ranked> r = linker.rank(cycling).get(0);
            assertEquals("Armstrong", cycling.mentions().get(0).text());
            assertEquals("Lance_Armstrong", r.get(0).title(), l + ": " + r);
            int lance = indexOf(r, "Lance_Armstrong");
            int county = indexOf(r, "Armstrong_County,_Pennsylvania");
            assertTrue(lance < county, l + ": " + r);
            // the same surface in a county-budget story goes to the county
            assertEquals("Armstrong_County,_Pennsylvania", linker.rank(test.get(1)).get(0).get(0).title(), l.id());
        }
    }

    @Test
    void beatsTheMostPopularBaselineOnHeldOutFixtures() {
        EntityLinker linker = train(TrainerConfig.Learner.LR);
        LinkEval e = LinkEval.of(test, linker::predict);
        LinkEval pop = LinkEval.of(test, LinkEval::mostPopular);
        assertEquals(7, e.total());
        assertEquals(1.0, e.accuracy(), 1e-9);
        assertTrue(pop.accuracy() < 0.5, "most popular would pick the astronaut: " + pop.accuracy());
    }

    @Test
    void probabilitiesAreSortedAndSumToOne() {
        EntityLinker linker = train(TrainerConfig.Learner.LR);
        for (List<EntityLinker.Ranked> r : linker.rank(test.get(0))) {
            double sum = 0;
            for (int i = 0; i < r.size(); i++) {
                sum += r.get(i).probability();
                if (i > 0) {
                    assertTrue(r.get(i - 1).score() >= r.get(i).score());
                }
            }
            assertEquals(1.0, sum, 1e-9);
        }
    }

    @Test
    void sportsFeaturesAreOptionalAndRecordedInTheModel() throws Exception {
        AliasPrior prior = AliasPrior.fromDocuments(train);
        Dataset plain = LinkDatasets.training(train, prior, null, LinkOptions.NONE, 1);
        Dataset sports = LinkDatasets.training(train, prior, null, LinkOptions.sportsOnly(true), 1);
        assertTrue(plain.features().names().stream().noneMatch(n -> n.startsWith("sp.")));
        assertTrue(sports.features().names().stream().anyMatch(n -> n.startsWith("sp.kind=")));
        LinearModel m = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(5).patience(0).build())
                .train(sports, null, TrainingListener.SILENT);
        m = m.withProvenance(m.provenance().with(EntityLinker.SPORTS_KEY, "true")
                .with("link.features", LinkFeatures.VERSION));
        EntityLinker a = new EntityLinker(m, prior);
        EntityLinker back = read(bytes(a));
        assertTrue(EntityLinker.usesSports(back.bundle().model()));
        // the same weights without the flag: the sp.* weights are then never used, so some score differs
        EntityLinker without = new EntityLinker(m.withProvenance(m.provenance().with(EntityLinker.SPORTS_KEY, "false")),
                prior);
        for (LinkDocument d : test) {
            assertArrayEquals(a.predict(d), back.predict(d));
        }
        assertTrue(maxScoreDifference(back, without) > 1e-9);
        assertTrue(!EntityLinker.usesSports(train(TrainerConfig.Learner.LR).bundle().model()));
    }

    @Test
    void contextCorefAndTypeFeaturesAreOptionalAndTheContextModelTravelsWithTheModel() throws Exception {
        AliasPrior prior = AliasPrior.fromDocuments(train);
        EntityContext ctx = EntityContext.fromDocuments(train, 100);
        LinkOptions all = new LinkOptions(false, ctx, 0, true, true);
        Dataset plain = LinkDatasets.training(train, prior, null, LinkOptions.NONE, 1);
        Dataset extra = LinkDatasets.training(train, prior, null, all, 1);
        assertTrue(plain.features().names().stream().noneMatch(n -> n.startsWith("ectx.") || n.startsWith("cr.")
                || n.startsWith("ty=")));
        assertTrue(extra.features().names().stream().anyMatch(n -> n.startsWith("ectx.")));
        assertTrue(extra.features().names().stream().anyMatch(n -> n.startsWith("cr.")));
        assertTrue(extra.features().names().stream().anyMatch(n -> n.startsWith("ty=")));
        LinearModel m = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(5).patience(0).build())
                .train(extra, null, TrainingListener.SILENT);
        m = m.withProvenance(m.provenance().with(EntityLinker.CONTEXT_KEY, "true").with(EntityLinker.COREF_KEY, "true")
                .with(EntityLinker.TYPES_KEY, "true").with("link.features", LinkFeatures.VERSION));
        EntityLinker a = new EntityLinker(m, prior, null, ctx, null);
        EntityLinker back = read(bytes(a));
        for (LinkDocument d : test) {
            assertArrayEquals(a.predict(d), back.predict(d));
        }
        // the same weights without the context model's flag: the ectx.* weights are unused, so some score differs
        EntityLinker without = new EntityLinker(m.withProvenance(m.provenance().with(EntityLinker.CONTEXT_KEY, "false")),
                prior);
        assertTrue(maxScoreDifference(back, without) > 1e-9);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new EntityLinker(
                back.model(), prior));
    }

    @Test
    void embeddingFeaturesAreOptionalAndTheirVectorsTravelWithTheModel() throws Exception {
        AliasPrior prior = AliasPrior.fromDocuments(train);
        LinkEmbeddings emb = LinkEmbeddings.fromDocuments(
                org.tagrank.feature.WordVectors.parse(EmbeddingFeaturesTest.VECTORS, "test"), train);
        LinkOptions options = new LinkOptions(false, null, 0, false, false,
                new EmbeddingOptions(emb, 5, true, List.of("doc", "win", "full"), true));
        Dataset extra = LinkDatasets.training(train, prior, null, options, 1);
        assertTrue(extra.features().names().stream().anyMatch(n -> n.startsWith("emb.doc")));
        assertTrue(extra.features().names().stream().anyMatch(n -> n.startsWith("emb.win")));
        LinearModel m = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(5).patience(0).build())
                .train(extra, null, TrainingListener.SILENT);
        java.util.Map<String, String> prov = EntityLinker.optionProvenance(options);
        assertEquals(LinkFeatures.EMBEDDINGS, prov.get("link.features"));
        assertEquals("true", prov.get(EntityLinker.EMBEDDINGS_KEY));
        assertEquals("5", prov.get(EmbeddingOptions.WINDOW_KEY));
        assertEquals("true", prov.get(EmbeddingOptions.UNSEEN_KEY));
        assertEquals("doc,win,full", prov.get(EmbeddingOptions.GROUPS_KEY));
        assertEquals("true", prov.get(EmbeddingOptions.CENTER_KEY));
        assertEquals(null, prov.get(EmbeddingOptions.VOCAB_KEY)); // the training documents' words only
        assertEquals("all", EntityLinker.optionProvenance(new LinkOptions(false, null, 0, false, false,
                new EmbeddingOptions(LinkEmbeddings.fromDocuments(org.tagrank.feature.WordVectors.parse(
                        EmbeddingFeaturesTest.VECTORS, "test"), train, true), 0))).get(EmbeddingOptions.VOCAB_KEY));
        assertTrue(extra.features().names().stream().anyMatch(n -> n.startsWith("emb.full")));
        assertTrue(extra.features().names().stream().noneMatch(n -> n.startsWith("emb.max")));
        m = m.withProvenance(m.provenance().with(prov));
        EntityLinker a = new EntityLinker(m, prior, null, null, emb);
        EntityLinker back = roundTrip(a);
        // the same weights without the embeddings flag: the emb.* weights are unused, so some score differs
        EntityLinker without = new EntityLinker(m.withProvenance(m.provenance().with(EntityLinker.EMBEDDINGS_KEY,
                "false")), prior);
        assertTrue(maxScoreDifference(back, without) > 1e-9);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new EntityLinker(
                back.model(), prior));
    }

    @Test
    void coocFeaturesAreOptionalAndTheirTableTravelsWithTheModel() throws Exception {
        AliasPrior prior = AliasPrior.fromDocuments(train);
        EntityCooc co = EntityCooc.fromDocuments(train, 1);
        LinkOptions options = new LinkOptions(false, null, 0, false, false, null, co);
        Dataset extra = LinkDatasets.training(train, prior, null, options, 1);
        // left out, each fixture pair still has its other document
        assertTrue(extra.features().names().stream().anyMatch(n -> n.startsWith("co.lik")));
        LinearModel m = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(5).patience(0).build())
                .train(extra, null, TrainingListener.SILENT);
        java.util.Map<String, String> prov = EntityLinker.optionProvenance(options);
        // a version no TagRank before the co.* features accepts, with or without the embeddings
        assertEquals(LinkFeatures.COOC, prov.get("link.features"));
        assertEquals(LinkFeatures.COOC, EntityLinker.optionProvenance(new LinkOptions(false, null, 0, false, false,
                new EmbeddingOptions(LinkEmbeddings.fromDocuments(org.tagrank.feature.WordVectors.parse(
                        EmbeddingFeaturesTest.VECTORS, "test"), train), 0, false, List.of("full"), false), co))
                .get("link.features"));
        assertTrue(!LinkFeatures.COOC.equals(LinkFeatures.VERSION) && !LinkFeatures.COOC.equals(LinkFeatures.EMBEDDINGS));
        assertEquals("true", prov.get(EntityLinker.COOC_KEY));
        m = m.withProvenance(m.provenance().with(prov));
        EntityLinker a = new EntityLinker(m, prior, null, null, null, co);
        EntityLinker back = roundTrip(a);
        // a table made with another threshold than the manifest says is a model error
        LinearModel min2 = m.withProvenance(m.provenance().with(EntityLinker.COOC_KEY + ".min", "2"));
        String msg = org.junit.jupiter.api.Assertions.assertThrows(org.tagrank.io.ModelFormatException.class,
                () -> EntityLinker.fromBundle(new EntityLinker(min2, prior, null, null, null, co).bundle())).getMessage();
        assertTrue(msg.contains("link.cooc.min=2"), msg);
        EntityLinker without = new EntityLinker(m.withProvenance(m.provenance().with(EntityLinker.COOC_KEY, "false")),
                prior);
        assertTrue(maxScoreDifference(back, without) > 1e-9);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new EntityLinker(
                back.model(), prior));
    }

    /**
     * The linker written and read back, checked to predict as the original on the test documents, score within 1e-6,
     * and write the same bytes again.
     */
    private static EntityLinker roundTrip(EntityLinker a) throws java.io.IOException {
        byte[] x = bytes(a);
        EntityLinker back = read(x);
        for (LinkDocument d : test) {
            assertArrayEquals(a.predict(d), back.predict(d));
        }
        assertTrue(maxScoreDifference(a, back) <= 1e-6);
        assertArrayEquals(x, bytes(back));
        return back;
    }

    /** The largest difference between the two linkers' scores of a candidate over the test documents. */
    private static double maxScoreDifference(EntityLinker a, EntityLinker b) {
        double max = 0;
        for (LinkDocument d : test) {
            List<List<EntityLinker.Ranked>> ra = a.rank(d);
            List<List<EntityLinker.Ranked>> rb = b.rank(d);
            for (int j = 0; j < ra.size(); j++) {
                for (int k = 0; k < ra.get(j).size(); k++) {
                    max = Math.max(max, Math.abs(ra.get(j).get(k).score() - rb.get(j).get(k).score()));
                }
            }
        }
        return max;
    }

    private static byte[] bytes(EntityLinker linker) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelIO.write(linker.bundle(), out);
        return out.toByteArray();
    }

    private static EntityLinker read(byte[] model) throws java.io.IOException {
        return EntityLinker.fromBundle(ModelIO.read(new ByteArrayInputStream(model), EntityLinker.TASK, "test"));
    }

    @Test
    void modelFileRoundTripKeepsPredictionsAndBytesAreReproducible() throws Exception {
        EntityLinker a = train(TrainerConfig.Learner.LR);
        EntityLinker b = train(TrainerConfig.Learner.LR);
        byte[] x = bytes(a);
        assertArrayEquals(x, bytes(b));
        EntityLinker back = read(x);
        for (LinkDocument d : test) {
            assertArrayEquals(a.predict(d), back.predict(d));
        }
        assertTrue(maxScoreDifference(a, back) <= 1e-6);
    }

    @Test
    void instancesCarryTheGoldAndScoreLikeRank() {
        EntityLinker linker = train(TrainerConfig.Learner.LR);
        LinkDocument d = test.get(0);
        List<org.tagrank.core.CandidateInstance> xs = linker.instances(d);
        assertEquals(d.mentions().size(), xs.size());
        for (int j = 0; j < xs.size(); j++) {
            assertEquals(d.mentions().get(j).goldIndex(), xs.get(j).gold());
            assertEquals(linker.rank(d).get(j).get(0).candidate(), linker.model().argmax(xs.get(j)));
        }
    }

    @Test
    void mentionWithoutCandidatesIsNil() {
        EntityLinker linker = train(TrainerConfig.Learner.LR);
        LinkDocument d = new LinkDocument("x", List.of("Nobody", "came"),
                List.of(LinkMention.of("x", 0, "Nobody", List.of())));
        assertEquals(-1, linker.predict(d)[0]);
        assertTrue(linker.rank(d).get(0).isEmpty());
    }

    private static int indexOf(List<EntityLinker.Ranked> r, String title) {
        for (int i = 0; i < r.size(); i++) {
            if (r.get(i).title().equals(title)) {
                return i;
            }
        }
        throw new AssertionError(title + " not ranked");
    }

    /** The trained test model written to a file, its manifest entry {@code key} set to {@code value} (null: removed). */
    private static java.nio.file.Path withManifest(java.nio.file.Path dir, String key, String value) throws Exception {
        LinearModel m = train(TrainerConfig.Learner.LR).model();
        java.util.Map<String, String> p = new java.util.TreeMap<>(m.provenance().entries());
        if (value == null) {
            p.remove(key);
        } else {
            p.put(key, value);
        }
        java.nio.file.Path file = dir.resolve("m.lin.zip");
        ModelIO.write(new EntityLinker(m.withProvenance(new org.tagrank.core.Provenance(p)), AliasPrior.fromDocuments(train))
                .bundle(), file);
        return file;
    }

    @Test
    void aManifestWithoutLinkFeaturesOrWithUnknownPassesIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // both loaded silently: a missing version skipped the check, and any passes but "2" meant one pass
        String none = withManifest(dir, "link.features", null).toString();
        String msg = org.junit.jupiter.api.Assertions.assertThrows(org.tagrank.io.ModelFormatException.class,
                () -> EntityLinker.load(none)).getMessage();
        assertEquals(none + ": the manifest lacks link.features (the feature version the model was trained with)", msg);
        String seven = withManifest(dir, EntityLinker.PASSES_KEY, "7").toString();
        msg = org.junit.jupiter.api.Assertions.assertThrows(org.tagrank.io.ModelFormatException.class,
                () -> EntityLinker.load(seven)).getMessage();
        assertEquals(seven + ": the manifest's link.passes=7, this TagRank links in 1 or 2 passes", msg);
        for (String ok : new String[]{"1", null}) { // absent in models trained before two-pass linking
            EntityLinker.load(withManifest(dir, EntityLinker.PASSES_KEY, ok).toString());
        }
    }
}
