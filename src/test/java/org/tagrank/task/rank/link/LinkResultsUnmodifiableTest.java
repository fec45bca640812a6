package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;
import org.tagrank.core.CandidateInstance;
import org.tagrank.learn.TrainerConfig;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The linker's per-document results are values: a caller cannot add, drop or replace a mention's entry. */
class LinkResultsUnmodifiableTest {

    @Test
    void rankAndInstancesAreUnmodifiable() throws Exception {
        EntityLinkerTest.read();
        EntityLinker linker = EntityLinkerTest.train(TrainerConfig.Learner.LR);
        LinkDocument doc = EntityLinkerTest.test.get(0);

        List<List<EntityLinker.Ranked>> ranked = linker.rank(doc);
        assertFalse(ranked.isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> ranked.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> ranked.set(0, List.of()));

        List<CandidateInstance> xs = linker.instances(doc);
        assertFalse(xs.isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> xs.set(0, null));
    }
}
