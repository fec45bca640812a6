package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.tagrank.core.ScoredOutput;
import org.tagrank.task.pos.TaggedSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * TopK output read back with the rule the README gives: tags may hold ',' and ':' (PTB's own ',' and ':'), so an
 * entry is TAG:PROB with PROB the digits after its last ':', matched entry by entry.
 */
class TagFormatTopKTest {
    private static final Pattern ENTRY = Pattern.compile("(.+?):(\\d\\.\\d+)(?:,|$)"); // as in README.md

    /** The tags of a TopK value, each entry matched where the previous one ended. */
    private static List<String> tags(String topK) {
        List<String> out = new ArrayList<>();
        Matcher m = ENTRY.matcher(topK);
        int at = 0;
        while (at < topK.length()) {
            assertEquals(true, m.find(at) && m.start() == at, "an entry at " + at + " of " + topK);
            out.add(m.group(1));
            at = m.end();
        }
        return out;
    }

    @Test
    void topKWithCommaAndColonTagsParsesBackToTheTags() {
        List<String> candidates = List.of(",", ":", "NN", "-LRB-", "``");
        List<ScoredOutput> top = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            top.add(new ScoredOutput(k, candidates.get(k), 1.0 - k, k == 0 ? 1.0 : 0.5 / (k + 1)));
        }
        List<ScoredOutput> colonFirst = List.of(top.get(1), top.get(0), top.get(2));
        TaggedSentence s = new TaggedSentence(List.of(",", ";"), List.of(",", ":"), null);

        StringBuilder conllu = new StringBuilder();
        TagFormat.CONLLU.write(conllu, s, null, List.of(top, colonFirst), '_', null);
        String[] lines = conllu.toString().split("\n");
        String misc0 = lines[0].substring(lines[0].lastIndexOf('\t') + 1);
        assertEquals("TopK=,:1.0000,::0.2500,NN:0.1666,-LRB-:0.1250,``:0.1000", misc0);
        assertEquals(candidates, tags(misc0.substring("TopK=".length())));
        String misc1 = lines[1].substring(lines[1].lastIndexOf('\t') + 1);
        assertEquals(List.of(":", ",", "NN"), tags(misc1.substring("TopK=".length())));

        StringBuilder tsv = new StringBuilder();
        TagFormat.TSV.write(tsv, s, null, List.of(top, colonFirst), '_', null);
        String[] rows = tsv.toString().split("\n");
        assertEquals(candidates, tags(rows[0].split("\t")[3]));
        assertEquals(List.of(":", ",", "NN"), tags(rows[1].split("\t")[3]));
    }
}
