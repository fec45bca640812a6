package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * tag --top-k / --explain on CoNLL-U input: the TopK attribute goes into MISC once, beside the input's own attributes;
 * explanations follow the sentence's own comments, once.
 */
class TagConlluMiscTest {
    private static String misc(String conlluLine) {
        return conlluLine.substring(conlluLine.lastIndexOf('\t') + 1);
    }

    @Test
    void reTaggingReplacesTheTopKAttributeInsteadOfAddingASecondOne() {
        String in = "# sent_id = 1\n"
                + "1\tThe\t_\t_\t_\t_\t_\t_\t_\tA=1|TopK=XX:0.5000|B=2\n"
                + "2\tdog\t_\t_\t_\t_\t_\t_\t_\tTopK=YY:1.0000\n"
                + "3\tbarks\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
                + "4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        BadInputCliTest.Run r = BadInputCliTest.run(in.getBytes(StandardCharsets.UTF_8), "tag", "--input-format", "conllu",
                "--top-k", "1", "--quiet");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("# sent_id = 1", lines[0]);
        assertEquals("A=1|TopK=DT:1.0000|B=2", misc(lines[1]), "replaced where it was, the others kept in order");
        assertEquals(true, misc(lines[2]).matches("TopK=NN:[01]\\.\\d{4}"), lines[2]);
        assertEquals(true, misc(lines[3]).matches("SpaceAfter=No\\|TopK=VBZ:[01]\\.\\d{4}"), lines[3]);
        assertEquals(true, misc(lines[4]).matches("TopK=\\.:[01]\\.\\d{4}"), lines[4]);
        // tagging the output again gives it back unchanged: one TopK per word, not one per run
        BadInputCliTest.Run again = BadInputCliTest.run(r.out().getBytes(StandardCharsets.UTF_8), "tag", "--input-format",
                "conllu", "--top-k", "1", "--quiet");
        assertEquals(r.out(), again.out());
    }
    @Test
    void explainLinesFollowTheSentencesOwnCommentsAndReplaceAnEarlierRunsExplanation() {
        String in = "# newdoc id = d1\n"
                + "# sent_id = 1\n"
                + "# text = The dog barks.\n"
                + "1\tThe\t_\t_\t_\t_\t_\t_\t_\t_\n"
                + "2\tdog\t_\t_\t_\t_\t_\t_\t_\t_\n"
                + "3\tbarks\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
                + "4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        BadInputCliTest.Run r = BadInputCliTest.run(in.getBytes(StandardCharsets.UTF_8), "tag", "--input-format", "conllu",
                "--explain", "2", "--quiet");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("# newdoc id = d1", lines[0], "a document's first comment stays first");
        assertEquals("# sent_id = 1", lines[1]);
        assertEquals("# text = The dog barks.", lines[2]);
        assertEquals("# explain token 2 'dog' -> NN (fixed by the tag dictionary, not by these features)", lines[3]);
        int first = 4;
        while (lines[first].startsWith("#   ")) {
            first++;
        }
        assertEquals(true, first > 4, "contributions follow the header: " + r.out());
        assertEquals(true, lines[first].startsWith("1\tThe\t"), lines[first]);
        // tagging the output again explains once more instead of keeping the old lines beside the new ones
        BadInputCliTest.Run again = BadInputCliTest.run(r.out().getBytes(StandardCharsets.UTF_8), "tag", "--input-format",
                "conllu", "--explain", "2", "--quiet");
        assertEquals(r.out(), again.out());
        // without --explain, comments that look like explanations are the input's own and stay
        BadInputCliTest.Run plain = BadInputCliTest.run(r.out().getBytes(StandardCharsets.UTF_8), "tag", "--input-format",
                "conllu", "--quiet");
        assertEquals(r.out(), plain.out());
    }
}
