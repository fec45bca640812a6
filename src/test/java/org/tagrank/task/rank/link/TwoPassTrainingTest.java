package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;
import org.tagrank.core.LinearModel;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TwoPassTrainingTest {
    @Test
    void twoPassModelHoldsBothPassesAndLinksTheFixtures() throws Exception {
        List<LinkDocument> train = LinkCorpus.read(LinkFixtures.trainMentions());
        List<LinkDocument> test = LinkCorpus.read(LinkFixtures.testMentions());
        AliasPrior prior = AliasPrior.fromDocuments(train);
        TrainerConfig cfg = TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(20).patience(0).build();
        List<String> progress = new ArrayList<>();
        LinearModel m = TwoPassTraining.train(train, test, prior, null, 1, cfg, 2, TrainingListener.SILENT, progress::add);
        assertTrue(progress.get(0).startsWith("first pass, fold 1/2"), progress.toString());
        List<String> names = m.features().names();
        assertTrue(names.stream().anyMatch(n -> n.startsWith(EntityLinker.PASS1 + "prior")), "first-pass block");
        assertTrue(names.stream().anyMatch(n -> n.startsWith("fp.")), "second-pass features");
        assertTrue(names.stream().anyMatch(n -> n.equals("prior")), "second-pass copy of the base features");
        m = m.withProvenance(m.provenance().with(Map.of(EntityLinker.PASSES_KEY, "2",
                "link.features", LinkFeatures.COMPATIBLE)));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ModelIO.write(new EntityLinker(m, prior).bundle(), b);
        EntityLinker linker = EntityLinker.fromBundle(ModelIO.read(new ByteArrayInputStream(b.toByteArray()), "link", "t"));
        assertTrue(EntityLinker.twoPass(linker.model()));
        assertEquals("Lance_Armstrong", linker.rank(test.get(0)).get(0).get(0).title());
        assertEquals("Armstrong_County,_Pennsylvania", linker.rank(test.get(1)).get(0).get(0).title());
        LinkEval e = LinkEval.of(test, linker::predict);
        assertTrue(e.accuracy() > LinkEval.of(test, LinkEval::mostPopular).accuracy(), "accuracy " + e.accuracy());
    }

    @Test
    void secondPassFeaturesReadTheOtherMentionsLinks() throws Exception {
        List<LinkDocument> test = LinkCorpus.read(LinkFixtures.testMentions());
        LinkDocument county = test.get(1); // Armstrong, Armstrong, Kittanning, Pennsylvania
        int[] fp = {1, 1, 0, 0};
        LinkFeatures f = LinkFeatures.linking(county, AliasPrior.empty(), null, fp, LinkOptions.NONE);
        List<String> names = new ArrayList<>();
        f.extract(3, 0, (n, v) -> names.add(n)); // Pennsylvania: other mentions' links have no pattern
        assertTrue(names.contains("fp.nopat"), names.toString());
        assertThrows(IllegalArgumentException.class,
                () -> LinkFeatures.linking(county, AliasPrior.empty(), null, new int[]{0}, LinkOptions.NONE));
        assertThrows(IllegalArgumentException.class, () -> TwoPassTraining.train(List.of(), null, AliasPrior.empty(), null,
                1, TrainerConfig.builder(TrainerConfig.Learner.LR).build(), 1, TrainingListener.SILENT, s -> { }));
    }
}
