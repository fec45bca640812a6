package org.tagrank.integration.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.cli.Main;
import org.tagrank.io.Corpora;
import org.tagrank.task.pos.PosTagger;
import org.tagrank.task.pos.TaggedSentence;

/** The real annotator with the bundled model in real CoreNLP pipelines (Java API). */
class CoreNlpPipelineIT {
    static final Path EXAMPLE_PROPS = Path.of("scripts/trpos.properties");
    private static Properties example;
    private static PosTagger tagger;

    @BeforeAll
    static void load() throws IOException {
        example = new Properties();
        try (Reader r = Files.newBufferedReader(EXAMPLE_PROPS)) {
            example.load(r);
        }
        tagger = PosTagger.load(example.getProperty("trpos.model").trim());
    }

    static String sampleText() throws IOException {
        try (InputStream in = CoreNlpPipelineIT.class.getResourceAsStream("sample-en.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> words(CoreMap sentence) {
        List<String> words = new ArrayList<>();
        for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            words.add(t.word());
        }
        return words;
    }

    /** XPOS per sentence from {@code tagrank tag --input-format tokens} (the CLI, run in-process). */
    static List<List<String>> cliTags(List<List<String>> sentences, Path dir) throws IOException {
        Path in = dir.resolve("tokens.txt");
        StringBuilder sb = new StringBuilder();
        for (List<String> s : sentences) {
            sb.append(String.join(" ", s)).append('\n');
        }
        Files.writeString(in, sb, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"tag", "--model", example.getProperty("trpos.model").trim(),
                "--input-format", "tokens", "--output-format", "word_tag", "--threads", "2", in.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, () -> err.toString(StandardCharsets.UTF_8));
        List<List<String>> tags = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> t = new ArrayList<>();
            for (String wordTag : line.split(" ")) {
                t.add(wordTag.substring(wordTag.lastIndexOf('_') + 1));
            }
            tags.add(t);
        }
        return tags;
    }

    private static List<String> tags(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::tag).toList();
    }

    @Test
    void tokenizeSsplitTrposLemmaNerThroughTheJavaApi(@TempDir Path dir) throws IOException {
        org.tagrank.testutil.Fixtures.requireCoreNlpModels();
        Properties props = new Properties();
        props.putAll(example);
        assertEquals("tokenize,ssplit,trpos,lemma,ner", props.getProperty("annotators").trim());
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        Annotation doc = new Annotation(sampleText());
        pipeline.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        assertEquals(24, sentences.size());
        boolean someEntity = false;
        for (CoreMap s : sentences) {
            TaggedSentence direct = tagger.tag(words(s));
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                assertEquals(direct.xpos().get(i), t.tag(), t.word());
                assertEquals(direct.upos().get(i), t.get(CoreAnnotations.CoarseTagAnnotation.class), t.word());
                assertNotNull(t.lemma(), t.word());
                assertNotNull(t.ner(), t.word());
                someEntity |= !t.ner().equals("O");
            }
        }
        assertTrue(someEntity, "ner found no entity at all: downstream annotators did not get usable tags");
        assertEquals(cliTags(sentences.stream().map(CoreNlpPipelineIT::words).toList(), dir),
                sentences.stream().map(CoreNlpPipelineIT::tags).toList(), "pipeline vs tagrank tag");
    }

    @Test
    void pipelineTagsEqualTheTaggerAndTheCliOnEwtDevTokens(@TempDir Path dir) throws IOException {
        Path dev = Corpora.file("ud-english-ewt/en_ewt-ud-dev.conllu");
        assumeTrue(Files.isRegularFile(dev), "UD English EWT dev corpus not found at " + dev);
        List<List<String>> gold = new ArrayList<>();
        for (List<CoNllU> s : CoNllU.parse(Files.readString(dev, StandardCharsets.UTF_8))) {
            List<String> forms = s.stream().map(CoNllU::form).toList();
            // the whitespace tokenizer cannot represent forms that contain blanks
            if (forms.stream().noneMatch(f -> f.isEmpty() || f.chars().anyMatch(Character::isWhitespace))) {
                gold.add(forms);
            }
        }
        assertTrue(gold.size() > 1900, "EWT dev sentences: " + gold.size());
        StringBuilder text = new StringBuilder();
        for (List<String> forms : gold) {
            text.append(String.join(" ", forms)).append('\n');
        }
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,trpos");
        props.setProperty("customAnnotatorClass.trpos", PosAnnotator.class.getName());
        props.setProperty("tokenize.whitespace", "true");
        props.setProperty("ssplit.eolonly", "true");
        props.setProperty("trpos.model", example.getProperty("trpos.model").trim());
        props.setProperty("trpos.nthreads", "2");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        Annotation doc = new Annotation(text.toString());
        pipeline.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        assertEquals(gold.size(), sentences.size());
        int tokens = 0;
        for (int i = 0; i < gold.size(); i++) {
            List<String> words = words(sentences.get(i));
            assertEquals(gold.get(i), words, "sentence " + (i + 1));
            assertEquals(tagger.tag(words).xpos(), tags(sentences.get(i)), "sentence " + (i + 1));
            tokens += words.size();
        }
        assertFalse(tokens < 20000, "EWT dev tokens: " + tokens);
        assertEquals(cliTags(gold, dir), sentences.stream().map(CoreNlpPipelineIT::tags).toList(),
                "pipeline vs tagrank tag");
    }
}
