package org.tagrank.integration.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.task.pos.PosTagger;
import org.tagrank.task.pos.TaggedSentence;

/**
 * CoreNLP's own command line, {@code edu.stanford.nlp.pipeline.StanfordCoreNLP -props scripts/trpos.properties
 * -file in.txt -outputFormat conllu}, in a separate JVM with TagRank and the CoreNLP models on the classpath.
 */
class CoreNlpCommandLineIT {

    @Test
    void conlluOutputCarriesTheTaggersTagsAndLemmas(@TempDir Path dir) throws Exception {
        org.tagrank.testutil.Fixtures.requireCoreNlpModels(); // the example properties run ner
        Path in = dir.resolve("in.txt");
        Files.writeString(in, CoreNlpPipelineIT.sampleText(), StandardCharsets.UTF_8);
        Path log = dir.resolve("corenlp.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), "edu.stanford.nlp.pipeline.StanfordCoreNLP",
                "-props", CoreNlpPipelineIT.EXAMPLE_PROPS.toString(), "-file", in.toString(),
                "-outputFormat", "conllu", "-outputDirectory", dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(300, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(finished, "CoreNLP did not finish within 300 s");
        assertEquals(0, p.exitValue(), () -> read(log));
        Path out = dir.resolve("in.txt.conllu");
        assertTrue(Files.isRegularFile(out), () -> "no output file; log:\n" + read(log));

        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(CoreNlpPipelineIT.EXAMPLE_PROPS)) {
            props.load(r);
        }
        PosTagger tagger = PosTagger.load(props.getProperty("trpos.model").trim());
        List<List<CoNllU>> sentences = CoNllU.parse(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(24, sentences.size());
        for (List<CoNllU> s : sentences) {
            TaggedSentence direct = tagger.tag(s.stream().map(CoNllU::form).toList());
            assertEquals(direct.xpos(), s.stream().map(CoNllU::xpos).toList());
            assertEquals(direct.upos(), s.stream().map(CoNllU::upos).toList());
            for (CoNllU t : s) {
                assertFalse(t.lemma().equals("_") && !t.form().equals("_"), "no lemma for " + t.form());
            }
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
