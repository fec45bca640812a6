package org.tagrank.task.rank;

import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.Readers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads MCTest {@code .tsv} story files (23 tab-separated fields per line: id, properties, story,
 * then 4 × question + 4 answers) and the answer key {@code .ans} beside them (same name, one line
 * of 4 tab-separated letters per story). CRLF or LF line endings. Errors name file:line.
 */
public final class McTestReader {
    static final int FIELDS = 23;

    private McTestReader() {
    }

    /**
     * The {@code .ans} file that belongs to a {@code .tsv} file: same name, other extension; either may be gzip-compressed
     * ({@code X.tsv.gz}: {@code X.ans}, else {@code X.ans.gz}).
     */
    public static Path answerFile(Path tsv) {
        String name = org.tagrank.io.Readers.nameWithoutGz(tsv);
        String base = name.endsWith(".tsv") ? name.substring(0, name.length() - 4) : name;
        return org.tagrank.io.Readers.sibling(tsv, base + ".ans");
    }

    /**
     * Reads the stories; gold answers come from the {@code .ans} beside, which must exist if {@code requireAnswers}
     * (training, evaluation: then there must be stories too; to rank, a file without any has none).
     */
    public static List<McTestStory> read(Path tsv, boolean requireAnswers) throws IOException {
        checkFiles(tsv, requireAnswers);
        Path ans = answerFile(tsv);
        boolean hasAns = Files.isRegularFile(ans);
        try (Reader stories = reader(tsv); Reader answers = hasAns ? reader(ans) : null) {
            return read(stories, tsv.toString(), answers, hasAns ? ans.toString() : null, !requireAnswers);
        }
    }

    /**
     * What {@link #read(Path, boolean)} checks before reading: the stories are a file (or a pipe) and, if
     * {@code requireAnswers}, their answer key is there; for callers that check every file before reading any.
     */
    public static void checkFiles(Path tsv, boolean requireAnswers) throws IOException {
        if (Files.isDirectory(tsv)) { // it said "no such file" of a directory that is there
            throw new java.nio.file.FileSystemException(tsv.toString(), null, "is a directory, not a file");
        }
        if (!Files.exists(tsv)) { // not "no answer key" for a missing .tsv; a named pipe (bash's <(cmd)) is read
            throw new java.nio.file.NoSuchFileException(tsv.toString());
        }
        Path ans = answerFile(tsv);
        if (requireAnswers && !Files.isRegularFile(ans)) {
            throw new CorpusFormatException(tsv.toString(), 1, "no answer key: expected " + ans + " beside the stories");
        }
    }

    private static Reader reader(Path p) throws IOException {
        return Readers.utf8(p);
    }

    /**
     * Reads from readers; {@code answers} may be null (gold unknown: stories to rank, where input without any is no
     * stories; with answers there must be some).
     */
    public static List<McTestStory> read(Reader stories, String source, Reader answers, String answerSource)
            throws IOException {
        return read(stories, source, answers, answerSource, answers == null);
    }

