package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * tag --explain on CoNLL-U replaces the explanation lines of an earlier run, but took every comment starting
 * '# explain ' or '# explain:' for one: an annotator's '# explain: why this is NNP' was dropped without a word.
 */
class TagExplainOwnCommentsTest {
    @Test
    void commentsThatOnlyStartLikeAnExplanationStay() {
        String in = "# sent_id = 1\n"
                + "# explain: the annotators disagreed on 'dog'\n"
                + "# explain token list kept by hand\n"
                + "# explain token 9 'x' -> NN (old run)\n"
                + "1\tThe\t_\t_\t_\t_\t_\t_\t_\t_\n"
                + "2\tdog\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        BadInputCliTest.Run r = BadInputCliTest.run(in.getBytes(StandardCharsets.UTF_8), "tag", "--input-format", "conllu",
                "--explain", "2", "--quiet");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("# sent_id = 1", lines[0]);
        assertEquals("# explain: the annotators disagreed on 'dog'", lines[1]);
        assertEquals("# explain token list kept by hand", lines[2]);
        assertTrue(lines[3].startsWith("# explain token 2 'dog' -> NN"), r.out());
        assertEquals(1, r.out().split("# explain token 2 ", -1).length - 1, r.out());
        assertTrue(!r.out().contains("(old run)"), "an earlier run's header is still replaced: " + r.out());
    }
}
