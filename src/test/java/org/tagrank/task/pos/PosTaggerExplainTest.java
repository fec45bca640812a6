package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.core.Contribution;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** explain() explains the tag this tagger gives, also when it decodes with a beam (as tag --beam B --explain N prints it). */
class PosTaggerExplainTest {
    @Test
    void aBeamTaggerExplainsItsOwnTagNotTheGreedyOne() throws IOException {
        PosTagger greedy = PosTagger.loadDefault();
        PosTagger beam = greedy.withBeam(4);
        // with the bundled model, greedy and beam 4 differ on "complex" (made-up sentence)
        List<String> words = List.of("The", "complex", "houses", "married", "and", "single", "soldiers", ".");
        String g = greedy.tag(words).xpos().get(1);
        String b = beam.tag(words).xpos().get(1);
        assertFalse(g.equals(b), "the example needs greedy and beam to differ: both " + g);
        for (PosTagger t : List.of(greedy, beam)) {
            String tag = t.tag(words).xpos().get(1);
            List<Contribution> why = t.explain(words, 1, 10);
            assertFalse(why.isEmpty());
            for (Contribution c : why) {
                assertTrue(c.feature().endsWith(" ∧ " + tag), "beam " + t.beamWidth() + ": " + c.feature() + " does not explain " + tag);
            }
        }
        assertEquals(greedy.explain(words, 0, 5), beam.explain(words, 0, 5), "the same tag and history: the same features");
    }
}
