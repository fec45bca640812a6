package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreNlpTokenizerTest {
    @Test
    void splitsSentencesWithoutPtbEscapingAndNeverKeepsSpacesInTokens() {
        List<List<String>> s = CoreNlpTokenizer.sentencesAsCoreNlp("I called (608) 256-8900 today. It was (quite) fine.");
        assertEquals(2, s.size());
        assertTrue(s.get(1).contains("("), "parentheses stay as in UD: " + s.get(1));
        for (List<String> sentence : s) {
            for (String token : sentence) {
                assertTrue(token.indexOf(' ') < 0, "token with a space would break word_TAG output: '" + token + "'");
            }
        }
    }

    @Test
    void sentencesKeepTheirTextAndWhichTokensHaveNoSpaceAfter() {
        List<CoreNlpTokenizer.Sentence> s = CoreNlpTokenizer.sentencesWithText("He said \"no.\"\nIt's  over,\tsee?  Done");
        assertEquals(3, s.size());
        assertEquals(List.of("He", "said", "\"", "no", ".", "\""), s.get(0).words());
        assertEquals("He said \"no.\"", s.get(0).text());
        // 'said' is followed by a space; '"', 'no', '.' are glued to what follows; the last '"' ends at a line break
        assertEquals(List.of(true, true, false, false, false, true), spaces(s.get(0)));
        assertEquals("It's  over, see?", s.get(1).text()); // as written, but a tab or line break becomes a space
        assertEquals(List.of("It", "'s", "over", ",", "see", "?"), s.get(1).words());
        assertEquals(List.of(false, true, false, true, false, true), spaces(s.get(1)));
        assertEquals("Done", s.get(2).text());
        assertEquals(List.of(true), spaces(s.get(2)), "the end of the text counts as a space");
        assertEquals("a b", CoreNlpTokenizer.sentencesWithText("a\nb").get(0).text(), "line breaks inside become spaces");
    }

    /** The words of CoreNLP's own tokenize and ssplit annotators (StanfordCoreNLP's English defaults). */
    private static List<List<String>> coreNlpPipeline(String text) {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(text);
        new edu.stanford.nlp.pipeline.StanfordCoreNLP(props).annotate(doc);
        List<List<String>> out = new java.util.ArrayList<>();
        for (edu.stanford.nlp.util.CoreMap s : doc.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class)) {
            out.add(s.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).stream()
                    .map(edu.stanford.nlp.ling.CoreLabel::word).toList());
        }
        return out;
    }

    @Test
    void aHyphenBeforeDigitsIsSplitOffAsCoreNlpsTokenizeAnnotatorDoes() {
        // "invertible=false" among the options made PTBLexer read '-37' in 'Sector-37' as a negative number
        String text = "Open 10:30 AM-11:30 AM at Sector-37, by the RS-232C port.\n";
        List<String> expected = List.of("Open", "10:30", "AM", "-", "11:30", "AM", "at", "Sector", "-", "37", ",", "by",
                "the", "RS", "-", "232C", "port", ".");
        assertEquals(List.of(expected), coreNlpPipeline(text), "CoreNLP's own tokens");
        assertEquals(List.of(expected), CoreNlpTokenizer.sentencesAsCoreNlp(text));
        CoreNlpTokenizer.Sentence s = CoreNlpTokenizer.sentencesWithText(text).get(0);
        assertEquals(expected, s.words());
        assertEquals(List.of(true, true, false, false, true, true, true, false, false, false, true, true, true, false,
                false, true, false, true), spaces(s));
    }

    @Test
    void charactersCoreNlpCannotTokenizeAreDroppedAsItsTokenizeAnnotatorDoesAndTheTextStillRebuilds() {
        // a bell, ANSI colour escapes, a bidi override, a replacement character: each was a token of its own
        String text = "Done.\u0007Next \u001B[1mbold\u001B[0m x\u202Ey caf\uFFFD ok.\n";
        List<String> expected = List.of("Done", ".", "Next", "[", "1mbold", "[", "0m", "x", "y", "caf", "ok", ".");
        assertEquals(expected, coreNlpPipeline(text).stream().flatMap(List::stream).toList(), "CoreNLP's own tokens");
        assertEquals(expected, CoreNlpTokenizer.sentencesAsCoreNlp(text).stream().flatMap(List::stream).toList());
        List<CoreNlpTokenizer.Sentence> sentences = CoreNlpTokenizer.sentencesWithText(text);
        assertEquals(expected, sentences.stream().flatMap(s -> s.words().stream()).toList());
        for (CoreNlpTokenizer.Sentence s : sentences) { // CoNLL-U's rule: the tokens and SpaceAfter give # text
            StringBuilder rebuilt = new StringBuilder();
            for (int i = 0; i < s.words().size(); i++) {
                rebuilt.append(s.words().get(i)).append(s.spaceAfter(i) && i + 1 < s.words().size() ? " " : "");
            }
            assertEquals(s.text().replaceAll(" +", " "), rebuilt.toString()); // a dropped character is a space there
        }
        assertEquals("Done.", sentences.get(0).text());
        assertEquals("Next  [1mbold [0m x y caf  ok.", sentences.get(1).text());
    }

    @Test
    void windows1252CharactersAndEntitiesAreReadAsCoreNlpsTokenizeAnnotatorReadsThem() {
        // text decoded as Latin-1 from Windows-1252: U+0092 is its apostrophe, U+0093/U+0094 its quotes, U+0096 a dash
        String text = "I don\u0092t know \u0093why\u0094 \u0096 AT&amp;T sold \u00BD of it\u0085\n";
        List<String> expected = List.of("I", "do", "n\u2019t", "know", "\u201C", "why", "\u201D", "\u2013", "AT&T", "sold",
                "1/2", "of", "it", "\u2026");
        assertEquals(expected, coreNlpPipeline(text).stream().flatMap(List::stream).toList(), "CoreNLP's own tokens");
        assertEquals(expected, CoreNlpTokenizer.sentencesAsCoreNlp(text).stream().flatMap(List::stream).toList());
        assertEquals(expected, CoreNlpTokenizer.sentencesWithText(text).stream().flatMap(s -> s.words().stream()).toList());
    }

    @Test
    void windows1252CharactersInTheTextAreWhatTheTokensSay() {
        // # text had a space for U+0092 (a control character), where the tokens 'do' 'n’t' have none
        CoreNlpTokenizer.Sentence s = CoreNlpTokenizer.sentencesWithText("I don\u0092t know\u0085 \u0093so\u0094\n").get(0);
        assertEquals(List.of("I", "do", "n\u2019t", "know", "\u2026", "\u201C", "so", "\u201D"), s.words());
        assertEquals("I don\u2019t know\u2026 \u201Cso\u201D", s.text());
    }

    @Test
    void unlabeledTextKeepsTheTokensTheBundledModelsWereTrainedWith() {
        // scripts/train-models reads 20NG through this: another tokenization would change the models' bytes
        assertEquals(List.of(List.of("Sector", "-37", "crossing")), CoreNlpTokenizer.sentences("Sector-37 crossing"));
    }

    private static List<Boolean> spaces(CoreNlpTokenizer.Sentence s) {
        List<Boolean> out = new java.util.ArrayList<>();
        for (int i = 0; i < s.words().size(); i++) {
            out.add(s.spaceAfter(i));
        }
        return out;
    }
}
