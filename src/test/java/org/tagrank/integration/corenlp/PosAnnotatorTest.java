package org.tagrank.integration.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tagrank.integration.corenlp.PosAnnotatorConfig.MaxLengthPolicy;
import org.tagrank.task.pos.TaggedSentence;

class PosAnnotatorTest {
    private static StanfordCoreNLP tokenizer;

    @BeforeAll
    static void tokenizer() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        tokenizer = new StanfordCoreNLP(p);
    }

    private static Annotation tokenized(String text) {
        Annotation doc = new Annotation(text);
        tokenizer.annotate(doc);
        return doc;
    }

    private static PosAnnotatorConfig config(int nthreads, int maxlen, MaxLengthPolicy policy, boolean upos) {
        return new PosAnnotatorConfig("trpos", "unused", null, nthreads, maxlen, policy, upos, 0);
    }

    private static List<String> tags(Annotation doc, Class<? extends CoreAnnotation<String>> key) {
        List<String> out = new ArrayList<>();
        for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            out.add(t.get(key));
        }
        return out;
    }

    private static String manySentences(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("Sentence ").append(i).append(" has ").append("words ".repeat(i % 7)).append("here. ");
        }
        return sb.toString();
    }

    @Test
    void requiresTokensOffsetsAndSentences() {
        PosAnnotator a = new PosAnnotator(config(1, 100, MaxLengthPolicy.FAIL, false), new FakeTagger(false));
        assertEquals(Set.of(CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.CharacterOffsetBeginAnnotation.class,
                CoreAnnotations.CharacterOffsetEndAnnotation.class,
                CoreAnnotations.SentencesAnnotation.class), a.requires());
    }

    @Test
    void satisfiesPosAndCoarseTagOnlyWithUpos() {
        PosAnnotator xpos = new PosAnnotator(config(1, 100, MaxLengthPolicy.FAIL, false), new FakeTagger(true));
        assertEquals(Set.of(CoreAnnotations.PartOfSpeechAnnotation.class), xpos.requirementsSatisfied());
        PosAnnotator both = new PosAnnotator(config(1, 100, MaxLengthPolicy.FAIL, true), new FakeTagger(true));
        assertEquals(Set.of(CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.CoarseTagAnnotation.class),
                both.requirementsSatisfied());
    }

    @Test
    void setsXposAndOnlyWithUposTheCoarseTag() {
        Annotation plain = tokenized("Anna saw 3 cats.");
        new PosAnnotator(config(1, 100, MaxLengthPolicy.FAIL, false), new FakeTagger(true)).annotate(plain);
        assertEquals(List.of("NNP", "NN", "CD", "NN", "."), tags(plain, CoreAnnotations.PartOfSpeechAnnotation.class));
        assertNull(plain.get(CoreAnnotations.TokensAnnotation.class).get(0).get(CoreAnnotations.CoarseTagAnnotation.class));

        Annotation withUpos = tokenized("Anna saw 3 cats.");
        new PosAnnotator(config(1, 100, MaxLengthPolicy.FAIL, true), new FakeTagger(true)).annotate(withUpos);
        assertEquals(List.of("PROPN", "NOUN", "NUM", "NOUN", "PUNCT"),
                tags(withUpos, CoreAnnotations.CoarseTagAnnotation.class));
    }

    @Test
    void uposWithAModelWithoutUposFailsAtConstruction() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PosAnnotator(config(1, 100, MaxLengthPolicy.FAIL, true), new FakeTagger(false)));
        assertTrue(e.getMessage().contains("trpos.upos=true"), e.getMessage());
    }

    @Test
    void parallelTaggingKeepsSentenceOrder() {
        String text = manySentences(60);
        Annotation one = tokenized(text);
        new PosAnnotator(config(1, 1000, MaxLengthPolicy.FAIL, true), new FakeTagger(true)).annotate(one);
        Annotation three = tokenized(text);
        PosAnnotator parallel = new PosAnnotator(config(3, 1000, MaxLengthPolicy.FAIL, true), new FakeTagger(true));
        parallel.annotate(three);
        assertEquals(60, three.get(CoreAnnotations.SentencesAnnotation.class).size());
        assertEquals(tags(one, CoreAnnotations.PartOfSpeechAnnotation.class),
                tags(three, CoreAnnotations.PartOfSpeechAnnotation.class));
        assertEquals(tags(one, CoreAnnotations.CoarseTagAnnotation.class),
                tags(three, CoreAnnotations.CoarseTagAnnotation.class));
        for (CoreLabel t : three.get(CoreAnnotations.TokensAnnotation.class)) {
            assertEquals(FakeTagger.xpos(t.word()), t.tag(), t.word());
        }
        parallel.unmount();
        // after unmount the annotator still works, on the calling thread
        Annotation again = tokenized(text);
        parallel.annotate(again);
        assertEquals(tags(one, CoreAnnotations.PartOfSpeechAnnotation.class),
                tags(again, CoreAnnotations.PartOfSpeechAnnotation.class));
    }

    @Test
    void oneInstanceAnnotatesSeveralDocumentsAtOnce() throws Exception {
        PosAnnotator shared = new PosAnnotator(config(3, 1000, MaxLengthPolicy.FAIL, false), new FakeTagger(false));
        List<String> texts = List.of(manySentences(40), manySentences(25), "Anna saw 3 cats. " + manySentences(30),
                manySentences(50));
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Annotation>> docs = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String text : texts) {
                    docs.add(callers.submit(() -> {
                        Annotation doc = tokenized(text);
                        shared.annotate(doc);
                        return doc;
                    }));
                }
            }
            for (Future<Annotation> f : docs) {
                for (CoreLabel t : f.get(60, TimeUnit.SECONDS)
                        .get(CoreAnnotations.TokensAnnotation.class)) {
                    assertEquals(FakeTagger.xpos(t.word()), t.tag(), t.word());
                }
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private static long liveThreads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).count();
    }

    /**
     * CoreNLP drops annotators without unmount (StanfordCoreNLP.clearAnnotatorPool, its soft-reference
     * cache): threads that outlive their work would pile up with every annotator CoreNLP re-creates.
     */
    @Test
    void idleTaggingThreadsEnd() throws InterruptedException {
        PosAnnotatorConfig c = new PosAnnotatorConfig("trpos-idle", "unused", null, 3, 1000, MaxLengthPolicy.FAIL,
                false, 0);
        new PosAnnotator(c, new FakeTagger(false)).annotate(tokenized(manySentences(12)));
        assertTrue(liveThreads("trpos-idle-") > 0, "the document was tagged on the annotator's threads");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PosAnnotator.IDLE_SECONDS + 10);
        while (liveThreads("trpos-idle-") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(0, liveThreads("trpos-idle-"), "idle tagging threads are still alive");
    }

    /** unmount() from another thread while a document is being tagged: the rest is tagged here, not lost. */
    @Test
    void aDocumentBeingTaggedWhenThePoolShutsDownIsTaggedOnTheCallingThread() {
        PosAnnotator a = new PosAnnotator(config(3, 1000, MaxLengthPolicy.FAIL, false), new FakeTagger(false));
        List<List<CoreLabel>> tokenLists = new ArrayList<>();
        for (CoreMap s : tokenized(manySentences(12)).get(CoreAnnotations.SentencesAnnotation.class)) {
            tokenLists.add(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        a.unmount(); // as if after annotate's isShutdown check
        List<TaggedSentence> tagged = a.tagInParallel(tokenLists); // was a RejectedExecutionException
        assertEquals(tokenLists.size(), tagged.size());
        FakeTagger reference = new FakeTagger(false);
        for (int i = 0; i < tokenLists.size(); i++) {
            List<String> words = new ArrayList<>();
            tokenLists.get(i).forEach(t -> words.add(t.word()));
            assertEquals(reference.tag(words).xpos(), tagged.get(i).xpos());
        }
    }

    @Test
    void aTaggerFailureInAWorkerThreadReachesTheCallerAndLeavesTheDocumentUntagged() {
        SentenceTagger failing = new SentenceTagger() {
            private final FakeTagger ok = new FakeTagger(false);

            @Override
            public TaggedSentence tag(List<String> words) {
                if (words.contains("BOOM")) {
                    throw new IllegalStateException("cannot tag BOOM");
                }
                return ok.tag(words);
            }

            @Override
            public boolean hasUpos() {
                return false;
            }
        };
        Annotation doc = tokenized(manySentences(20) + " A BOOM here. " + manySentences(20));
        PosAnnotator a = new PosAnnotator(config(2, 1000, MaxLengthPolicy.FAIL, false), failing);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> a.annotate(doc));
        assertEquals("cannot tag BOOM", e.getMessage());
        for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            assertNull(t.tag(), "no partial tagging");
        }
    }

    @Test
    void overlongSentenceFailsByDefaultAndLeavesTheDocumentUntagged() {
        Annotation doc = tokenized("Short one. " + "This sentence has far too many words in it . ".repeat(1));
        FakeTagger tagger = new FakeTagger(false);
        PosAnnotator a = new PosAnnotator(config(1, 5, MaxLengthPolicy.FAIL, false), tagger);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.annotate(doc));
        assertEquals("trpos: sentence 2 (characters 11-55) has 10 tokens, more than trpos.maxlen=5;"
                + " raise trpos.maxlen or set trpos.maxlen.policy=split", e.getMessage());
        assertEquals(0, tagger.calls.get());
        for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            assertNull(t.tag(), "no partial tagging");
        }
    }

    @Test
    void overlongSentenceIsTaggedInPiecesWithSplit() {
        Annotation doc = tokenized("Short one. Anna and Bob met 12 friends in Paris and Rome on 3 days .");
        FakeTagger tagger = new FakeTagger(true);
        PosAnnotator annotator = new PosAnnotator(config(1, 4, MaxLengthPolicy.SPLIT, true), tagger);
        annotator.annotate(doc);
        assertEquals(1, annotator.sentencesSplit(), "only the long sentence is split");
        assertEquals(4, tagger.longest.get());
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        assertEquals(2, sentences.size());
        List<CoreLabel> longOne = sentences.get(1).get(CoreAnnotations.TokensAnnotation.class);
        assertEquals(14, longOne.size());
        assertEquals(1 + 4, tagger.calls.get(), "one call for the short sentence, ceil(14/4) for the long one");
        for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            assertEquals(FakeTagger.xpos(t.word()), t.tag(), t.word());
            assertEquals(FakeTagger.upos(t.tag()), t.get(CoreAnnotations.CoarseTagAnnotation.class));
            assertNotEquals("X", t.tag());
        }
    }

    @Test
    void documentWithoutSentencesFailsClearlyWhenCalledDirectly() {
        PosAnnotator a = new PosAnnotator(config(1, 10, MaxLengthPolicy.FAIL, false), new FakeTagger(false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> a.annotate(new Annotation("no tokens here")));
        assertTrue(e.getMessage().contains("no SentencesAnnotation"), e.getMessage());
    }

    @Test
    void emptyDocumentIsFine() {
        Annotation doc = tokenized("");
        new PosAnnotator(config(2, 10, MaxLengthPolicy.FAIL, false), new FakeTagger(false)).annotate(doc);
        assertTrue(doc.get(CoreAnnotations.TokensAnnotation.class).isEmpty());
    }
}
