package org.tagrank;

import opennlp.tools.doccat.DocumentCategorizer;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.util.Sequence;
import org.junit.jupiter.api.Test;
import org.tagrank.core.Contribution;
import org.tagrank.integration.opennlp.TagRankDocumentCategorizer;
import org.tagrank.integration.opennlp.TagRankPOSTagger;
import org.tagrank.task.pos.PosTagger;
import org.tagrank.task.pos.TaggedSentence;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * README's Java and OpenNLP examples run as written with the bundled models, and give what their comments say
 * (DocSnippetsTest only compiles them).
 */
class ReadmeJavaExamplesTest {

    @Test
    void javaApiExample() throws IOException {
        PosTagger tagger = PosTagger.loadDefault();
        List<String> words = List.of("I", "saw", "her", "duck", ".");
        TaggedSentence s = tagger.tag(words);
        assertEquals(List.of("PRP", "VBD", "PRP$", "NN", "."), s.xpos());
        assertEquals(List.of("PRON", "VERB", "PRON", "NOUN", "PUNCT"), s.upos());
        assertEquals(5, tagger.topK(words, 3).size());
        List<Contribution> why = tagger.explain(words, 3, 10); // "duck"
        assertEquals(10, why.size());
        why.forEach(c -> assertTrue(c.feature().endsWith(" ∧ NN"), c.feature()));
    }

    @Test
    void openNlpExamples() throws IOException {
        String[] sentence = {"The", "dog", "barks", "."};
        POSTagger tagger = TagRankPOSTagger.loadDefault();
        String[] tags = tagger.tag(sentence);
        Sequence[] best = tagger.topKSequences(sentence);
        assertEquals(3, best.length); // "the 3 best sequences"
        for (int i = 1; i < best.length; i++) {
            assertTrue(best[i - 1].getScore() >= best[i].getScore());
        }

        Sequence tagged = TagRankPOSTagger.loadDefault().tagSequence(sentence);
        assertEquals(List.of(tags), tagged.getOutcomes());
        assertEquals(4, tagged.getProbs().length);

        POSTagger ud = TagRankPOSTagger.load("models/en-ewt-pos-ap-1.lin.zip", POSTagFormat.UD);
        assertArrayEquals(new String[]{"DET", "NOUN", "VERB", "PUNCT"}, ud.tag(sentence));

        TagRankPOSTagger behind = TagRankPOSTagger.loadDefault();
        assertEquals(List.of("DET", "NOUN", "VERB", "PUNCT"), behind.tagger().tag(List.of(sentence)).upos());
        assertTrue(behind.tagger().tags().labels().containsAll(Arrays.asList(tags)));

        DocumentCategorizer cat = TagRankDocumentCategorizer.load("models/en-20news-classify-svm-1.lin.zip");
        String[] tokens = {"The", "shuttle", "launch", "was", "delayed", "."};
        assertEquals("sci.space", cat.getBestCategory(cat.categorize(tokens)));
    }
}
