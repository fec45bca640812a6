package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Any ID with a '-' or '.' after its first character was taken for a multiword range or an empty node and passed
 * through unchecked ({@code 1-}, {@code a-b}, {@code 3-2}, {@code 5.}): a typo in an ID column went into tagged output
 * and training data without a word. Ranges are now {@code N-M} with N < M, empty nodes {@code N.M}, as UD has them.
 */
class ConlluMalformedIdTest {
    private static final String REST = "\t_\t_\t_\t_\t_\t_\t_\t_\n";

    private static String line(String id, String form) {
        return id + "\t" + form + REST;
    }

    @Test
    void malformedRangesAndEmptyNodesAreErrorsAtTheirLine() {
        for (String id : List.of("1-", "a-b", "3-2", "2-2", "0-1", "1-x", "5.", "5.x", "x.1", "1.0", "1.2.3", "1-2-3", "01-2")) {
            CorpusFormatException e = assertThrows(CorpusFormatException.class,
                    () -> ConlluReaderTest.reader("# c\n" + line(id, "w") + line("1", "a") + "\n").next(), id);
            assertEquals("x.conllu:2: bad ID '" + id + "'", e.getMessage(), id);
        }
    }

    @Test
    void wellFormedRangesAndEmptyNodesStillPass() throws IOException {
        StringBuilder text = new StringBuilder(line("0.1", "e") + line("1-2", "ab") + line("1", "a") + line("2", "b")
                + line("2.1", "f") + line("2.10", "g") + line("3", "c"));
        for (int i = 4; i <= 9; i++) {
            text.append(line(Integer.toString(i), "w"));
        }
        text.append(line("10-11", "x")).append(line("10", "y")).append(line("11", "z")).append("\n"); // a range covers the words after it
        assertEquals(List.of("a", "b", "c", "w", "w", "w", "w", "w", "w", "y", "z"),
                ConlluReaderTest.reader(text.toString()).next().forms());
    }
}
