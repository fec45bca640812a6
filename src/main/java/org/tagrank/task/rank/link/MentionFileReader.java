package org.tagrank.task.rank.link;

import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.Readers;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a mention file ({@code aida-*.mentions.tsv} layout): one mention per TAB-separated line,
 * {@code doc_id mention_idx tok_start tok_end mention aida_gold gold gold_rank n_cands} then one
 * {@code Title|popularity|inCount|outCount} field per candidate. {@code --NME--} marks NIL. The
 * label is column 7 ({@code gold}); column 6 is read but not used.
 */
public final class MentionFileReader {
    public static final String NIL = "--NME--";
    private static final int FIXED = 9;

    private MentionFileReader() {
    }

    public static List<LinkMention> read(Path file) throws IOException {
        try (BufferedReader r = Readers.utf8(file)) {
            return read(r, file.toString());
        }
    }

    public static List<LinkMention> read(BufferedReader r, String source) throws IOException {
        List<LinkMention> out = new ArrayList<>();
        String line;
        long no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.endsWith("\r")) { // CRLF files
                line = line.substring(0, line.length() - 1);
            }
            CorpusFormatException.checkNoInnerBom(line, source, no); // it would start another document's id
            if (line.isEmpty()) {
                throw new CorpusFormatException(source, no, "empty line (expected one mention per line)");
            }
            out.add(parse(line, source, no));
        }
        if (out.isEmpty()) {
            throw new CorpusFormatException(source, 1, "no mentions");
        }
        return out;
    }

    static LinkMention parse(String line, String source, long no) throws CorpusFormatException {
        String[] f = line.split("\t", -1);
        if (f.length < FIXED) {
            throw new CorpusFormatException(source, no, "expected at least " + FIXED
                    + " TAB-separated fields (doc_id mention_idx tok_start tok_end mention aida_gold gold gold_rank n_cands), got "
                    + f.length);
        }
        int idx = integer(f[1], "mention_idx", source, no);
        int start = integer(f[2], "tok_start", source, no);
        int end = integer(f[3], "tok_end", source, no);
        int goldRank = integer(f[7], "gold_rank", source, no);
        int n = integer(f[8], "n_cands", source, no);
        if (f[0].isEmpty()) {
            throw new CorpusFormatException(source, no, "empty doc_id");
        }
        if (f[4].isBlank()) { // nothing names an entity; an alias table (link aliases) cannot hold it either
            throw new CorpusFormatException(source, no, (f[4].isEmpty() ? "empty" : "blank") + " mention text");
        }
        if (idx < 0 || start < 0 || end <= start) {
            throw new CorpusFormatException(source, no, "bad mention index or token span: " + idx + " [" + start + ","
                    + end + ")");
        }
        if (n != f.length - FIXED) {
            throw new CorpusFormatException(source, no, "n_cands says " + n + " candidates but the line has "
                    + (f.length - FIXED));
        }
        List<LinkCandidate> cands = new ArrayList<>(n);
        Set<String> titles = new HashSet<>();
        for (int i = FIXED; i < f.length; i++) {
            LinkCandidate c;
            try {
                c = LinkCandidate.parse(f[i]);
            } catch (IllegalArgumentException e) {
                throw new CorpusFormatException(source, no, "field " + (i + 1) + ": " + e.getMessage());
            }
            // the gold is matched by title in some commands and by gold_rank in others: a title given twice
            // would make them disagree about which row is gold
            if (!titles.add(c.title())) {
                throw new CorpusFormatException(source, no, "field " + (i + 1) + ": candidate '" + c.title()
                        + "' appears twice in this mention");
            }
            cands.add(c);
        }
        String gold = f[6].equals(NIL) ? null : f[6];
        if (gold == null && goldRank != -1) {
            throw new CorpusFormatException(source, no, "NIL mention with gold_rank " + goldRank + " (expected -1)");
        }
        if (goldRank < -1 || goldRank >= n) {
            throw new CorpusFormatException(source, no, "gold_rank " + goldRank + " is outside the " + n + " candidates");
        }
        if (goldRank == -1 && gold != null) { // eval reads gold_rank, link rank the title: they must agree
            for (int i = 0; i < cands.size(); i++) {
                if (cands.get(i).title().equals(gold)) {
                    throw new CorpusFormatException(source, no, "gold '" + gold + "' is candidate " + i + " (field "
                            + (FIXED + i + 1) + "), but gold_rank is -1 (not among the candidates)");
                }
                if (LinkMention.sameInNfc(cands.get(i).title(), gold)) { // eval would count it wrong, silently
                    throw new CorpusFormatException(source, no, "gold '" + gold + "' and candidate " + i + " (field "
                            + (FIXED + i + 1) + ") are the same text in another Unicode normalization form (NFC vs "
                            + "NFD): write both in one form, NFC as Wikipedia titles are");
                }
            }
        }
        try {
            return new LinkMention(f[0], idx, start, end, f[4], gold, cands, goldRank, no);
        } catch (IllegalArgumentException e) {
            throw new CorpusFormatException(source, no, e.getMessage());
        }
    }

    private static int integer(String s, String what, String source, long no) throws CorpusFormatException {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new CorpusFormatException(source, no, what + " '" + s + "' is not an integer");
        }
    }
}
