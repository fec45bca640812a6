package org.tagrank.task.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.io.CorpusFormatException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsgroupsReaderTest {
    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path f = dir.resolve("data.tsv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsLabelAndText() throws IOException {
        List<Document> docs = NewsgroupsReader.read(file("sci.space\tTo the moon.\nrec.autos\tCars, cars.\n"));
        assertEquals(List.of(new Document("sci.space", "To the moon."), new Document("rec.autos", "Cars, cars.")), docs);
    }

    private void assertError(String content, int line, String fragment) throws IOException {
        Path f = file(content);
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> NewsgroupsReader.read(f));
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith(f + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void errorsNameFileAndLine() throws IOException {
        assertError("a\tok\nno tab here\n", 2, "no TAB");
        assertError("a\tok\nb\tc\td\n", 2, "more than one TAB");
        assertError("a\tok\n\tmissing label\n", 2, "empty label");
        assertError("a\tok\nb\t  \n", 2, "empty text");
        assertError("a\tok\n\n", 2, "empty line");
        assertError("sci space\tok\n", 1, "contains spaces");
        assertError("", 1, "no documents");
    }

    @Test
    void invalidUtf8IsAnError() throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.write(f, new byte[]{'a', '\t', (byte) 0xff, (byte) 0xfe, '\n'});
        org.tagrank.io.CorpusFormatException e = assertThrows(org.tagrank.io.CorpusFormatException.class, () -> NewsgroupsReader.read(f));
        assertEquals(f + ":1: not valid UTF-8", e.getMessage());
    }
}
