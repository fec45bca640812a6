package org.tagrank.task.rank;

import org.tagrank.core.SparseVector;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.Readers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the generic ranking format (docs/usage-rank.md): one line per candidate,
 * {@code example_id TAB candidate_id TAB gold TAB features}, where gold is {@code 1}, {@code 0}
 * or {@code ?} (unknown) and features are space-separated {@code name=value} (or {@code name}
 * for value 1; the value follows the last {@code =}). Consecutive lines with the same example id
 * form one example. Blank lines and lines starting with {@code #} are skipped.
 */
public final class RankingReader {
    /** Between feature tokens: compiled once, not per line as String.split(" +") does. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");

    private RankingReader() {
    }

    /** What the examples must satisfy. */
    public enum GoldPolicy {
        /** Exactly one gold candidate per example, and at least one example (training, evaluation). */
        REQUIRED,
        /**
         * Either unknown everywhere in an example or exactly one gold (prediction); input without examples is no
         * examples, as empty text is no sentences to tag.
         */
        OPTIONAL
    }

    public static List<RankingExample> read(Path file, GoldPolicy policy) throws IOException {
        try (Reader r = Readers.utf8(file)) {
            return read(r, file.toString(), policy);
        }
    }

    public static List<RankingExample> read(Reader reader, String source, GoldPolicy policy) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<RankingExample> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String currentId = null;
        long currentLine = 0;
        List<RankingCandidate> current = new ArrayList<>();
        Set<String> candidateIds = new HashSet<>();
        String line;
        long lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            line = CorpusFormatException.withoutOwnBom(line, source, lineNo); // a joined file's became part of an example id
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3 || f.length > 4) {
                throw new CorpusFormatException(source, lineNo, "expected 3 or 4 tab-separated fields "
                        + "(example_id, candidate_id, gold, features), got " + f.length);
            }
            String exampleId = f[0].strip();
            String candidateId = f[1].strip();
            if (exampleId.isEmpty() || candidateId.isEmpty()) {
                throw new CorpusFormatException(source, lineNo, "empty example or candidate id");
            }
            Boolean gold = switch (f[2].strip()) {
                case "1" -> Boolean.TRUE;
                case "0" -> Boolean.FALSE;
                case "?" -> null;
                default -> throw new CorpusFormatException(source, lineNo, "gold must be 1, 0 or ?, got '" + f[2] + "'");
            };
            if (!exampleId.equals(currentId)) {
                if (currentId != null) {
                    out.add(finish(currentId, current, currentLine, source, policy));
                }
                if (!seen.add(exampleId)) {
                    throw new CorpusFormatException(source, lineNo, "example '" + exampleId
                            + "' appears again after other examples (its candidates must be on consecutive lines)");
                }
                currentId = exampleId;
                currentLine = lineNo;
                current = new ArrayList<>();
                candidateIds.clear();
            }
            if (!candidateIds.add(candidateId)) {
                throw new CorpusFormatException(source, lineNo, "candidate '" + candidateId + "' appears twice in example '"
                        + exampleId + "'");
            }
            if (!current.isEmpty() && (current.get(0).gold() == null) != (gold == null)) { // name the line that breaks the rule
                throw new CorpusFormatException(source, lineNo, "example '" + exampleId + "' mixes unknown (?) and known gold"
                        + " marks: this candidate is " + (gold == null ? "?" : "marked") + ", the first (line " + currentLine
                        + ") " + (gold == null ? "marked" : "?"));
            }
            if (Boolean.TRUE.equals(gold) && current.stream().anyMatch(c -> Boolean.TRUE.equals(c.gold()))) {
                throw new CorpusFormatException(source, lineNo, "example '" + exampleId + "' has a second gold candidate"
                        + " (need exactly 1)");
            }
            current.add(parseCandidate(candidateId, gold, f.length == 4 ? f[3] : "", source, lineNo));
        }
        if (currentId != null) {
            out.add(finish(currentId, current, currentLine, source, policy));
        }
        if (out.isEmpty() && policy == GoldPolicy.REQUIRED) {
            throw new CorpusFormatException(source, Math.max(1, lineNo), "no ranking examples in the input");
        }
        return out;
    }

    private static RankingCandidate parseCandidate(String id, Boolean gold, String features, String source, long lineNo)
            throws CorpusFormatException {
        String[] tokens = features.strip().isEmpty() ? new String[0] : SPACES.split(features.strip());
        String[] names = new String[tokens.length];
        double[] values = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            int eq = t.lastIndexOf('=');
            if (eq < 0) {
                names[i] = t;
                values[i] = 1.0;
                continue;
            }
            if (eq == 0) {
                throw new CorpusFormatException(source, lineNo, "feature '" + t + "' has an empty name");
            }
            names[i] = t.substring(0, eq);
            String v = t.substring(eq + 1);
            if (!isDecimal(v) && !v.matches("[+-]?(NaN|Infinity)")) { // Java would also take 2d, 3f, 0x10
                throw new CorpusFormatException(source, lineNo, "feature '" + t + "': value after the last '=' is not a number"
                        + " (write name=1 for a name containing '=')");
            }
            values[i] = Double.parseDouble(v);
            if (!Double.isFinite(values[i])) {
                throw new CorpusFormatException(source, lineNo, "feature '" + t + "' has a non-finite value");
            }
            if (!SparseVector.fitsAFeature(values[i])) { // stored as a float, it would become infinite
                throw new CorpusFormatException(source, lineNo, "feature '" + t + "' is out of range ("
                        + SparseVector.floatRange("value") + ")");
            }
        }
        checkSums(names, values, source, lineNo);
        return new RankingCandidate(id, gold, names, values);
    }

    /** Whether s is a plain decimal number: optional sign, digits with at most one point, optional exponent. */
    public static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** A name given twice on one candidate adds up its values: the sum must stay in the float range too. */
    private static void checkSums(String[] names, double[] values, String source, long lineNo)
            throws CorpusFormatException {
        if (names.length < 2) {
            return;
        }
        it.unimi.dsi.fastutil.objects.Object2DoubleOpenHashMap<String> sums =
                new it.unimi.dsi.fastutil.objects.Object2DoubleOpenHashMap<>(names.length); // no boxing per feature
        for (int i = 0; i < names.length; i++) {
            double sum = sums.addTo(names[i], values[i]) + values[i];
            if (Math.abs(sum) > Float.MAX_VALUE) {
                throw new CorpusFormatException(source, lineNo, "feature '" + names[i] + "' adds up to " + sum
                        + " over its occurrences on this line, out of range (|value| <= " + Float.MAX_VALUE + ")");
            }
        }
    }

    /** The example read (mixed marks and a second gold were refused at their lines). */
    private static RankingExample finish(String id, List<RankingCandidate> cands, long line, String source,
                                         GoldPolicy policy) throws CorpusFormatException {
        int gold = 0;
        int unknown = 0;
        for (RankingCandidate c : cands) {
            if (c.gold() == null) {
                unknown++;
            } else if (c.gold()) {
                gold++;
            }
        }
        if (gold == 0 && (policy == GoldPolicy.REQUIRED || unknown == 0)) {
            throw new CorpusFormatException(source, line, "example '" + id + "' has no gold candidate (mark one with 1"
                    + (policy == GoldPolicy.OPTIONAL ? ", or all with ?" : "") + ")");
        }
        return new RankingExample(id, cands, line);
    }
}
