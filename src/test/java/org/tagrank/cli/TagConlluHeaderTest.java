package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CoNLL-U that {@code tag} makes from text or tokens has the {@code # sent_id} and {@code # text} lines UD's
 * validator asks of every sentence, and raw text's spacing as {@code SpaceAfter=No}: it had bare token lines, from
 * which the text could not be rebuilt. Sentence numbers run over the whole output, in order, for any thread count.
 */
class TagConlluHeaderTest {
    private static BadInputCliTest.Run tag(String in, String... args) {
        List<String> a = new java.util.ArrayList<>(List.of("tag", "--output-format", "conllu", "--quiet"));
        a.addAll(List.of(args));
        BadInputCliTest.Run r = BadInputCliTest.run(in.getBytes(StandardCharsets.UTF_8), a.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private static String misc(String line) {
        return line.substring(line.lastIndexOf('\t') + 1);
    }

    @Test
    void rawTextGetsSentenceIdsTextsAndSpaceAfter() {
        String[] lines = tag("He said \"no.\" It is over.\n\nA  new paragraph.\n").out().split("\n");
        assertEquals("# sent_id = 1", lines[0]);
        assertEquals("# text = He said \"no.\"", lines[1]);
        assertEquals("_", misc(lines[3]), "said: a space follows");
        assertEquals("SpaceAfter=No", misc(lines[4]), "the opening quote is glued to 'no'");
        assertEquals("SpaceAfter=No", misc(lines[6]), "'.' before the closing quote");
        assertEquals("_", misc(lines[7]), "the closing quote: a space follows");
        assertEquals("", lines[8]);
        assertEquals("# sent_id = 2", lines[9]);
        assertEquals("# text = It is over.", lines[10]);
        assertTrue(List.of(lines).contains("# sent_id = 3"), String.join("\n", lines));
        assertTrue(List.of(lines).contains("# text = A  new paragraph."), "the text as written: " + String.join("\n", lines));
    }

    @Test
    void numbersRunInOrderOverBatchesAndThreads() {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 3000; i++) { // several batches
            in.append("Sentence number ").append(i).append(" is here.\n\n");
        }
        String one = tag(in.toString(), "--threads", "1").out();
        assertEquals(one, tag(in.toString(), "--threads", "3").out());
        int n = 0;
        for (String line : one.split("\n")) {
            if (line.startsWith("# sent_id = ")) {
                assertEquals("# sent_id = " + ++n, line);
            } else if (line.startsWith("# text = ")) {
                assertEquals("# text = Sentence number " + (n - 1) + " is here.", line);
            }
        }
        assertEquals(3000, n);
    }

    @Test
    void tokensGetTheirWordsJoinedAndExplanationsComeAfterTheHeader() {
        String[] lines = tag("The dog barks\n", "--input-format", "tokens", "--explain", "2", "--top-k", "1").out()
                .split("\n");
        assertEquals("# sent_id = 1", lines[0]);
        assertEquals("# text = The dog barks", lines[1]);
        assertTrue(lines[2].startsWith("# explain token 2 'dog' -> "), lines[2]);
        for (String line : lines) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                assertTrue(misc(line).startsWith("TopK="), "no spacing known for tokens: " + line);
            }
        }
    }

    @Test
    void conlluInputKeepsItsOwnComments() {
        String in = "# sent_id = x7\n1\tDogs\t_\t_\t_\t_\t_\t_\t_\t_\n2\tbark\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        String out = tag(in, "--input-format", "conllu").out();
        assertTrue(out.startsWith("# sent_id = x7\n1\tDogs\t"), out);
        assertEquals(1, out.split("# sent_id", -1).length - 1, out);
    }
}
