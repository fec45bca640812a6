package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import org.tagrank.io.WordNet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The WordNet parts of speech a word form can have, found as WordNet's morphy finds base forms: the form
 * itself is a lemma, or an exception list maps it to one ("ran" → "run"), or a detachment rule does
 * ("ponies" → "pony"). A compact copy of what that needs (the single-word lemmas with their parts of
 * speech, the exception lists) is built from an installed WordNet at training time and stored in the model
 * ({@link #ATTACHMENT}), so tagging never needs WordNet. Immutable, thread-safe.
 *
 * <p>{@link #classes} is the value of the {@code wn} word function: per part of speech (n, v, a, r, in
 * this order) that the form can have, its letter followed by how it was found: nothing (the form is a
 * lemma), {@code x} (exception list) or {@code -} and the detached suffix, joined by '.'; e.g. "run" →
 * {@code n.v}, "runs" → {@code n-s.v-s}, "ran" → {@code vx}, "tired" → {@code v-ed.a}; {@link AutoLexicon#NONE}
 * for forms WordNet does not know.
 */
public final class WordNetLexicon {
    /** Model attachment holding the lemma table and the exception lists. */
    static final String ATTACHMENT = "wordnet.tsv";

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

    /** Lemma → id, and per id the bit set of its parts of speech (bit p for POS[p]). */
    private final WordIds lemmas;
    private final byte[] lemmaPos;
    /** Lemmas in id order (for {@link #format}). */
    private final String[] lemmaList;
    /** Exception form → id, per id the parts of speech for which one of its bases is a lemma. */
    private final WordIds excForms;
    private final byte[] excPos;
    /** The exception lists as read: part of speech index, form, base (for {@link #format}). */
    private final List<String[]> exceptions;
    private final Map<String, String> sources;

    /** Over distinct lemmas (in the order {@link #format} writes them) with their part-of-speech bits. */
    private WordNetLexicon(String[] lemmaList, byte[] lemmaPos, List<String[]> exceptions, Map<String, String> sources) {
        this.lemmaList = lemmaList;
        this.lemmaPos = lemmaPos;
        this.lemmas = new WordIds(Arrays.asList(lemmaList));
        if (lemmas.size() != lemmaList.length) {
            throw new IllegalArgumentException(ATTACHMENT + ": a lemma is listed twice");
        }
        this.exceptions = List.copyOf(exceptions);
        Object2IntOpenHashMap<String> excBits = new Object2IntOpenHashMap<>();
        List<String> forms = new ArrayList<>();
        for (String[] e : exceptions) {
            int p = Integer.parseInt(e[0]);
            int id = lemmas.id(e[2]);
            if (!excBits.containsKey(e[1])) {
                forms.add(e[1]);
                excBits.put(e[1], 0);
            }
            if (id >= 0 && (lemmaPos[id] & (1 << p)) != 0) {
                excBits.put(e[1], excBits.getInt(e[1]) | (1 << p));
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
        Map<String, Integer> bits = new TreeMap<>();
        List<String[]> exc = new ArrayList<>();
        for (int p = 0; p < POS.length; p++) {
            for (String l : wn.lemmas(POS[p])) {
                if (l.indexOf('_') < 0) {
                    bits.merge(l, 1 << p, (a, b) -> a | b);
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
                        exc.add(new String[]{Integer.toString(p), f, base});
                    }
                }
            }
        }
        Map<String, String> src = new TreeMap<>();
        src.put("lemmas", Integer.toString(bits.size()));
        src.put("exceptions", Integer.toString(exc.size()));
        String[] list = bits.keySet().toArray(new String[0]);
        byte[] pos = new byte[list.length];
        for (int k = 0; k < list.length; k++) {
            pos[k] = (byte) (int) bits.get(list[k]);
        }
        return new WordNetLexicon(list, pos, exc, src);
    }

    /** The {@code wn} value of a lowercased word form (see the class comment). */
    public String classes(String lower) {
        StringBuilder sb = null;
        int asLemma = lemmas.id(lower);
        int bits = asLemma >= 0 ? lemmaPos[asLemma] : 0;
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
        int stem = lower.length() - r[0].length();
        int id = r[1].isEmpty() ? lemmas.idOfPrefix(lower, stem) : lemmas.id(lower.substring(0, stem) + r[1]);
        return id >= 0 && (lemmaPos[id] & (1 << p)) != 0;
    }

    /** Number of lemmas. */
    public int size() {
        return lemmaList.length;
    }

    public Map<String, String> sources() {
        return sources;
    }

    /**
     * Serialises as {@code #source key=value} headers, {@code l TAB lemma TAB parts of speech} lines
     * (sorted by lemma; e.g. "nv") and {@code x TAB part of speech TAB form TAB base} lines (the exception lists).
     */
    public String format() {
        StringBuilder sb = new StringBuilder(lemmaList.length * 14);
        for (Map.Entry<String, String> e : new TreeMap<>(sources).entrySet()) {
            sb.append("#source ").append(e.getKey()).append('=').append(e.getValue()).append('\n');
        }
        for (int k = 0; k < lemmaList.length; k++) {
            sb.append("l\t").append(TsvWords.escape(lemmaList[k])).append('\t');
            for (int p = 0; p < POS.length; p++) {
                if ((lemmaPos[k] & (1 << p)) != 0) {
                    sb.append(CODE[p]);
                }
            }
            sb.append('\n');
        }
        for (String[] e : exceptions) {
            sb.append("x\t").append(CODE[Integer.parseInt(e[0])]).append('\t').append(TsvWords.escape(e[1])).append('\t')
                    .append(TsvWords.escape(e[2])).append('\n');
        }
        return sb.toString();
    }

    /** Reads {@link #format}'s text; errors name the line. */
    public static WordNetLexicon parse(String text) {
        // runs at every model load (mostly before the JIT): lemma lines are cut straight out of the text
        List<String> list = new ArrayList<>(text.length() / 14);
        byte[] bits = new byte[Math.max(16, text.length() / 8)];
        List<String[]> exc = new ArrayList<>();
        Map<String, String> sources = new TreeMap<>();
        int lineNo = 0;
        String[] x4 = new String[4];
        for (int at = 0; at < text.length(); ) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            lineNo++;
            if (end - at > 2 && text.charAt(at) == 'l' && text.charAt(at + 1) == '\t') {
                int tab = text.indexOf('\t', at + 2);
                if (tab < 0 || tab >= end - 1) {
                    throw bad(lineNo, "expected l, lemma, parts of speech");
                }
                int b = 0;
                for (int i = tab + 1; i < end; i++) {
                    b |= 1 << posIndex(text.charAt(i), lineNo);
                }
                if (list.size() == bits.length) {
                    bits = Arrays.copyOf(bits, bits.length * 2);
                }
                bits[list.size()] = (byte) b;
                list.add(TsvWords.unescape(text.substring(at + 2, tab)));
            } else if (end > at) {
                String line = text.substring(at, end);
                if (line.startsWith("#source ")) {
                    int eq = line.indexOf('=');
                    if (eq < 0) {
                        throw bad(lineNo, "source line without '='");
                    }
                    sources.put(line.substring("#source ".length(), eq), line.substring(eq + 1));
                } else if (line.startsWith("x\t")) {
                    if (!TsvWords.splitColumns(line, x4) || x4[1].length() != 1) {
                        throw bad(lineNo, "expected x, part of speech, form, base");
                    }
                    exc.add(new String[]{Integer.toString(posIndex(x4[1].charAt(0), lineNo)), TsvWords.unescape(x4[2]),
                            TsvWords.unescape(x4[3])});
                } else {
                    throw bad(lineNo, "unknown line kind");
                }
            }
            at = end + 1;
        }
        return new WordNetLexicon(list.toArray(new String[0]), Arrays.copyOf(bits, list.size()), exc, sources);
    }

    private static int posIndex(char c, int lineNo) {
        for (int p = 0; p < CODE.length; p++) {
            if (CODE[p] == c) {
                return p;
            }
        }
        throw bad(lineNo, "unknown part of speech '" + c + "'");
    }

    private static IllegalArgumentException bad(int lineNo, String msg) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "%s line %d: %s", ATTACHMENT, lineNo, msg));
    }
}
