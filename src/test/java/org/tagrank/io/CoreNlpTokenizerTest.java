package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreNlpTokenizerTest {
    @Test
    void splitsSentencesWithoutPtbEscapingAndNeverKeepsSpacesInTokens() {
        List<List<String>> s = CoreNlpTokenizer.sentences("I called (608) 256-8900 today. It was (quite) fine.");
        assertEquals(2, s.size());
        assertTrue(s.get(1).contains("("), "parentheses stay as in UD: " + s.get(1));
        for (List<String> sentence : s) {
            for (String token : sentence) {
                assertTrue(token.indexOf(' ') < 0, "token with a space would break word_TAG output: '" + token + "'");
            }
        }
    }
}
