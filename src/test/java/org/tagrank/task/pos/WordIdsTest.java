package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordIdsTest {
    @Test
    void idsFollowFirstOccurrenceAndAgreeWithAMap() {
        Random r = new Random(3);
        List<String> words = new ArrayList<>(List.of("", "a", "A", "é", "naïve", "中文", "a"));
        for (int i = 0; i < 40_000; i++) { // short words over a small alphabet: repeats and similar hash codes
            StringBuilder w = new StringBuilder();
            for (int n = r.nextInt(6); n > 0; n--) {
                w.append((char) ('a' + r.nextInt(6)));
            }
            words.add(w.toString());
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String w : words) {
            expected.putIfAbsent(w, expected.size());
        }
        WordIds ids = new WordIds(words);
        assertEquals(expected.size(), ids.size());
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            assertEquals(e.getValue(), ids.id(new String(e.getKey().toCharArray())), e.getKey()); // an equal, distinct String
        }
        for (String absent : List.of("g", "ag", "aaaaaaa", "b\u0000", "NAÏVE", "中")) {
            assertEquals(-1, ids.id(absent), absent);
        }
        assertEquals(-1, new WordIds(List.of()).id("x"));
        for (String w : List.of("aab", "abcdef", "naïve", "x")) { // prefixes, without substrings
            for (int n = 0; n <= w.length(); n++) {
                assertEquals(expected.getOrDefault(w.substring(0, n), -1), ids.idOfPrefix(w, n), w + " " + n);
            }
        }
    }
}