    private static List<McTestStory> read(Reader stories, String source, Reader answers, String answerSource,
                                          boolean allowEmpty) throws IOException {
        List<String[]> keys = answers == null ? null : readAnswers(new BufferedReader(answers), answerSource);
        BufferedReader in = new BufferedReader(stories);
        List<McTestStory> out = new ArrayList<>();
        java.util.Map<String, Long> firstLine = new java.util.HashMap<>();
        String line;
        long lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            line = ownLine(line, source, lineNo); // a mark kept in a story's id without a word
            if (line.isEmpty()) {
                continue;
            }
            String[] key = null;
            if (keys != null) {
                if (out.size() >= keys.size()) {
                    throw new CorpusFormatException(source, lineNo, "story " + (out.size() + 1) + " has no line in "
                            + answerSource + " (it has " + keys.size() + ")");
                }
                key = keys.get(out.size());
            }
            McTestStory story = parseStory(line, key, source, lineNo);
            Long first = firstLine.putIfAbsent(story.id(), lineNo);
            if (first != null) { // its questions would be ranked and scored twice under the same ids
                throw new CorpusFormatException(source, lineNo, "story id '" + story.id() + "' appears again (first at line "
                        + first + ")");
            }
            out.add(story);
        }
        if (out.isEmpty() && !allowEmpty) {
            throw new CorpusFormatException(source, Math.max(1, lineNo), "no stories");
        }
        if (keys != null && keys.size() != out.size()) {
            throw new CorpusFormatException(answerSource, out.size() + 1, "answer key has " + keys.size()
                    + " lines for " + out.size() + " stories");
        }
        return out;
    }

    private static List<String[]> readAnswers(BufferedReader in, String source) throws IOException {
        List<String[]> keys = new ArrayList<>();
        String line;
        long lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            line = ownLine(line, source, lineNo); // "got 'A'", the mark invisible in the quotes
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new CorpusFormatException(source, lineNo, "expected 4 tab-separated answer letters, got " + f.length
                        + " fields");
            }
            for (String s : f) {
                if (!s.matches("[A-D]")) {
                    throw new CorpusFormatException(source, lineNo, "answer must be one of A, B, C, D, got '" + s + "'");
                }
            }
            keys.add(f);
        }
        return keys;
    }

    private static McTestStory parseStory(String line, String[] key, String source, long lineNo)
            throws CorpusFormatException {
        String[] f = line.split("\t", -1);
        if (f.length != FIELDS) {
            throw new CorpusFormatException(source, lineNo, "expected " + FIELDS
                    + " tab-separated fields (id, properties, story, 4 x question + 4 answers), got " + f.length);
        }
        String id = f[0].strip();
        if (id.isEmpty()) {
            throw new CorpusFormatException(source, lineNo, "empty story id");
        }
        String story = unescape(f[2]);
        if (story.isBlank()) { // every answer would be ranked on its own words alone
            throw new CorpusFormatException(source, lineNo, "the story of " + id + " is empty (field 3)");
        }
        List<McTestQuestion> qs = new ArrayList<>(4);
        for (int q = 0; q < 4; q++) {
            int base = 3 + 5 * q;
            String text = f[base].strip();
            McTestQuestion.Type type;
            if (text.startsWith("one:")) {
                type = McTestQuestion.Type.ONE;
                text = text.substring(4).strip();
            } else if (text.startsWith("multiple:")) {
                type = McTestQuestion.Type.MULTIPLE;
                text = text.substring(9).strip();
            } else {
                throw new CorpusFormatException(source, lineNo, "question " + (q + 1) + " of " + id
                        + " does not start with 'one:' or 'multiple:' (field " + (base + 1) + ")");
            }
            if (unescape(text).isBlank()) {
                throw new CorpusFormatException(source, lineNo, "question " + (q + 1) + " of " + id + " is empty (field "
                        + (base + 1) + ")");
            }
            List<String> answers = new ArrayList<>(4);
            List<String> nfc = new ArrayList<>(4); // the features read text in NFC: equivalent forms are the same words
            for (int a = 0; a < 4; a++) {
                String answer = unescape(f[base + 1 + a]).strip();
                if (answer.isEmpty()) { // it would be ranked like any other (first, when no answer matches the story)
                    throw new CorpusFormatException(source, lineNo, "answer " + (char) ('A' + a) + " of question "
                            + (q + 1) + " of " + id + " is empty (field " + (base + 2 + a) + ")");
                }
                int same = nfc.indexOf(org.tagrank.io.UnicodeWords.nfc(answer));
                if (same >= 0) { // two candidates that always score alike: a tie the gold can only half win
                    throw new CorpusFormatException(source, lineNo, "answers " + (char) ('A' + same) + " and "
                            + (char) ('A' + a) + " of question " + (q + 1) + " of " + id + " are the same ('"
                            + f[base + 1 + a].strip() + "', fields " + (base + 2 + same) + " and " + (base + 2 + a) + ")");
                }
                answers.add(answer);
                nfc.add(org.tagrank.io.UnicodeWords.nfc(answer));
            }
            int gold = key == null ? -1 : key[q].charAt(0) - 'A';
            qs.add(new McTestQuestion(unescape(text), type, answers, gold));
        }
        return new McTestStory(id, f[1], story, qs);
    }

    /** MCTest escapes newlines and tabs inside fields as the literal strings {@code \newline} and {@code \tab}. */
    static String unescape(String s) {
        return s.replace("\\newline", "\n").replace("\\tab", "\t");
    }

    /**
     * The line without its CR; the first line without the file's own byte order mark (a reader that kept it), a later
     * one starting with a mark (files joined with cat) refused.
     */
    private static String ownLine(String line, String source, long lineNo) throws CorpusFormatException {
        return CorpusFormatException.withoutOwnBom(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line,
                source, lineNo);
    }
}
