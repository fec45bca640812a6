package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExchangeClusteringTest {
    static final String[] DET = {"the", "a", "every", "some"};
    static final String[] NOUN = {"cat", "dog", "man", "park", "store", "zebra", "book", "tree"};
    static final String[] VERB = {"sees", "likes", "finds", "wants", "needs"};

    /** Sentences "DET NOUN VERB DET NOUN ." with random words of each class. */
    static List<List<String>> corpus(int n, long seed) {
        Random r = new Random(seed);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(List.of(pick(r, DET), pick(r, NOUN), pick(r, VERB), pick(r, DET), pick(r, NOUN), "."));
        }
        return out;
    }

    private static String pick(Random r, String[] words) {
        String w = words[r.nextInt(words.length)];
        return r.nextInt(4) == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w; // case folds away
    }

    @Test
    void recoversTheWordClassesOfASimpleLanguage() {
        ClusterCorpus c = ClusterCorpus.of(corpus(2000, 7), 1, 100);
        assertEquals(DET.length + NOUN.length + VERB.length + 1, c.size(), "lowercased words");
        for (long seed = 1; seed <= 3; seed++) {
            List<Double> objectives = new ArrayList<>();
            int[] cls = ExchangeClustering.cluster(c, new ExchangeClustering.Settings(4, 20, seed),
                    (it, moved, objective, seconds) -> objectives.add(objective));
            Map<String, Integer> of = new HashMap<>();
            for (int i = 0; i < c.size(); i++) {
                of.put(c.word(i), cls[i]);
            }
            for (String[] group : List.of(DET, NOUN, VERB)) {
                for (String w : group) {
                    assertEquals(of.get(group[0]), of.get(w), w + " with " + group[0] + " (seed " + seed + ")");
                }
            }
            assertNotEquals(of.get("the"), of.get("cat"));
            assertNotEquals(of.get("cat"), of.get("sees"));
            assertNotEquals(of.get("the"), of.get("sees"));
            assertNotEquals(of.get("."), of.get("cat"));
            assertEquals(0, cls[0], "the most frequent word is in cluster 0");
            for (int k = 1; k < objectives.size(); k++) {
                assertTrue(objectives.get(k) >= objectives.get(k - 1) - 1e-12, "exchange never lowers the objective: " + objectives);
            }
        }
    }

    @Test
    void sameSeedSameClustersAndMinCountLeavesRareWordsOut() throws Exception {
        List<List<String>> text = new ArrayList<>(corpus(300, 3));
        text.add(List.of("a", "rare", "word", "."));
        ClusterCorpus c = ClusterCorpus.of(text, 2, 5);
        for (int i = 0; i < c.size(); i++) {
            assertFalse(c.word(i).equals("rare") || c.word(i).equals("word"), "seen once: not clustered");
            assertTrue(i == 0 || c.count(i - 1) >= c.count(i), "most frequent first");
        }
        ExchangeClustering.Settings s = new ExchangeClustering.Settings(6, 5, 42);
        int[] a = ExchangeClustering.cluster(c, s, (it, m, o, t) -> { });
        int[] b = ExchangeClustering.cluster(ClusterCorpus.of(text, 2, 5), s, (it, m, o, t) -> { });
        assertArrayEquals(a, b);
        StringWriter w = new StringWriter();
        ExchangeClustering.write(c, a, w);
        String[] lines = w.toString().split("\n");
        assertEquals(c.size(), lines.length);
        for (String line : lines) {
            String[] f = line.split("\t");
            assertEquals(3, f.length, line);
            int i = java.util.Arrays.asList(c.words).indexOf(f[0]);
            assertEquals(a[i], Integer.parseInt(f[1]), line);
            assertEquals(c.count(i), Integer.parseInt(f[2]), line);
        }
        // readable as a cluster file
        WordClusters read = WordClusters.parse(sorted(lines));
        assertEquals(Integer.toString(a[0]), read.cluster(c.word(0)));
    }

    private static String sorted(String[] lines) {
        StringBuilder sb = new StringBuilder();
        java.util.Arrays.stream(lines).map(l -> l.substring(0, l.lastIndexOf('\t'))).sorted((x, y) -> {
            return x.substring(0, x.indexOf('\t')).compareTo(y.substring(0, y.indexOf('\t')));
        }).forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ExchangeClustering.Settings(1, 5, 1));
        assertThrows(IllegalArgumentException.class, () -> new ExchangeClustering.Settings(8, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> ClusterCorpus.of(corpus(10, 1), 0, 5));
        assertThrows(IllegalArgumentException.class, () -> ClusterCorpus.of(List.of(List.of("x")), 2, 5), "nothing to cluster");
    }

    @Test
    void extendPlacesNewWordsIntoTheGivenClustersAndKeepsTheOthers() {
        ClusterCorpus c = ClusterCorpus.of(corpus(2000, 11), 1, 100);
        Map<String, String> given = Map.of("the", "D", "a", "D", "cat", "N", "dog", "N", "sees", "V", ".", "P");
        String[] names = new String[c.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = given.get(c.word(i));
        }
        String[] out = ExchangeClustering.extend(c, names, 10, 5, (it, m, o, t) -> { });
        for (int i = 0; i < names.length; i++) {
            String w = c.word(i);
            String expected = given.containsKey(w) ? given.get(w) : List.of(DET).contains(w) ? "D"
                    : List.of(NOUN).contains(w) ? "N" : List.of(VERB).contains(w) ? "V" : "?";
            assertEquals(expected, out[i], w);
        }
        String[] one = new String[c.size()];
        one[0] = "D";
        assertThrows(IllegalArgumentException.class, () -> ExchangeClustering.extend(c, one, 3, 1, (it, m, o, t) -> { }),
                "a single given cluster");
    }
}
