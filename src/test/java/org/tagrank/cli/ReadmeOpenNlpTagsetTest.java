package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * README's OpenNLP equivalents of train, eval and train --folds for task pos: OpenNLP's .conllu formats read UPOS
 * unless given {@code -tagset x}, and TagRank's pos task trains and scores XPOS, so an equivalent without it compared
 * accuracies over other tags.
 */
class ReadmeOpenNlpTagsetTest {
    @Test
    void everyOpenNlpConlluPosCommandReadsXpos() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("| `opennlp POSTagger") && l.contains(".conllu")).toList();
        assertFalse(rows.isEmpty(), "README: no OpenNLP POSTagger*.conllu rows");
        for (String row : rows) {
            String opennlp = row.substring(0, row.indexOf("` |") + 1);
            assertTrue(opennlp.contains(" -tagset x"), opennlp);
        }
    }
}
