package org.tagrank.integration.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * As in the CoreNLP server: one pipeline (one annotator instance, real model) annotating many documents from
 * several threads at once must give every document the tags a single thread gives it.
 */
class PosAnnotatorConcurrencyTest {
    private static final String[] SENTENCES = {
        "The library opens at nine.", "Anna bought three green apples for 4.50 dollars.",
        "Can you read the record before they record it?", "Time flies like an arrow; fruit flies like a banana.",
        "He said that that book was hers, not his.", "Running late, the runners ran to the station.",
        "Please e-mail me at anna@example.org by Friday!", "The old man the boats.",
    };

    private static List<String> documents() {
        List<String> docs = new ArrayList<>();
        for (int d = 0; d < 48; d++) {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < 1 + d % 6; s++) { // each document a different mix and length
                sb.append(SENTENCES[(d * 3 + s * 5) % SENTENCES.length]).append(' ');
            }
            docs.add(sb.toString());
        }
        return docs;
    }

    private static List<String> tags(StanfordCoreNLP pipeline, String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<String> out = new ArrayList<>();
        for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            out.add(t.word() + "/" + t.tag() + "/" + t.get(CoreAnnotations.CoarseTagAnnotation.class));
        }
        return out;
    }

    private static StanfordCoreNLP pipeline(String nthreads, String beam) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,trpos");
        p.setProperty("customAnnotatorClass.trpos", PosAnnotator.class.getName());
        p.setProperty("trpos.upos", "true");
        p.setProperty("trpos.nthreads", nthreads);
        p.setProperty("trpos.beam", beam);
        return new StanfordCoreNLP(p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,1", "3,1", "1,4", "3,4"})
    void manyThreadsOnOnePipelineTagLikeOneThread(String threadsAndBeam) throws Exception {
        String[] tb = threadsAndBeam.split(",");
        StanfordCoreNLP pipeline = pipeline(tb[0], tb[1]);
        List<String> docs = documents();
        List<List<String>> expected = new ArrayList<>();
        for (String d : docs) {
            expected.add(tags(pipeline, d));
        }
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<List<String>>> results = new ArrayList<>();
                for (String d : docs) {
                    results.add(callers.submit(() -> tags(pipeline, d)));
                }
                for (int i = 0; i < docs.size(); i++) {
                    assertEquals(expected.get(i), results.get(i).get(60, TimeUnit.SECONDS), "document " + i);
                }
            }
        } finally {
            callers.shutdownNow();
        }
    }
}
