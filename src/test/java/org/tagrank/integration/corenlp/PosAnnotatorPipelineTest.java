package org.tagrank.integration.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** PosAnnotator inside real StanfordCoreNLP pipelines, loaded by CoreNLP via customAnnotatorClass. */
class PosAnnotatorPipelineTest {

    private static Properties props(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("customAnnotatorClass.trpos", FakeModelPosAnnotator.class.getName());
        return p;
    }

    @Test
    void missingPrerequisiteFailsWithCoreNlpsOwnMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StanfordCoreNLP(props("trpos")));
        assertTrue(e.getMessage().startsWith("annotator \"trpos\" requires annotation \"TokensAnnotation\""),
                e.getMessage());
    }

    @Test
    void lemmaAfterTrposIsAccepted() {
        Properties p = props("tokenize,ssplit,trpos,lemma");
        p.setProperty("trpos.upos", "true");
        p.setProperty("trpos.nthreads", "2");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        Annotation doc = new Annotation("Anna saw 3 cats. Bob saw 2 dogs.");
        pipeline.annotate(doc);
        for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            assertEquals(FakeTagger.xpos(t.word()), t.tag(), t.word());
            assertEquals(FakeTagger.upos(t.tag()), t.get(CoreAnnotations.CoarseTagAnnotation.class));
            assertTrue(t.lemma() != null && !t.lemma().isEmpty(), t.word());
        }
    }

    @Test
    void lemmaWithoutATaggerFailsWithCoreNlpsOwnMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StanfordCoreNLP(props("tokenize,ssplit,lemma,trpos")));
        assertTrue(e.getMessage().startsWith("annotator \"lemma\" requires annotation \"PartOfSpeechAnnotation\""),
                e.getMessage());
    }

    @Test
    void typoInAKeyFailsThePipeline() {
        Properties p = props("tokenize,ssplit,trpos");
        p.setProperty("trpos.nthread", "2");
        Exception e = assertThrows(RuntimeException.class, () -> new StanfordCoreNLP(p));
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("unknown property trpos.nthread"), root.getMessage());
    }
}
