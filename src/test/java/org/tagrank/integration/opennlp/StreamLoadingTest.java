package org.tagrank.integration.opennlp;

import org.junit.jupiter.api.Test;
import org.tagrank.io.ModelFormatException;
import org.tagrank.task.classify.TextClassifier;
import org.tagrank.task.pos.PosTagger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OpenNLP users load a model from a stream ({@code new POSModel(in)}, {@code new DoccatModel(in)}); the taggers and
 * categorizers here took a location only, so a model in the caller's own resource or a database blob had no route.
 */
class StreamLoadingTest {
    private static final Path POS = Path.of("models/en-ewt-pos-ap-fast-1.lin.zip");
    private static final Path DOCCAT = Path.of("models/en-20news-classify-svm-1.lin.zip");

    @Test
    void posTaggersLoadFromAStreamAsFromAFile() throws IOException {
        String[] words = {"I", "saw", "her", "duck", "."};
        TagRankPOSTagger fromFile = TagRankPOSTagger.load(POS.toString());
        try (InputStream in = Files.newInputStream(POS)) {
            TagRankPOSTagger fromStream = TagRankPOSTagger.load(in, "my-model");
            assertArrayEquals(fromFile.tag(words), fromStream.tag(words));
        }
        try (InputStream in = Files.newInputStream(POS)) {
            assertEquals(fromFile.tagger().tag(java.util.List.of(words)), PosTagger.load(in, "x").tag(java.util.List.of(words)));
        }
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> PosTagger.load(
                new ByteArrayInputStream("not a model".getBytes(StandardCharsets.UTF_8)), "blob 7"));
        assertTrue(e.getMessage().contains("blob 7"), e.getMessage());
    }

    @Test
    void categorizersLoadFromAStreamAsFromAFile() throws IOException {
        String[] doc = "the shuttle launch was delayed by nasa".split(" ");
        TagRankDocumentCategorizer fromFile = TagRankDocumentCategorizer.load(DOCCAT.toString());
        try (InputStream in = Files.newInputStream(DOCCAT)) {
            TagRankDocumentCategorizer fromStream = TagRankDocumentCategorizer.load(in, "doccat");
            assertArrayEquals(fromFile.categorize(doc), fromStream.categorize(doc));
        }
        try (InputStream in = Files.newInputStream(POS)) {
            ModelFormatException e = assertThrows(ModelFormatException.class, () -> TextClassifier.load(in, "pos.zip"));
            assertTrue(e.getMessage().contains("pos.zip") && e.getMessage().contains("'pos'"), e.getMessage());
        }
    }
}
