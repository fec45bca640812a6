package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Emoji get the emoticon's tag (NFP, UPOS SYM), as EWT's guidelines tag them, although EWT has none. */
class PictographsTest {
    @Test
    void wordsOfPictographsAloneAreRecognised() {
        for (String w : List.of("😀", "♥", "❤️", "👍🏽", "👨‍👩‍👧", "😀😀", "🇫🇷", "✔")) {
            assertTrue(Pictographs.only(w), w);
        }
        for (String w : List.of(":)", "a😀", "😀!", "©", "°", "\u200D", "\uFE0F", "", "x", "→")) {
            assertFalse(Pictographs.only(w), w);
        }
    }

    @Test
    void theBundledTaggerTagsEmojiAsTheEmoticon() throws IOException {
        PosTagger tagger = PosTagger.loadDefault();
        for (String emoji : List.of("😀", "👍🏽", "♥")) {
            TaggedSentence s = tagger.tag(List.of("Great", "job", emoji, "!"));
            assertEquals("NFP", s.xpos().get(2), emoji);
            assertEquals("SYM", s.upos().get(2), emoji);
            assertEquals(List.of("Great", "job", emoji, "!"), s.words(), "the word itself is kept");
        }
        assertEquals(tagger.explain(List.of("Great", "job", ":)", "!"), 2, 5),
                tagger.explain(List.of("Great", "job", "😀", "!"), 2, 5), "the emoticon's features");
    }
}
