package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.io.CorpusFormatException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagLexiconTest {
    @TempDir
    Path dir;

    private TagLexicon lexicon(String text) throws IOException {
        return TagLexicon.read(Files.writeString(dir.resolve("lex.tsv"), text));
    }

    @Test
    void classesMergeCaseVariantsAndKeepTagsWithATenthOfTheCountMostFrequentFirst() throws IOException {
        TagLexicon lex = lexicon("run\tVB:50\tNN:30\tVBP:15\tVBN:5\nRun\tNNP:10\n\nfast\tRB:9\tJJ:1\nColon:tag\tX:Y:3\n");
        assertEquals(4, lex.size(), "forms, case kept");
        WordClusters c = lex.classes(List.of(), List.of(), false);
        // run: VB 50, NN 30, VBP 15, NNP 10, VBN 5 of 110 -> the first three have >= 11; at most three anyway
        assertEquals("VB|NN|VBP", c.cluster("run"));
        assertEquals("RB|JJ", c.cluster("fast"), "JJ has exactly a tenth: kept");
        assertEquals("X:Y", c.cluster("colon:tag"), "the count follows the last colon");
        assertEquals(WordClusters.ABSENT, c.cluster("walk"));
    }

    @Test
    void theTrainingDataOwnCountsAreTakenOffPerFormAndTag() throws IOException {
        TagLexicon lex = lexicon("run\tVB:5\tNN:3\nRun\tNNP:1\nblog\tNN:2\n");
        List<List<String>> forms = List.of(List.of("run", "run", "run", "blog", "Run", "blog"), List.of("run"));
        List<List<String>> tags = List.of(List.of("VB", "VB", "NN", "NN", "VB", "NN"), List.of("VB"));
        WordClusters c = lex.classes(forms, tags, true);
        // run: VB 5-3 = 2, NN 3-1 = 2 (tie: alphabetical), Run/NNP untouched (Run/VB is another pair); blog: 2-2 = 0
        assertEquals("NN|VB|NNP", c.cluster("run"));
        assertEquals(WordClusters.ABSENT, c.cluster("blog"), "a form whose counts all come from the training data has no class");
        assertEquals("VB|NN|NNP", lex.classes(forms, tags, false).cluster("run"), "without subtraction the lexicon is as read");
        assertEquals("VB|NN|NNP", TagLexicon.classOf(Map.of("VB", 5, "NN", 3, "NNP", 1, "JJ", 0)));
    }

    @Test
    void malformedLinesNameFileAndLine() throws IOException {
        for (String bad : List.of("run\n", "run\tVB\n", "run\tVB:0\n", "run\tVB:x\n", "run\t:4\n", "\tVB:2\n", "run\tVB:2\t\n",
                "run\tVB:99999999999\n")) {
            Path f = Files.writeString(dir.resolve("bad.tsv"), "ok\tNN:1\n" + bad);
            CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> TagLexicon.read(f), bad);
            assertTrue(e.getMessage().contains(f + ":2"), e.getMessage());
        }
        Path twice = Files.writeString(dir.resolve("twice.tsv"), "run\tVB:1\nrun\tNN:1\n");
        assertTrue(assertThrows(CorpusFormatException.class, () -> TagLexicon.read(twice)).getMessage().contains("given twice"));
        Path empty = Files.writeString(dir.resolve("empty.tsv"), "\n");
        assertTrue(assertThrows(CorpusFormatException.class, () -> TagLexicon.read(empty)).getMessage().contains("no word"));
    }

    @Test
    void nothingLeftAfterSubtractionIsAnError() throws IOException {
        TagLexicon lex = lexicon("run\tVB:1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> lex.classes(List.of(List.of("run")), List.of(List.of("VB")), true));
        assertTrue(e.getMessage().contains("no count left"), e.getMessage());
    }
}
