package org.tagrank.integration.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The annotator in a real StanfordCoreNLP pipeline after CoreNLP's own ner (needs the CoreNLP models jar). */
class EntityLinkPipelineIT {
    @TempDir
    Path dir;

    @Test
    void linksNerMentionsInAPipeline() throws Exception {
        assumeTrue(getClass().getClassLoader().getResource(
                "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz") != null,
                "CoreNLP models jar (stanford-corenlp:4.5.10:models) not on the test classpath");
        LinkTestModels.Files2 files = LinkTestModels.write(dir);
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,trlink");
        p.setProperty("customAnnotatorClass.trlink", EntityLinkAnnotator.class.getName());
        p.setProperty("trlink.model", files.model().toString());
        p.setProperty("trlink.aliases", files.aliases().toString());
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        Annotation a = new Annotation("CYCLING - Lance Armstrong takes the lead. "
                + "Armstrong rode away from the pack in the Tour de France on a hot afternoon.");
        pipeline.annotate(a);
        List<CoreMap> mentions = new ArrayList<>();
        for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            mentions.addAll(s.get(CoreAnnotations.MentionsAnnotation.class));
        }
        CoreMap armstrong = null;
        for (CoreMap m : mentions) {
            if (m.get(CoreAnnotations.TextAnnotation.class).equals("Armstrong")) {
                armstrong = m;
            }
        }
        assertNotNull(armstrong, "ner found no 'Armstrong' mention: " + mentions);
        assertEquals("Lance_Armstrong", armstrong.get(CoreAnnotations.WikipediaEntityAnnotation.class));
        for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
            assertNotNull(t.get(CoreAnnotations.WikipediaEntityAnnotation.class), "every token is annotated: " + t);
        }
        assertTrue(a.get(CoreAnnotations.TokensAnnotation.class).stream().anyMatch(
                t -> "O".equals(t.get(CoreAnnotations.WikipediaEntityAnnotation.class))));
    }

    @Test
    void theWikidictAsASecondCandidateSourceLinksWhatTheAliasTableLacks() throws Exception {
        assumeTrue(getClass().getClassLoader().getResource(
                "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz") != null,
                "CoreNLP models jar (stanford-corenlp:4.5.10:models) not on the test classpath");
        LinkTestModels.Files2 files = LinkTestModels.write(dir);
        Path wikidict = dir.resolve("wikidict.tab");
        java.nio.file.Files.writeString(wikidict, "Paris\tParis\t0.9\nArmstrong\tNeil Armstrong\t0.6\n");
        Annotation with = annotate(files, wikidict, true);
        Annotation without = annotate(files, wikidict, false);
        assertEquals("Paris", link(with, "Paris"), "only the dictionary knows Paris");
        assertEquals(null, link(without, "Paris"), "the alias table alone has no candidate for Paris");
        assertEquals("Lance_Armstrong", link(with, "Armstrong"),
                "the dictionary's entity joins the candidates; the model still picks the cyclist in a cycling story");
    }

    private static Annotation annotate(LinkTestModels.Files2 files, Path wikidict, boolean candidates) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,trlink");
        p.setProperty("customAnnotatorClass.trlink", EntityLinkAnnotator.class.getName());
        p.setProperty("trlink.model", files.model().toString());
        p.setProperty("trlink.aliases", files.aliases().toString());
        if (candidates) { // without: no dictionary at all (this model has no wikidict features to read it for)
            p.setProperty("trlink.wikidict", wikidict.toString());
            p.setProperty("trlink.wikidict.candidates", "true");
        }
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        Annotation a = new Annotation("CYCLING - Armstrong rode away from the pack in the Tour de France "
                + "on the last stage to Paris.");
        new StanfordCoreNLP(p).annotate(a);
        return a;
    }

    /** The link of the mention with this text (null when unlinked); fails when ner did not find it. */
    private static String link(Annotation a, String text) {
        for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreMap m : s.get(CoreAnnotations.MentionsAnnotation.class)) {
                if (m.get(CoreAnnotations.TextAnnotation.class).equals(text)) {
                    return m.get(CoreAnnotations.WikipediaEntityAnnotation.class);
                }
            }
        }
        throw new AssertionError("ner found no '" + text + "' mention");
    }
}
