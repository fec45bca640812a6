package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * LinkFeatures.longerMentions groups mentions by their word lists (every mention against every other was quadratic):
 * its answer is the pairwise one, in the same order, on random documents with repeated and nested mentions.
 */
class LongerMentionsTest {
    private static List<List<Integer>> pairwise(List<List<String>> words) {
        List<List<Integer>> out = new ArrayList<>();
        for (List<String> needle : words) {
            List<Integer> l = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                List<String> hay = words.get(i);
                if (hay.size() > needle.size() && !needle.isEmpty() && java.util.Collections.indexOfSubList(hay, needle) >= 0) {
                    l.add(i);
                }
            }
            out.add(l);
        }
        return out;
    }

    @Test
    void theSameAsEveryMentionAgainstEveryOther() {
        String[] vocabulary = {"new", "york", "city", "times", "bank", "of", "america", "united", "states"};
        Random r = new Random(3);
        for (int doc = 0; doc < 200; doc++) {
            List<List<String>> words = new ArrayList<>();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) {
                if (i > 0 && r.nextInt(4) == 0) { // a repeated mention
                    words.add(words.get(r.nextInt(i)));
                    continue;
                }
                List<String> w = new ArrayList<>();
                for (int k = r.nextInt(5); k > 0; k--) { // 0-4 words: an empty list too
                    w.add(vocabulary[r.nextInt(vocabulary.length)]);
                }
                words.add(w);
            }
            assertEquals(pairwise(words), LinkFeatures.longerMentions(words), "document " + doc);
        }
        assertEquals(List.of(List.of(1, 2), List.of(2), List.of(), List.of(1, 2)), LinkFeatures.longerMentions(List.of(
                List.of("york"), List.of("new", "york"), List.of("new", "york", "times"), List.of("york"))));
    }
}
