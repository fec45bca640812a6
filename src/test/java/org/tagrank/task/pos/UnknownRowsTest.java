package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.HashCommon;
import org.junit.jupiter.api.Test;
import org.tagrank.io.ModelBundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The bounded cache of unknown words' rows answers as building the row again would. */
class UnknownRowsTest {
    private static final FeatureTable.Row ROW_A = new FeatureTable.Row(-1, new int[]{1, 2}, new int[]{3});
    private static final FeatureTable.Row ROW_B = new FeatureTable.Row(-1, new int[]{4, 5}, new int[]{6});

    @Test
    void aWordIsFoundUntilTwoNewerWordsOfItsSetHaveCome() {
        UnknownRows one = new UnknownRows(2); // one set: every word shares its two slots
        assertNull(one.get("zebra"));
        one.put("zebra", ROW_A);
        assertSame(ROW_A, one.get("zebra"));
        assertNull(one.get("okapi"), "another word must not get zebra's row");
        one.put("okapi", ROW_B);
        assertSame(ROW_B, one.get("okapi"));
        assertSame(ROW_A, one.get("zebra"), "in the second slot now");
        one.put("gnu", ROW_A);
        assertNull(one.get("zebra"), "evicted: the oldest of the set");
        assertSame(ROW_B, one.get("okapi"));
        assertSame(ROW_A, one.get("gnu"));
        assertSame(ROW_B, one.get(new String("okapi".toCharArray())), "looked up by value, not identity");
    }

    @Test
    void theCapacityIsAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new UnknownRows(0));
        assertThrows(IllegalArgumentException.class, () -> new UnknownRows(1));
        assertThrows(IllegalArgumentException.class, () -> new UnknownRows(1000));
    }

    @Test
    void theTableGivesAnUnknownWordTheRowItWouldBuildBeforeAndAfterEviction() throws Exception {
        ModelBundle bundle = PosFeatureTableTest.train(PosFeatureTableTest.withLexiconTemplates(), PosFeatureTableTest.unlabeled(2));
        FeatureTable table = PosTagger.fromBundle(bundle).table();
        String word = "Zebra-77s";
        assertEquals(-1, table.vocabId(word));
        FeatureTable.Row first = table.row(word);
        assertSame(first, table.row(word), "the second lookup is served by the cache");
        int sets = UnknownRows.CAPACITY / 2;
        int set = HashCommon.mix(word.hashCode()) & (sets - 1);
        for (int i = 0, found = 0; found < 2; i++) { // two newer words of its set push it out
            if ((HashCommon.mix(("unseen" + i).hashCode()) & (sets - 1)) == set) {
                table.row("unseen" + i);
                found++;
            }
        }
        FeatureTable.Row again = table.row(word);
        FeatureTable.Row reference = PosTagger.fromBundle(bundle).table().row(word);
        for (FeatureTable.Row r : new FeatureTable.Row[]{again, reference}) {
            assertNotSame(first, r);
            assertEquals(first.vocabId(), r.vocabId());
            assertArrayEquals(first.ids(), r.ids());
            assertArrayEquals(first.values(), r.values());
            assertArrayEquals(first.ngrams(), r.ngrams());
        }
    }
}
