package org.tagrank.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tagrank.integration.opennlp.TagRankDocumentCategorizer;
import org.tagrank.integration.opennlp.TagRankPOSTagger;
import org.tagrank.task.classify.TextClassifier;
import org.tagrank.task.pos.PosTagger;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Loading from a stream with a null name is refused naming the argument: the name is what every error about the model
 * says, and a bad stream's error read "null: not a TagRank model".
 */
class StreamModelNameNullTest {
    private static InputStream notAModel() {
        return new ByteArrayInputStream(new byte[]{1, 2, 3});
    }

    private static void names(String expected, Executable call) {
        assertEquals(expected, assertThrows(NullPointerException.class, call).getMessage());
    }

    @Test
    void aNullNameIsNamedBeforeTheStreamIsRead() {
        names("name", () -> PosTagger.load(notAModel(), null));
        names("name", () -> TextClassifier.load(notAModel(), null));
        names("name", () -> TagRankPOSTagger.load(notAModel(), null));
        names("name", () -> TagRankDocumentCategorizer.load(notAModel(), null));
        names("source", () -> ModelIO.read(notAModel(), "pos", null));
    }

    @Test
    void aNullStreamIsStillNamedFirst() {
        names("in", () -> PosTagger.load(null, null));
        names("in", () -> TextClassifier.load(null, "m"));
    }
}
