package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UposMapTest {
    private final List<List<String>> words = new ArrayList<>();
    private final List<List<String>> xpos = new ArrayList<>();
    private final List<List<String>> upos = new ArrayList<>();

    private void add(String... wordXposUpos) {
        List<String> w = new ArrayList<>();
        List<String> x = new ArrayList<>();
        List<String> u = new ArrayList<>();
        for (String t : wordXposUpos) {
            String[] p = t.split("/");
            w.add(p[0]);
            x.add(p[1]);
            u.add(p[2]);
        }
        words.add(w);
        xpos.add(x);
        upos.add(u);
    }

    private UposMap toy() {
        // "have" is a main verb three times, an auxiliary before a participle twice (once after an adverb)
        add("I/PRP/PRON", "have/VBP/VERB", "time/NN/NOUN");
        add("We/PRP/PRON", "have/VBP/VERB", "a/DT/DET", "car/NN/NOUN");
        add("They/PRP/PRON", "have/VBP/VERB", "it/PRP/PRON");
        add("I/PRP/PRON", "have/VBP/AUX", "done/VBN/VERB", "it/PRP/PRON");
        add("You/PRP/PRON", "Have/VBP/AUX", "never/RB/ADV", "seen/VBN/VERB", "it/PRP/PRON");
        // "this" as a pronoun before a verb once only: too rare to count
        add("this/DT/PRON", "is/VBZ/AUX", "it/PRP/PRON");
        add("this/DT/DET", "car/NN/NOUN");
        add("this/DT/DET", "time/NN/NOUN");
        return UposMap.learn(words, xpos, upos);
    }

    @Test
    void aDamagedUposLineIsAnErrorNamingIt() {
        UposMap m = toy();
        assertEquals(m.format(), UposMap.parse(m.format(), m.formatContext()).format(), "its own format reads back");
        for (String bad : new String[]{"NN\n", "NN\t\n", "\tNOUN\n"}) { // each was skipped: the XPOS then gave X
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> UposMap.parse("DT\tDET\n" + bad, ""), bad);
            assertEquals("upos.tsv line 2: expected XPOS<TAB>UPOS or XPOS word<TAB>UPOS", e.getMessage());
        }
    }

    @Test
    void theNextTagThatIsNotAnAdverbDecidesSeenContexts() {
        UposMap m = toy();
        assertEquals("AUX", m.upos("VBP", "have", "VBN"));
        assertEquals("VERB", m.upos("VBP", "have", "DT"), "context not in training: the word's own majority");
        assertEquals("VERB", m.upos("VBP", "have"), "no context given");
        assertEquals(List.of("PRON", "AUX", "ADV", "VERB"),
                m.upos(List.of("PRP", "VBP", "RB", "VBN"), List.of("They", "HAVE", "not", "gone")));
        assertEquals(List.of("PRON", "VERB", "PRON"), m.upos(List.of("PRP", "VBP", "PRP"), List.of("we", "have", "it")));
        assertEquals("DET", m.upos("DT", "this", "VBZ"), "a context seen once does not count");
        assertEquals("X", m.upos("ZZ", "word", "NN"), "unknown XPOS");
        assertEquals(UposMap.END, UposMap.nextTag(List.of("VBP", "RB"), 0));
    }

    @Test
    void anUnseenWordGetsTheUposOfWordsSeenOnceNotOfAllTokens() {
        // VBZ: "is" (AUX) is most of the tokens, but the words seen once are main verbs
        for (int i = 0; i < 5; i++) {
            add("it/PRP/PRON", "is/VBZ/AUX", "here/RB/ADV");
        }
        add("he/PRP/PRON", "runs/VBZ/VERB");
        add("she/PRP/PRON", "sings/VBZ/VERB");
        // MD: no word seen once, so the default over all its tokens stays
        add("we/PRP/PRON", "can/MD/AUX", "go/VB/VERB");
        add("we/PRP/PRON", "can/MD/AUX", "stay/VB/VERB");
        UposMap m = UposMap.learn(words, xpos, upos);
        assertEquals("VERB", m.upos("VBZ", "barks"), "an unseen verb form is not an auxiliary");
        assertEquals("AUX", m.upos("VBZ", "is"), "a seen word keeps its own majority");
        assertEquals("AUX", m.upos("MD", "shall"));
        assertEquals(List.of("PRON", "VERB"), m.upos(List.of("PRP", "VBZ"), List.of("It", "barks")));
    }

    @Test
    void contextsRoundTripAndOlderModelsWithoutThemStillParse() {
        UposMap m = toy();
        assertTrue(m.formatContext().startsWith("VBP\tVBN\tAUX\thave\n"), m.formatContext());
        UposMap read = UposMap.parse(m.format(), m.formatContext());
        assertEquals(m.format(), read.format());
        assertEquals(m.formatContext(), read.formatContext());
        assertEquals("AUX", read.upos("VBP", "have", "VBN"));
        UposMap old = UposMap.parse(m.format());
        assertEquals("VERB", old.upos("VBP", "have", "VBN"), "no context attachment: the word's majority");
        assertThrows(IllegalArgumentException.class, () -> UposMap.parse(m.format(), "VBP\tVBN\tAUX\n"));
    }

    @Test
    void theIdMapAnswersAsTheStringMapForKnownAndUnknownWords() {
        UposMap m = toy();
        org.tagrank.core.LabelSet tags = org.tagrank.core.LabelSet.of(List.of("DT", "NN", "PRP", "RB", "VBN", "VBP", "VBZ"));
        List<String> vocabulary = List.of("have", "this", "car");
        UposMap.ById ids = m.byId(tags, vocabulary.size());
        List<List<String>> sentences = List.of(List.of("They", "HAVE", "not", "gone"), List.of("we", "have", "it"),
                List.of("I", "have", "never", "seen", "this", "car"), List.of("have"), List.of("Have", "this"),
                List.of("this", "is", "it"));
        for (int round = 0; round < 2; round++) { // the second round answers from the vocabulary-id cache
            for (List<String> words : sentences) {
                for (int[] xpos : List.of(tagsFor(words.size(), tags, 0), tagsFor(words.size(), tags, 3))) {
                    FeatureTable.Row[] rows = new FeatureTable.Row[words.size()];
                    List<String> xposNames = new ArrayList<>();
                    for (int i = 0; i < rows.length; i++) {
                        rows[i] = new FeatureTable.Row(vocabulary.indexOf(words.get(i)), new int[0], new int[0]);
                        xposNames.add(tags.label(xpos[i]));
                    }
                    assertEquals(m.upos(xposNames, words), ids.upos(xpos, words, rows), words + " " + xposNames);
                }
            }
        }
    }

    /** Every tag sequence pattern we need: VBP then VBN after adverbs, and a rotation through all tags. */
    private static int[] tagsFor(int n, org.tagrank.core.LabelSet tags, int shift) {
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = shift == 0 ? tags.indexOf(i == 1 ? "VBP" : i == n - 1 ? "VBN" : i == 0 ? "PRP" : "RB") : (i + shift) % tags.size();
        }
        return t;
    }
}
