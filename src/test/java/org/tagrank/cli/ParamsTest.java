package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParamsTest {
    @Test
    void booleansAreStrict() {
        assertTrue(Params.bool(Map.of("sports", "true"), "sports", false));
        assertFalse(Params.bool(Map.of("sports", "FALSE"), "sports", true));
        assertTrue(Params.bool(Map.of(), "normalise", true), "absent: the default");
        CliException e = assertThrows(CliException.class, () -> Params.bool(Map.of("sports", "ture"), "sports", false));
        assertEquals("--param sports must be true or false, got 'ture'", e.getMessage());
        assertEquals(ExitCodes.USAGE, e.exitCode());
    }
}
