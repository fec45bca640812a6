package org.tagrank.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * scripts/bench-pos-load printed the lower middle value as the "median" of an even number of runs (its default is 8):
 * 2 for 1, 2, 3, 4. It now gives the mean of the two middle values, as bench-pos's table does.
 */
class BenchPosLoadMedianTest {
    private static String stats(String values) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        String line = Files.readAllLines(Path.of("scripts/bench-pos-load")).stream()
                .filter(l -> l.startsWith("stats()")).findFirst().orElseThrow();
        Process p = new ProcessBuilder("/bin/bash", "-c", line + "\nprintf '" + values + "' | stats").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() throws Exception {
        assertEquals("0.100 / 0.250 / 0.400", stats("0.4\\n0.1\\n0.3\\n0.2\\n"));
        assertEquals("0.100 / 0.300 / 0.500", stats("0.5\\n0.3\\n0.1\\n"));
        assertEquals("0.700 / 0.700 / 0.700", stats("0.7\\n"));
    }
}
