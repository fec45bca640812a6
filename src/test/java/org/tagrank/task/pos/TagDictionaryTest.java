package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.core.LabelSet;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagDictionaryTest {
    private static final LabelSet TAGS = LabelSet.of(List.of("DT", "NN", "VB"));

    @Test
    void parsesWhatItFormats() throws IOException {
        String text = "a\\tb\t3\t-\tDT NN\nrun\t12\t-\tNN VB\nthe\t40\tDT\tDT\nzebra\t1\t-\t\n";
        TagDictionary d = TagDictionary.parse(text, TAGS);
        assertEquals(text, d.format(TAGS));
        assertEquals(TAGS.indexOf("DT"), d.fixedTag("the"));
        assertEquals(-1, d.fixedTag("run"));
        assertArrayEquals(new int[]{1, 2}, d.allowed("run"));
        assertArrayEquals(new int[]{0, 1}, d.allowed("a\tb"), "escaped TAB in the word");
        assertNull(d.allowed("zebra"));
        assertTrue(d.words().contains("zebra"));
        PosTagger bundled = PosTagger.loadDefault();
        String shipped = bundled.bundle().attachment("tagdict.tsv");
        assertEquals(shipped, TagDictionary.parse(shipped, bundled.bundle().model().labels()).format(bundled.bundle().model().labels()));
    }

    @Test
    void badLinesNameTheirNumber() {
        for (String bad : List.of("ok\t1\t-\tDT\nthree\t1\t-\n", "ok\t1\t-\tDT\nfive\t1\t-\tDT\textra\n",
                "ok\t1\t-\tDT\nunknown\t1\t-\tXX\n", "ok\t1\t-\tDT\nfixed\t1\tXX\tDT\n")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TagDictionary.parse(bad, TAGS), bad);
            assertTrue(e.getMessage().startsWith("tagdict line 2: "), e.getMessage());
        }
        assertThrows(NumberFormatException.class, () -> TagDictionary.parse("w\tmany\t-\tDT\n", TAGS));
    }
}
