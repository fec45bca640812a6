package org.tagrank.integration.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The annotator contract on a hand-built document whose mentions are set directly (no ner needed). */
class EntityLinkAnnotatorTest {
    @TempDir
    static Path dir;
    static LinkTestModels.Files2 files;

    @BeforeAll
    static void train() throws Exception {
        files = LinkTestModels.write(dir);
    }

    private static Properties props(String... kv) {
        Properties p = new Properties();
        p.setProperty("trlink.model", files.model().toString());
        p.setProperty("trlink.aliases", files.aliases().toString());
        p.setProperty("pos.model", "ignored: another annotator's key");
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    /** Sentences of whitespace tokens; [..|TYPE] marks a mention. */
    static Annotation document(String... sentences) {
        List<CoreLabel> all = new ArrayList<>();
        List<CoreMap> sents = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String s : sentences) {
            List<CoreLabel> toks = new ArrayList<>();
            List<CoreMap> mentions = new ArrayList<>();
            int mentionStart = -1;
            for (String w : s.split(" ")) {
                String word = w;
                if (word.startsWith("[")) {
                    word = word.substring(1);
                    mentionStart = toks.size();
                }
                String type = null;
                int bar = word.indexOf('|');
                if (word.endsWith("]") && bar > 0) {
                    type = word.substring(bar + 1, word.length() - 1);
                    word = word.substring(0, bar);
                }
                CoreLabel t = new CoreLabel();
                t.setWord(word);
                t.setValue(word);
                t.setOriginalText(word);
                t.setBeginPosition(text.length());
                text.append(word);
                t.setEndPosition(text.length());
                text.append(' ');
                t.setIndex(toks.size() + 1);
                toks.add(t);
                if (type != null) {
                    List<CoreLabel> mt = new ArrayList<>(toks.subList(mentionStart, toks.size()));
                    CoreMap m = new ArrayCoreMap();
                    m.set(CoreAnnotations.TokensAnnotation.class, mt);
                    m.set(CoreAnnotations.TextAnnotation.class, String.join(" ", mt.stream().map(CoreLabel::word).toList()));
                    m.set(CoreAnnotations.NamedEntityTagAnnotation.class, type);
                    m.set(CoreAnnotations.TokenBeginAnnotation.class, all.size() + mentionStart);
                    m.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + toks.size());
                    mentions.add(m);
                }
            }
            CoreMap sent = new ArrayCoreMap();
            sent.set(CoreAnnotations.TokensAnnotation.class, toks);
            sent.set(CoreAnnotations.MentionsAnnotation.class, mentions);
            sents.add(sent);
            all.addAll(toks);
        }
        Annotation a = new Annotation(text.toString().strip());
        a.set(CoreAnnotations.TokensAnnotation.class, all);
        a.set(CoreAnnotations.SentencesAnnotation.class, sents);
        return a;
    }

    private static Annotation cyclingStory() {
        return document("CYCLING - [Armstrong|PERSON] takes the lead on [Sunday|DATE] .",
                "[Armstrong|PERSON] rode away on a climb of the [Tour de France|MISC] as [Zorblatt Quux|PERSON] watched .");
    }

    private static List<CoreMap> mentions(Annotation a) {
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            out.addAll(s.get(CoreAnnotations.MentionsAnnotation.class));
        }
        return out;
    }

    @Test
    void linksMentionsAndTheirTokensLikeEntitylink() {
        Annotation a = cyclingStory();
        new EntityLinkAnnotator("trlink", props()).annotate(a);
        List<CoreMap> ms = mentions(a);
        assertEquals("Lance_Armstrong", ms.get(0).get(CoreAnnotations.WikipediaEntityAnnotation.class));
        assertNull(ms.get(1).get(CoreAnnotations.WikipediaEntityAnnotation.class), "a date is not linked");
        assertEquals("Lance_Armstrong", ms.get(2).get(CoreAnnotations.WikipediaEntityAnnotation.class));
        assertEquals("Tour_de_France", ms.get(3).get(CoreAnnotations.WikipediaEntityAnnotation.class));
        assertNull(ms.get(4).get(CoreAnnotations.WikipediaEntityAnnotation.class), "no candidates: NIL");
        for (CoreLabel t : ms.get(3).get(CoreAnnotations.TokensAnnotation.class)) {
            assertEquals("Tour_de_France", t.get(CoreAnnotations.WikipediaEntityAnnotation.class));
        }
        List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
        assertEquals("O", tokens.get(0).get(CoreAnnotations.WikipediaEntityAnnotation.class));
        assertEquals("Lance_Armstrong", tokens.get(2).get(CoreAnnotations.WikipediaEntityAnnotation.class));
        for (CoreLabel t : ms.get(4).get(CoreAnnotations.TokensAnnotation.class)) {
            assertEquals("O", t.get(CoreAnnotations.WikipediaEntityAnnotation.class));
        }
    }

    @Test
    void theSameNameInACountyStoryIsTheCounty() {
        Annotation a = document("BUDGET - [Armstrong|LOCATION] raises taxes in [Pennsylvania|LOCATION] .");
        new EntityLinkAnnotator("trlink", props()).annotate(a);
        assertEquals("Armstrong_County,_Pennsylvania", mentions(a).get(0).get(CoreAnnotations.WikipediaEntityAnnotation.class));
    }

    /** Mentions from another source than CoreNLP's ner may have no NER class: they are entities, not values. */
    @Test
    void aMentionWithoutNerClassIsLinked() {
        Annotation a = cyclingStory();
        for (CoreMap m : mentions(a)) {
            if (!"DATE".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
                m.remove(CoreAnnotations.NamedEntityTagAnnotation.class);
            }
        }
        new EntityLinkAnnotator("trlink", props()).annotate(a);
        assertEquals("Lance_Armstrong", mentions(a).get(0).get(CoreAnnotations.WikipediaEntityAnnotation.class));
        assertNull(mentions(a).get(1).get(CoreAnnotations.WikipediaEntityAnnotation.class), "a date is not linked");
    }

    @Test
    void wikidictCandidatesLinkWhatTheAliasTableLacks() throws Exception {
        Path wd = dir.resolve("wikidict.tab");
        java.nio.file.Files.writeString(wd, "Zorblatt Quux\tZorblatt Quux\t0.9\n");
        Annotation a = cyclingStory();
        new EntityLinkAnnotator("trlink", props("trlink.wikidict", wd.toString(), "trlink.wikidict.candidates", "true"))
                .annotate(a);
        List<CoreMap> ms = mentions(a);
        assertEquals("Zorblatt_Quux", ms.get(4).get(CoreAnnotations.WikipediaEntityAnnotation.class),
                "the dictionary's entity is the only candidate");
        assertEquals("Lance_Armstrong", ms.get(0).get(CoreAnnotations.WikipediaEntityAnnotation.class));
        // without .wikidict.candidates a model without wikidict features would not read the dictionary: refused
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EntityLinkAnnotator("trlink", props("trlink.wikidict", dir.resolve("no-such.gz").toString())));
        assertTrue(e.getMessage().startsWith("trlink.wikidict is set but unused: model "), e.getMessage());
        assertTrue(e.getMessage().contains("trlink.wikidict.candidates = true"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new EntityLinkAnnotator("trlink", props("trlink.wikidict.candidates", "true")));
        assertTrue(e.getMessage().contains("trlink.wikidict.candidates needs trlink.wikidict"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new EntityLinkAnnotator("trlink",
                props("trlink.wikidict", wd.toString(), "trlink.wikidict.candidates", "yes")));
        assertTrue(e.getMessage().contains("must be true or false"), e.getMessage());
    }

    /**
     * CoreNLP reads a boolean property with Boolean.parseBoolean, which ignores case, and this project's POS annotator
     * does too: "trlink.wikidict.candidates = True" was refused as neither true nor false.
     */
    @Test
    void wikidictCandidatesIgnoresTheCaseOfTrueAndFalse() throws Exception {
        Path wd = dir.resolve("wikidict-case.tab");
        java.nio.file.Files.writeString(wd, "Zorblatt Quux\tZorblatt Quux\t0.9\n");
        for (String on : new String[]{"True", "TRUE", " tRuE "}) {
            Annotation a = cyclingStory();
            new EntityLinkAnnotator("trlink", props("trlink.wikidict", wd.toString(), "trlink.wikidict.candidates", on))
                    .annotate(a);
            assertEquals("Zorblatt_Quux", mentions(a).get(4).get(CoreAnnotations.WikipediaEntityAnnotation.class), on);
        }
        // False still means off: with a dictionary nothing reads, that is the "unused" refusal, not a bad value
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EntityLinkAnnotator("trlink",
                props("trlink.wikidict", wd.toString(), "trlink.wikidict.candidates", "FALSE")));
        assertTrue(e.getMessage().startsWith("trlink.wikidict is set but unused"), e.getMessage());
    }

    /** CoreNLP's ner takes a mention's text from the raw document, so a name wrapped across lines keeps the line break. */
    @Test
    void aMentionWrappedAcrossLinesLinksAsOnOneLine() throws Exception {
        Path wd = dir.resolve("wikidict-wrapped.tab");
        java.nio.file.Files.writeString(wd, "Zorblatt Quux\tZorblatt Quux\t0.9\n");
        Properties p = props("trlink.wikidict", wd.toString(), "trlink.wikidict.candidates", "true");
        for (String raw : new String[]{"Zorblatt\nQuux", "Zorblatt  Quux", " Zorblatt \r\n\tQuux", "Zorblatt\u00a0Quux"}) {
            Annotation a = cyclingStory();
            mentions(a).get(4).set(CoreAnnotations.TextAnnotation.class, raw);
            new EntityLinkAnnotator("trlink", p).annotate(a);
            assertEquals("Zorblatt_Quux", mentions(a).get(4).get(CoreAnnotations.WikipediaEntityAnnotation.class),
                    raw.replace("\n", "\\n").replace("\u00a0", "<NBSP>"));
        }
    }

    /** CoreNLP's tokenizer drops a soft hyphen (HTML &shy;) from its words, but the mention's raw text keeps it. */
    @Test
    void aSoftHyphenInAMentionIsIgnoredAsTheTokenizerIgnoresIt() throws Exception {
        Path wd = dir.resolve("wikidict-shy.tab");
        java.nio.file.Files.writeString(wd, "Zorblatt Quux\tZorblatt Quux\t0.9\n");
        Annotation a = cyclingStory();
        mentions(a).get(4).set(CoreAnnotations.TextAnnotation.class, "Zorb\u00adlatt Quux");
        new EntityLinkAnnotator("trlink", props("trlink.wikidict", wd.toString(), "trlink.wikidict.candidates", "true"))
                .annotate(a);
        assertEquals("Zorblatt_Quux", mentions(a).get(4).get(CoreAnnotations.WikipediaEntityAnnotation.class));
    }

    @Test
    void belowTheThresholdStaysNil() {
        Annotation a = cyclingStory();
        new EntityLinkAnnotator("trlink", props("trlink.threshold", "1.0")).annotate(a);
        for (CoreMap m : mentions(a)) {
            assertNull(m.get(CoreAnnotations.WikipediaEntityAnnotation.class), m.toString());
        }
        assertEquals("O", a.get(CoreAnnotations.TokensAnnotation.class).get(2).get(CoreAnnotations.WikipediaEntityAnnotation.class));
    }

    /** Properties files keep trailing blanks in values; the POS annotator trims them, and so must this one. */
    @Test
    void valuesWithTrailingBlanksFromAPropertiesFileWork() throws java.io.IOException {
        Properties p = new Properties();
        p.load(new java.io.StringReader("trlink.model = " + files.model().toString().replace("\\", "\\\\") + "  \n"
                + "trlink.aliases = " + files.aliases().toString().replace("\\", "\\\\") + " \t\n"
                + "trlink.threshold = 0.0 \n"));
        assertTrue(p.getProperty("trlink.aliases").endsWith(" \t"), "Properties.load keeps trailing blanks");
        Annotation a = cyclingStory();
        new EntityLinkAnnotator("trlink", p).annotate(a);
        assertEquals("Lance_Armstrong", mentions(a).get(0).get(CoreAnnotations.WikipediaEntityAnnotation.class));
    }

    @Test
    void contract() {
        EntityLinkAnnotator an = new EntityLinkAnnotator("trlink", props());
        assertTrue(an.requires().contains(CoreAnnotations.MentionsAnnotation.class));
        assertTrue(an.requires().contains(CoreAnnotations.TokensAnnotation.class));
        assertEquals(java.util.Set.of(CoreAnnotations.WikipediaEntityAnnotation.class), an.requirementsSatisfied());
    }

    @Test
    void badConfigurationAndInputFailClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EntityLinkAnnotator("trlink", props("trlink.treshold", "0.5")));
        assertTrue(e.getMessage().contains("unknown property trlink.treshold"), e.getMessage());
        Properties p = props();
        p.remove("trlink.aliases");
        e = assertThrows(IllegalArgumentException.class, () -> new EntityLinkAnnotator("trlink", p));
        assertTrue(e.getMessage().contains("trlink.aliases is required"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EntityLinkAnnotator("trlink", props("trlink.threshold", "2")));
        // "trlink.wikidict =" was ignored in silence (the model needs none), "trlink.model =" read the working directory
        for (String key : new String[]{"trlink.wikidict", "trlink.model"}) {
            e = assertThrows(IllegalArgumentException.class, () -> new EntityLinkAnnotator("trlink", props(key, " ")));
            assertEquals(key + " must not be blank when given", e.getMessage());
        }
        assertThrows(java.io.UncheckedIOException.class,
                () -> new EntityLinkAnnotator("trlink", props("trlink.model", dir.resolve("none.zip").toString())));
        Annotation a = cyclingStory();
        a.get(CoreAnnotations.SentencesAnnotation.class).get(0).remove(CoreAnnotations.MentionsAnnotation.class);
        e = assertThrows(IllegalArgumentException.class, () -> new EntityLinkAnnotator("trlink", props()).annotate(a));
        assertTrue(e.getMessage().contains("run ner first"), e.getMessage());
        // ner ran, with ner.buildEntityMentions=false: "run ner first" sent the user looking for a missing ner
        assertTrue(e.getMessage().contains("ner.buildEntityMentions=false"), e.getMessage());
    }

    @Test
    void aTokenWithoutTextFailsNamingTheAnnotatorAndTheCharacter() {
        Annotation a = cyclingStory();
        a.get(CoreAnnotations.TokensAnnotation.class).get(1).setWord(null); // "-", at character 8
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EntityLinkAnnotator("trlink", props()).annotate(a));
        assertEquals("trlink: a token at character 8 has no word (TextAnnotation)", e.getMessage());
    }

    @Test
    void aFailedDocumentIsLeftUntouched() {
        Annotation a = cyclingStory(); // the second sentence lacks ner's mentions: the first was already marked O
        a.get(CoreAnnotations.SentencesAnnotation.class).get(1).remove(CoreAnnotations.MentionsAnnotation.class);
        assertThrows(IllegalArgumentException.class, () -> new EntityLinkAnnotator("trlink", props()).annotate(a));
        for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
            assertNull(t.get(CoreAnnotations.WikipediaEntityAnnotation.class), t.word());
        }
    }
}
