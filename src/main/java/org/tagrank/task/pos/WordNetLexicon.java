package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import org.tagrank.io.WordNet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The WordNet parts of speech a word form can have, found as WordNet's morphy finds base forms: the form
 * itself is a lemma, or an exception list maps it to one ("ran" → "run"), or a detachment rule does
 * ("ponies" → "pony"). A compact copy of what that needs is built from an installed WordNet at training time
 * and stored in the model, so tagging never needs WordNet: the single-word lemmas with their parts of speech
 * ({@link #ATTACHMENT}, sorted {@code lemma<TAB>letters} lines, a {@link SortedWordTable}: no map is built
 * at load) and the exception lists ({@link #EXCEPTIONS}). Immutable, thread-safe.
 *
 * <p>{@link #classes} is the value of the {@code wn} word function: per part of speech (n, v, a, r, in
 * this order) that the form can have, its letter followed by how it was found: nothing (the form is a
 * lemma), {@code x} (exception list) or {@code -} and the detached suffix, joined by '.'; e.g. "run" →
 * {@code n.v}, "runs" → {@code n-s.v-s}, "ran" → {@code vx}, "tired" → {@code v-ed.a}; {@link AutoLexicon#NONE}
 * for forms WordNet does not know.
 */
public final class WordNetLexicon {
    /** Model attachment holding the lemma table: sorted {@code lemma<TAB>parts of speech} lines ("nv"). */
    static final String ATTACHMENT = "wordnet.tsv";
    /** Model attachment holding {@code #source} lines and the exception lists: {@code pos<TAB>form<TAB>base} lines. */
    static final String EXCEPTIONS = "wordnet-exc.tsv";

    private static final WordNet.Pos[] POS = WordNet.Pos.values();
    private static final char[] CODE = new char[POS.length];
    /** Per part of speech, morphy's rules {suffix, ending}. */
    private static final String[][][] RULES = new String[POS.length][][];

    static {
        for (int p = 0; p < POS.length; p++) {
            CODE[p] = WordNet.code(POS[p]);
            RULES[p] = WordNet.detachmentRules(POS[p]);
        }
    }

    /** One entry of WordNet's exception lists: a form whose base is {@code base} as part of speech POS[pos]. */
    private record ExceptionEntry(int pos, String form, String base) {
    }

    /**
     * Lemma → line of the lemma table, whose letters after the TAB are read at each lookup (no per-line array
     * is built at load).
     */
    private final SortedWordTable lemmas;
    private final String lemmaText;
    /** Exception form → id, per id the parts of speech for which one of its bases is a lemma. */
    private final WordIds excForms;
    private final byte[] excPos;
    /** The exception lists as read (for {@link #formatExceptions}). */
    private final List<ExceptionEntry> exceptions;
    private final Map<String, String> sources;

    private WordNetLexicon(SortedWordTable lemmas, List<ExceptionEntry> exceptions, Map<String, String> sources) {
        this.lemmas = lemmas;
        this.lemmaText = lemmas.text();
        this.exceptions = List.copyOf(exceptions);
        Object2IntOpenHashMap<String> excBits = new Object2IntOpenHashMap<>();
        List<String> forms = new ArrayList<>();
        for (ExceptionEntry e : exceptions) {
            int line = lemmas.search(e.base()); // binary search: line() would start building the hash index at load
            if (!excBits.containsKey(e.form())) {
                forms.add(e.form());
                excBits.put(e.form(), 0);
            }
            if (line >= 0 && (bits(line, e.base().length()) & (1 << e.pos())) != 0) {
                excBits.put(e.form(), excBits.getInt(e.form()) | (1 << e.pos()));
            }
        }
        this.excForms = new WordIds(forms);
        this.excPos = new byte[forms.size()];
        for (int k = 0; k < forms.size(); k++) {
            excPos[k] = (byte) excBits.getInt(forms.get(k));
        }
        this.sources = Map.copyOf(sources);
    }

    /**
     * The lexicon of an installed WordNet: its single-word lemmas (multi-word ones, with '_', never match a
     * token) and exception entries.
     */
    public static WordNetLexicon of(WordNet wn) {
        Object2IntOpenHashMap<String> bits = new Object2IntOpenHashMap<>(1 << 17);
        List<ExceptionEntry> exc = new ArrayList<>();
        for (int p = 0; p < POS.length; p++) {
            for (String l : wn.lemmas(POS[p])) {
                if (l.indexOf('_') < 0 && l.indexOf('\t') < 0 && l.indexOf('\n') < 0 && !l.isEmpty()) {
                    bits.put(l, bits.getInt(l) | 1 << p);
                }
            }
            List<String> forms = new ArrayList<>(wn.exceptions(POS[p]).keySet());
            forms.sort(null);
            for (String f : forms) {
                if (f.indexOf('_') >= 0) {
                    continue;
                }
                for (String base : wn.exceptions(POS[p]).get(f)) {
                    if (base.indexOf('_') < 0) {
                        exc.add(new ExceptionEntry(p, f, base));
                    }
                }
            }
        }
        String[] sorted = bits.keySet().toArray(new String[0]);
        java.util.Arrays.sort(sorted);
        StringBuilder text = new StringBuilder(bits.size() * 14);
        for (String l : sorted) {
            text.append(l).append('\t');
            int b = bits.getInt(l);
            for (int p = 0; p < POS.length; p++) {
                if ((b & (1 << p)) != 0) {
                    text.append(CODE[p]);
                }
            }
            text.append('\n');
        }
        Map<String, String> src = new TreeMap<>();
        src.put("lemmas", Integer.toString(bits.size()));
        src.put("exceptions", Integer.toString(exc.size()));
        return new WordNetLexicon(SortedWordTable.parse(text.toString(), ATTACHMENT), exc, src);
    }

    /**
     * The part-of-speech bits of a line of the lemma table whose lemma has this length, read from the letters
     * after its TAB (checked here, not at load: the table is not scanned line by line when a model loads).
     */
    private int bits(int line, int lemmaLength) {
        int b = 0;
        for (int i = lemmas.valueStart(line, lemmaLength); ; i++) {
            char c = lemmaText.charAt(i);
            if (c == '\n') {
                return b;
            }
            b |= 1 << posIndex(c, ATTACHMENT, line + 1);
        }
    }

    /** The {@code wn} value of a lowercased word form (see the class comment). */
    public String classes(String lower) {
        StringBuilder sb = null;
        int asLemma = lemmas.line(lower);
        int bits = asLemma >= 0 ? bits(asLemma, lower.length()) : 0;
        int asExc = excForms.id(lower);
        int excBits = asExc >= 0 ? excPos[asExc] : 0;
        for (int p = 0; p < POS.length; p++) {
            String how = null;
            if ((bits & (1 << p)) != 0) {
                how = "";
            } else if ((excBits & (1 << p)) != 0) {
                how = "x";
            } else {
                for (String[] r : RULES[p]) {
                    if (lower.length() > r[0].length() && lower.endsWith(r[0]) && isLemma(lower, r, p)) {
                        how = "-" + r[0];
                        break;
                    }
                }
            }
            if (how != null) {
                sb = sb == null ? new StringBuilder(12) : sb.append('.');
                sb.append(CODE[p]).append(how);
            }
        }
        return sb == null ? AutoLexicon.NONE : sb.toString();
    }

    /** Whether the form with rule r applied is a lemma of part of speech p. */
    private boolean isLemma(String lower, String[] r, int p) {
        String base = lower.substring(0, lower.length() - r[0].length()) + r[1];
        int line = lemmas.line(base);
        return line >= 0 && (bits(line, base.length()) & (1 << p)) != 0;
    }

    /** Number of lemmas. */
    public int size() {
        return lemmas.size();
    }

    public Map<String, String> sources() {
        return sources;
    }

    /** The {@link #ATTACHMENT} text: sorted {@code lemma TAB parts of speech} lines. */
    public String formatLemmas() {
        return lemmas.text();
    }

    /** The {@link #EXCEPTIONS} text: {@code #source key=value} headers, {@code pos TAB form TAB base} lines. */
    public String formatExceptions() {
        StringBuilder sb = new StringBuilder(exceptions.size() * 20);
        TsvWords.appendSources(sb, sources);
        for (ExceptionEntry e : exceptions) {
            sb.append(CODE[e.pos()]).append('\t').append(TsvWords.escape(e.form())).append('\t')
                    .append(TsvWords.escape(e.base())).append('\n');
        }
        return sb.toString();
    }

    /** Reads the two attachments' texts; errors name the attachment and line. */
    public static WordNetLexicon parse(String lemmaText, String exceptionText) {
        SortedWordTable lemmas = SortedWordTable.parse(lemmaText, ATTACHMENT);
        List<ExceptionEntry> exc = new ArrayList<>();
        Map<String, String> sources = new TreeMap<>();
        int lineNo = 0;
        String[] cols = new String[3];
        for (String line : TsvWords.lines(exceptionText)) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith(TsvWords.SOURCE)) {
                if (!TsvWords.readSource(line, sources)) {
                    throw bad(EXCEPTIONS, lineNo, "source line without '='");
                }
            } else if (TsvWords.splitColumns(line, cols) && cols[0].length() == 1) {
                exc.add(new ExceptionEntry(posIndex(cols[0].charAt(0), EXCEPTIONS, lineNo), TsvWords.unescape(cols[1]),
                        TsvWords.unescape(cols[2])));
            } else {
                throw bad(EXCEPTIONS, lineNo, "expected part of speech, form, base");
            }
        }
        return new WordNetLexicon(lemmas, exc, sources);
    }

    private static int posIndex(char c, String file, int lineNo) {
        for (int p = 0; p < CODE.length; p++) {
            if (CODE[p] == c) {
                return p;
            }
        }
        throw bad(file, lineNo, "unknown part of speech '" + c + "'");
    }

    private static IllegalArgumentException bad(String file, int lineNo, String msg) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "%s line %d: %s", file, lineNo, msg));
    }
}
