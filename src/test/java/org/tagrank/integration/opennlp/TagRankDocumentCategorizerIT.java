package org.tagrank.integration.opennlp;

import opennlp.tools.doccat.DocumentCategorizerEvaluator;
import opennlp.tools.doccat.DocumentSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.cli.Main;
import org.tagrank.task.classify.Document;
import org.tagrank.task.classify.NewsgroupsReader;
import org.tagrank.task.classify.TextClassifier;
import org.tagrank.task.classify.TwentyNewsgroups;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OpenNLP's own evaluator over the adapter gives exactly TagRank's {@code eval} accuracy on 20NG test. */
class TagRankDocumentCategorizerIT {
    @TempDir
    Path dir;

    @Test
    void openNlpEvaluatorEqualsTagRankEval() throws Exception {
        Path testFile = TwentyNewsgroups.test();
        TextClassifier c = TwentyNewsgroups.model();
        Path model = dir.resolve("20ng.lin.zip");
        c.save(model);

        TagRankDocumentCategorizer cat = TagRankDocumentCategorizer.load(model.toString());
        DocumentCategorizerEvaluator ev = new DocumentCategorizerEvaluator(cat);
        List<Document> test = NewsgroupsReader.read(testFile);
        for (Document d : test) {
            // the corpus text is single-space separated, so these are exactly OpenNLP's whitespace tokens
            ev.evaluateSample(new DocumentSample(d.label(), d.text().split(" ")));
        }
        assertEquals(test.size(), ev.getDocumentCount());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[]{"eval", "--task", "classify", "--model", model.toString(), "--data",
                testFile.toString(), "--json", "--quiet"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        String json = out.toString(StandardCharsets.UTF_8);
        Matcher n = Pattern.compile("\"n\":(\\d+)").matcher(json);
        Matcher acc = Pattern.compile("\"accuracy\":([0-9.eE-]+)").matcher(json);
        assertTrue(n.find() && acc.find(), json);
        assertEquals(ev.getDocumentCount(), Long.parseLong(n.group(1)));
        // eval prints 6 significant digits; one document is 1/7532 = 1.3e-4
        assertEquals(Double.parseDouble(acc.group(1)), ev.getAccuracy(), 1e-6);
    }
}
