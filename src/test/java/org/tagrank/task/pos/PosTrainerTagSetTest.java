package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.io.ConlluReader;
import org.tagrank.io.CorpusFormatException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A training word without XPOS is named at its own line (it was its sentence's first line). */
class PosTrainerTagSetTest {
    @TempDir
    Path dir;

    private static String row(String id, String form, String xpos) {
        return id + "\t" + form + "\t_\tX\t" + xpos + "\t_\t_\t_\t_\t_\n";
    }

    @Test
    void aWordWithoutXposIsNamedAtItsOwnLine() throws IOException {
        String text = "# sent_id = 1\n" + row("1", "Dogs", "NNS") + row("2", "bark", "VBP") + row("3", ".", ".") + "\n"
                + "# sent_id = 2\n" // line 6
                + "# text = The old priest didn't see the cleric .\n"
                + row("1", "The", "DT") + row("2", "old", "JJ") + row("3", "priest", "NN")
                + "4-5\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n" // a multiword range line: not a word, but a line
                + row("4", "did", "VBD") + row("5", "n't", "RB") + row("6", "see", "VB") + row("7", "cleric", "_")
                + row("8", ".", ".") + "\n";
        Path f = dir.resolve("train.conllu");
        Files.writeString(f, text);
        CorpusFormatException e = assertThrows(CorpusFormatException.class,
                () -> PosTrainer.tagSet(ConlluReader.readAll(f), f.toString()));
        assertEquals(f + ":15: word 'cleric' has no XPOS", e.getMessage());
        assertEquals("7\tcleric", Files.readAllLines(f).get(14).substring(0, 8), "line 15 is the word's");
    }
}
