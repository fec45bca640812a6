package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input in the middle of a run on stdout: the sentences before it were tagged but never written (the batch being
 * read, the batches in flight and the writer's buffer were dropped), so the output said nothing of how far it got. They
 * now come out, in order, before the one-line error and exit code 2.
 */
class TagStopsAfterWritingTest {

    @Test
    void everySentenceBeforeTheBadLineIsWritten() {
        byte[] bom = "The dog barks\nA cat sleeps\n\uFEFFbad line\nmore words\n".getBytes(StandardCharsets.UTF_8);
        byte[] utf8 = BadInputCliTest.concat("The dog barks\nA cat sleeps\n".getBytes(StandardCharsets.UTF_8),
                BadInputCliTest.BAD, "bad\nmore words\n".getBytes(StandardCharsets.UTF_8));
        for (byte[] in : new byte[][]{bom, utf8}) {
            for (String threads : new String[]{"1", "3"}) {
                BadInputCliTest.Run r = BadInputCliTest.run(in, "tag", "--input-format", "tokens", "--threads", threads,
                        "--quiet");
                assertEquals(2, r.code(), r.err());
                assertTrue(r.err().startsWith("tagrank: <stdin>:3: "), r.err());
                assertEquals(2, r.out().lines().count(), "threads " + threads + ": " + r.out());
                assertTrue(r.out().startsWith("The_DT dog_NN barks_VBZ\nA_DT cat_NN sleeps_VBZ"), r.out());
            }
        }
    }
}
