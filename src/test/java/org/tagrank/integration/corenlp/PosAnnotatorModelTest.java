package org.tagrank.integration.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.task.pos.PosTagger;

/** The real annotator, created by CoreNLP from properties, with the bundled model (small and fast to load). */
class PosAnnotatorModelTest {
    private static final String TEXT = "The library opens at nine. Anna bought three green apples for 4.50 dollars.";
    private static PosTagger tagger;

    @BeforeAll
    static void load() throws IOException {
        tagger = PosTagger.loadDefault();
    }

    private static Properties props(String annotators, String... keyValues) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("customAnnotatorClass.trpos", PosAnnotator.class.getName());
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    private static List<CoreMap> annotate(Properties props, String text) {
        Annotation doc = new Annotation(text);
        new StanfordCoreNLP(props).annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class);
    }

    private static List<String> words(CoreMap s) {
        return s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList();
    }

    private static List<String> tags(CoreMap s) {
        return s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::tag).toList();
    }

    @Test
    void defaultModelTagsLikeThePosTaggerApi() {
        List<CoreMap> sentences = annotate(props("tokenize,ssplit,trpos", "trpos.upos", "true"), TEXT);
        assertEquals(2, sentences.size());
        for (CoreMap s : sentences) {
            assertEquals(tagger.tag(words(s)).xpos(), tags(s));
            assertEquals(tagger.tag(words(s)).upos(), s.get(CoreAnnotations.TokensAnnotation.class).stream()
                    .map(t -> t.get(CoreAnnotations.CoarseTagAnnotation.class)).toList());
        }
    }

    @Test
    void modelLoadsFromAUrlAndFromTheClasspath() {
        String url = Path.of(PosTagger.DEFAULT_MODEL).toAbsolutePath().toUri().toString();
        // a leading slash is not a file here, so the locator falls back to the classpath copy
        for (String location : List.of(url, "/" + PosTagger.DEFAULT_MODEL)) {
            for (CoreMap s : annotate(props("tokenize,ssplit,trpos", "trpos.model", location), TEXT)) {
                assertEquals(tagger.tag(words(s)).xpos(), tags(s), location);
            }
        }
    }

    @Test
    void lexiconForcesATag(@TempDir Path dir) throws IOException {
        Path lexicon = dir.resolve("lexicon.tsv");
        Files.writeString(lexicon, "library\tVB\n", StandardCharsets.UTF_8);
        CoreMap s = annotate(props("tokenize,ssplit,trpos", "trpos.lexicon", lexicon.toString()),
                "The library opens at nine.").get(0);
        assertEquals("VB", s.get(CoreAnnotations.TokensAnnotation.class).get(1).tag());
    }

    /** A lexicon tag the model lacks was an IllegalArgumentException without the annotator's name or the file. */
    @Test
    void lexiconWithAnUnknownTagNamesTheAnnotatorAndTheFile(@TempDir Path dir) throws IOException {
        Path lexicon = dir.resolve("lexicon.tsv");
        Files.writeString(lexicon, "library\tNOSUCHTAG\n", StandardCharsets.UTF_8);
        RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> new PosAnnotator("trpos", props("tokenize,ssplit,trpos", "trpos.lexicon", lexicon.toString())));
        String m = e.getMessage();
        org.junit.jupiter.api.Assertions.assertTrue(m.startsWith("trpos: ") && m.contains(lexicon.toString())
                && m.contains("NOSUCHTAG"), m);
    }

    @Test
    void beamKeySelectsTheDecoder() {
        for (CoreMap s : annotate(props("tokenize,ssplit,trpos", "trpos.beam", "1"), TEXT)) {
            assertEquals(tagger.withBeam(1).tag(words(s)).xpos(), tags(s));
        }
    }

    @Test
    void splitPolicyTagsLongSentencesInPieces() {
        CoreMap s = annotate(props("tokenize,ssplit,trpos", "trpos.maxlen", "4", "trpos.maxlen.policy", "split"),
                "Anna bought three green apples and a loaf of bread.").get(0);
        List<String> words = words(s);
        List<String> expected = new ArrayList<>();
        for (int from = 0; from < words.size(); from += 4) {
            expected.addAll(tagger.tag(words.subList(from, Math.min(words.size(), from + 4))).xpos());
        }
        assertEquals(11, words.size());
        assertEquals(expected, tags(s));
    }

    @Test
    void failPolicyStopsTheDocument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> annotate(props("tokenize,ssplit,trpos", "trpos.maxlen", "4"), TEXT));
        assertTrue(e.getMessage().startsWith("trpos: sentence 1 (characters 0-26) has 6 tokens, more than trpos.maxlen=4"),
                e.getMessage());
    }

    @Test
    void aTokenWithEmptyTextFailsNamingTheAnnotatorAndItsCharacterOffset() {
        // an upstream annotator (or a hand-built document) may leave a token with an empty word; the tagger's own
        // message gave only the index inside the piece being tagged, which under split is not the token's index
        Annotation doc = new Annotation("The cat sat on the mat.");
        new StanfordCoreNLP(props("tokenize,ssplit")).annotate(doc);
        doc.get(CoreAnnotations.TokensAnnotation.class).get(4).setWord(""); // "the", at character 15
        PosAnnotator split = new PosAnnotator("trpos", props("", "trpos.maxlen", "3", "trpos.maxlen.policy", "split"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> split.annotate(doc));
        assertEquals("trpos: a token at character 15 has an empty word (TextAnnotation)", e.getMessage());
        assertTrue(doc.get(CoreAnnotations.TokensAnnotation.class).stream().allMatch(t -> t.tag() == null),
                "a failed document is left untagged");
    }

    @Test
    void missingModelFailsNamingTheAnnotatorAndTheLocation() {
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> new StanfordCoreNLP(props("tokenize,ssplit,trpos", "trpos.model", "no/such/model.lin.zip")));
        Throwable t = e;
        boolean named = false;
        while (t != null) {
            named |= t.getMessage() != null && t.getMessage().contains("trpos: cannot load model no/such/model.lin.zip");
            t = t.getCause();
        }
        assertTrue(named, () -> "message does not name the model: " + e);
    }

    @Test
    void missingPrerequisiteFailsWithCoreNlpsMessageNotAnNpe() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StanfordCoreNLP(props("trpos")));
        assertTrue(e.getMessage().startsWith("annotator \"trpos\" requires annotation \"TokensAnnotation\""),
                e.getMessage());
    }

    @Test
    void uposRequestOnAModelWithUposIsAccepted() {
        assertTrue(tagger.hasUpos(), "the bundled model predicts UPOS");
        assertEquals(2, annotate(props("tokenize,ssplit,trpos", "trpos.upos", "true", "nthreads", "2"), TEXT).size());
    }
}
