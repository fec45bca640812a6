package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSourceTest {

    @Test
    void tokensSplitLikeTheWhitespaceRegex() {
        for (String line : List.of("The cat sat .", "  tabs\tand  \t spaces\r", "one", "a\u000Bb\fc",
                "no\u00A0break space stays\u2003inside", "\u2003leading and trailing unicode space\u2003",
                "x  y\t\tz")) {
            if (line.isBlank()) {
                continue;
            }
            String s = line.strip();
            assertEquals(List.of(s.split("\\s+")), SentenceSource.tokens(s), line);
        }
    }
}
