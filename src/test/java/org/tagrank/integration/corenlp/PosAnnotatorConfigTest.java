package org.tagrank.integration.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.tagrank.integration.corenlp.PosAnnotatorConfig.MaxLengthPolicy;
import org.tagrank.task.pos.PosTagger;

class PosAnnotatorConfigTest {

    private static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    private static String error(String name, Properties p) {
        return assertThrows(IllegalArgumentException.class, () -> PosAnnotatorConfig.fromProperties(name, p))
                .getMessage();
    }

    @Test
    void defaultsWhenNoKeysAreSet() {
        PosAnnotatorConfig c = PosAnnotatorConfig.fromProperties("trpos", props());
        assertEquals(PosAnnotatorConfig.defaults("trpos"), c);
        assertEquals(PosTagger.DEFAULT_MODEL, c.model());
        assertNull(c.lexicon());
        assertEquals(1, c.nthreads());
        assertEquals(Integer.MAX_VALUE, c.maxlen());
        assertEquals(MaxLengthPolicy.FAIL, c.policy());
        assertFalse(c.upos());
        assertEquals(0, c.beam(), "0 = the model's own beam");
    }

    @Test
    void readsEveryKeyOfItsOwnName() {
        PosAnnotatorConfig c = PosAnnotatorConfig.fromProperties("trpos", props(
                "trpos.model", " my/model.lin.zip ", "trpos.lexicon", "lex.tsv", "trpos.nthreads", "3",
                "trpos.maxlen", "40", "trpos.maxlen.policy", "split", "trpos.upos", "TRUE", "trpos.beam", "4"));
        assertEquals(new PosAnnotatorConfig("trpos", "my/model.lin.zip", "lex.tsv", 3, 40, MaxLengthPolicy.SPLIT,
                true, 4), c);
    }

    /**
     * The policy in any case, as trpos.upos takes TRUE and CoreNLP its -outputFormat CONLLU: 'SPLIT' stopped the
     * pipeline with "must be 'fail' or 'split', got 'SPLIT'".
     */
    @Test
    void thePolicyIsReadInAnyCase() {
        for (String v : new String[]{"SPLIT", "Split", "split"}) {
            assertEquals(MaxLengthPolicy.SPLIT, PosAnnotatorConfig.fromProperties("trpos",
                    props("trpos.maxlen", "10", "trpos.maxlen.policy", v)).policy(), v);
        }
        assertEquals(MaxLengthPolicy.FAIL, PosAnnotatorConfig.fromProperties("trpos",
                props("trpos.maxlen", "10", "trpos.maxlen.policy", "FAIL")).policy());
    }

    @Test
    void readsOnlyKeysOfItsOwnName() {
        Properties p = props("pos.model", "other.tagger", "pos.maxlen", "5", "trpos2.nthreads", "7",
                "other.upos", "true", "trposmodel", "x", "customAnnotatorClass.trpos", "some.Class",
                "trpos2.bogus", "1");
        PosAnnotatorConfig c = PosAnnotatorConfig.fromProperties("trpos", p);
        assertEquals(PosAnnotatorConfig.defaults("trpos"), c);
        // a second instance under another name reads its own keys
        assertEquals(7, PosAnnotatorConfig.fromProperties("trpos3", props("trpos3.nthreads", "7")).nthreads());
    }

    @Test
    void nthreadsFallsBackToGlobalNthreads() {
        assertEquals(4, PosAnnotatorConfig.fromProperties("trpos", props("nthreads", "4")).nthreads());
        assertEquals(2, PosAnnotatorConfig.fromProperties("trpos",
                props("nthreads", "4", "trpos.nthreads", "2")).nthreads());
        assertTrue(error("trpos", props("nthreads", "many")).startsWith("nthreads must be a positive integer"));
    }

    @Test
    void unknownKeysOfItsNameFailWithTheKnownKeys() {
        String msg = error("trpos", props("trpos.modle", "x", "trpos.upos", "true"));
        assertTrue(msg.contains("unknown property trpos.modle"), msg);
        assertTrue(msg.contains("trpos.model"), msg);
        assertTrue(msg.contains("trpos.maxlen.policy"), msg);
        String two = error("trpos", props("trpos.a", "1", "trpos.b", "2"));
        assertTrue(two.contains("unknown properties trpos.a, trpos.b"), two);
    }

    @Test
    void badValuesFailNamingTheKey() {
        assertEquals("trpos.nthreads must be a positive integer, got '0'",
                error("trpos", props("trpos.nthreads", "0")));
        assertEquals("trpos.nthreads must be a positive integer, got 'two'",
                error("trpos", props("trpos.nthreads", "two")));
        assertEquals("trpos.maxlen must be a positive integer, got '-1'",
                error("trpos", props("trpos.maxlen", "-1")));
        assertEquals("trpos.maxlen.policy must be 'fail' or 'split', got 'truncate'",
                error("trpos", props("trpos.maxlen", "10", "trpos.maxlen.policy", "truncate")));
        assertEquals("trpos.upos must be 'true' or 'false', got 'yes'",
                error("trpos", props("trpos.upos", "yes")));
        assertEquals("trpos.model must not be blank", error("trpos", props("trpos.model", "  ")));
        assertEquals("trpos.lexicon must not be blank when given", error("trpos", props("trpos.lexicon", "")));
        assertTrue(error("trpos", props("trpos.maxlen.policy", "split")).contains("trpos.maxlen is not"));
        assertEquals("trpos.beam must be a positive integer, got '0'", error("trpos", props("trpos.beam", "0")));
        assertEquals("trpos.beam must be in 1..64, got 65", error("trpos", props("trpos.beam", "65")));
        assertTrue(error(" ", props()).contains("name"));
    }
}
