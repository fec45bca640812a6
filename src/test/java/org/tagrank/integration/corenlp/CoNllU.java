package org.tagrank.integration.corenlp;

import java.util.ArrayList;
import java.util.List;

/** Just enough CoNLL-U reading for the CoreNLP tests: FORM, UPOS and XPOS per token, per sentence. */
record CoNllU(String form, String upos, String xpos, String lemma) {

    static List<List<CoNllU>> parse(String text) {
        List<List<CoNllU>> sentences = new ArrayList<>();
        List<CoNllU> current = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 10) {
                throw new IllegalArgumentException("not a CoNLL-U token line: " + line);
            }
            if (cols[0].contains("-") || cols[0].contains(".")) {
                continue;
            }
            current.add(new CoNllU(cols[1], cols[3], cols[4], cols[2]));
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        return sentences;
    }
}
