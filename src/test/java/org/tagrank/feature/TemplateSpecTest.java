package org.tagrank.feature;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TemplateSpecTest {
    private static final Set<String> KNOWN = Set.of("w", "p1");

    @Test
    void aLoneCrEndsALineAsReadLineSays() {
        // split at '\n' only, "w\rp1" was one unknown name on line 1
        assertEquals(List.of("w", "p1"), TemplateSpec.parse("w\rp1\r", "t.txt", KNOWN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TemplateSpec.parse("w\rp1\r\nbogus\n", "t.txt", KNOWN));
        assertEquals("t.txt:3: unknown feature template 'bogus' (known: ", e.getMessage().substring(0, 50));
        assertEquals(List.of("w", "p1"), TemplateSpec.parse("# c\r\n\r\nw\r\np1\r\n", "t.txt", KNOWN));
    }
}
