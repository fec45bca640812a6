package org.tagrank.task.rank.link;

import org.tagrank.io.CorpusFormatException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Candidate generation: alias → candidate entities with their priors. The file format
 * (UTF-8, one alias per line, {@code #} comments):
 * <pre>alias TAB Title|popularity|inCount|outCount [TAB Title|...]...</pre>
 * {@code popularity} may be {@code NA}. An alias that starts with backslashes (none or more) and a {@code #} is
 * written with one more backslash in front ({@code #MeToo} as {@code \#MeToo}, {@code \#x} as {@code \\#x}),
 * and read back without it, so that it is not read as a comment; other lines read as written. Lookup tries the
 * exact alias, then the case-folded one (whitespace collapsed, in Unicode NFC on both sides, U+2019 as '), then both
 * again in NFC when the mention is not. Immutable and thread-safe.
 */
public final class AliasTable {
    /** Most popular first (unknown popularity last), then most in-links, then title. */
    private static final Comparator<LinkCandidate> ORDER = Comparator
            .comparingDouble((LinkCandidate c) -> Double.isNaN(c.popularity()) ? Double.POSITIVE_INFINITY : -c.popularity())
            .thenComparingLong(c -> -c.inLinks())
            .thenComparing(LinkCandidate::title);

    private final Map<String, List<LinkCandidate>> exact;
    private final Map<String, List<LinkCandidate>> folded;
    /** A dictionary whose 1-best entity of a mention joins its candidates ({@link #withDictionary}), or null. */
    private final Wikidict dictionary;
    /** With a dictionary: each title the table lists, with its statistics. */
    private final Map<String, LinkCandidate> known;
    /** The longest alias in words. */
    private final int maxWords;

    private AliasTable(AliasTable table, Wikidict dictionary) {
        this.exact = table.exact;
        this.folded = table.folded;
        this.dictionary = dictionary;
        this.known = table.titles();
        this.maxWords = table.maxWords;
    }

    /** Each title the table lists, with its statistics (the first list's, as lists of one title agree). */
    private Map<String, LinkCandidate> titles() {
        Map<String, LinkCandidate> out = new HashMap<>();
        for (List<LinkCandidate> cs : exact.values()) {
            for (LinkCandidate c : cs) {
                out.putIfAbsent(c.title(), c);
            }
        }
        return out;
    }

    private AliasTable(Map<String, List<LinkCandidate>> exact) {
        this.dictionary = null;
        this.known = Map.of();
        this.exact = exact;
        Map<String, Map<String, LinkCandidate>> f = new HashMap<>();
        for (Map.Entry<String, List<LinkCandidate>> e : exact.entrySet()) {
            Map<String, LinkCandidate> m = f.computeIfAbsent(foldKey(e.getKey()), k -> new LinkedHashMap<>());
            for (LinkCandidate c : e.getValue()) {
                m.putIfAbsent(c.title(), c);
            }
        }
        this.folded = new HashMap<>();
        f.forEach((k, v) -> folded.put(k, sorted(v.values())));
        int m = 0;
        for (String a : exact.keySet()) {
            m = Math.max(m, a.split(" ").length);
        }
        this.maxWords = m;
    }

    private static List<LinkCandidate> sorted(Collection<LinkCandidate> cs) {
        List<LinkCandidate> l = new ArrayList<>(cs);
        l.sort(ORDER);
        return List.copyOf(l);
    }

    /**
     * The candidates of a mention (exact alias first, else case-folded), best prior first; empty when unknown. With a
     * {@linkplain #withDictionary dictionary}, its entity for the mention joins them when the table lacks it.
     */
    public List<LinkCandidate> candidates(String mention) {
        java.util.Objects.requireNonNull(mention, "mention"); // was an NPE naming the case-folding key's field
        List<LinkCandidate> c = lookup(mention);
        if (c == null) {
            String nfc = org.tagrank.io.UnicodeWords.nfc(mention); // the same instance when already NFC
            if (nfc != mention) {
                c = lookup(nfc); // o + U+0308: the table's ö
            }
        }
        c = c == null ? List.of() : c;
        return dictionary == null ? c : withDictionaryEntity(mention, c);
    }

    private List<LinkCandidate> lookup(String mention) {
        List<LinkCandidate> c = exact.get(mention);
        return c != null ? c : folded.get(foldKey(mention));
    }

    /**
     * The case-folded key, in NFC (a table written from decomposed data matches composed text, and the reverse), with
     * the typographic apostrophe U+2019 as ' (O’Neill, which the tokenizers keep one word, is the table's O'Neill).
     */
    private static String foldKey(String alias) {
        return AliasPrior.key(org.tagrank.io.UnicodeWords.nfc(alias)).replace('\u2019', '\'');
    }

    private List<LinkCandidate> withDictionaryEntity(String mention, List<LinkCandidate> c) {
        for (String spelling : Wikidict.variants(mention)) { // as written first: CoreNLP's entitylink lookup
            Wikidict.Entry e = dictionary.get(spelling);
            if (e == null || !isTitle(e.entity())) {
                continue;
            }
            LinkCandidate k = known.get(e.entity());
            return withCandidate(c, k != null ? k : new LinkCandidate(e.entity(), Double.NaN, 0, 0));
        }
        return c;
    }

    /** The candidates plus one more, in the table's order; the same list when a candidate has its title already. */
    private static List<LinkCandidate> withCandidate(List<LinkCandidate> cs, LinkCandidate c) {
        for (LinkCandidate x : cs) {
            if (x.title().equals(c.title())) {
                return cs;
            }
        }
        List<LinkCandidate> out = new ArrayList<>(cs.size() + 1);
        out.addAll(cs);
        out.add(c);
        return sorted(out);
    }

    /**
     * This table, with a dictionary as a second source of candidates at lookup time: a mention's 1-best dictionary
     * entity (looked up as written, then lower-cased, then, for an all-capitals mention, capitalised) joins its
     * candidates (in the table's order) when missing, with the table's statistics for an entity the table lists, else
     * with unknown popularity and no link counts. That entity is what CoreNLP's {@code entitylink} links to; the
     * ranking model then chooses among both sources. For text not known in advance the dictionary should hold every
     * alias (read with a filter that keeps all). {@link #write} writes the table alone.
     */
    public AliasTable withDictionary(Wikidict dictionary) {
        return new AliasTable(this, java.util.Objects.requireNonNull(dictionary, "dictionary"));
    }

    public int size() {
        return exact.size();
    }

    /** The longest alias length in words, for dictionary mention search. */
    public int maxWords() {
        return maxWords;
    }

    /** The longest run of words {@link #candidates} can know: {@link #maxWords()}, unbounded with a dictionary. */
    int longestLookup() {
        return dictionary == null ? maxWords : Integer.MAX_VALUE;
    }

    /** A table from mentions with candidates (their lists merged per mention text, first-seen stats kept). */
    public static AliasTable fromMentions(Collection<LinkMention> mentions) {
        Map<String, Map<String, LinkCandidate>> m = new HashMap<>();
        for (LinkMention x : mentions) {
            if (x.candidates().isEmpty()) {
                continue;
            }
            Map<String, LinkCandidate> cs = m.computeIfAbsent(x.text(), k -> new LinkedHashMap<>());
            for (LinkCandidate c : x.candidates()) {
                cs.putIfAbsent(c.title(), c);
            }
        }
        Map<String, List<LinkCandidate>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, sorted(v.values())));
        return new AliasTable(out);
    }

    /**
     * This table plus CoreNLP's Wikipedia dictionary ({@link Wikidict}): each dictionary alias gets its 1-best entity
     * as a candidate, beside the candidates it already has. An entity this table lists keeps its statistics
     * (popularity, link counts); with {@code unknownEntities} the others come in too, with unknown popularity and no
     * link counts, otherwise their aliases are left out (the dictionary has 21M aliases of 6.3M entities, most of
     * them without the statistics the ranking features use). Blank aliases are left out.
     */
    public AliasTable withWikidict(String location, boolean unknownEntities) throws IOException {
        Map<String, LinkCandidate> known = titles();
        Map<String, LinkCandidate> best = new HashMap<>(); // alias -> its dictionary entity; a later line wins
        Wikidict.forEach(location, (alias, entity, score) -> {
            if (alias.isBlank()) { // the table's format would read it as a blank line
                return;
            }
            LinkCandidate c = known.get(entity);
            if (c == null && unknownEntities && isTitle(entity)) {
                c = new LinkCandidate(entity, Double.NaN, 0, 0);
            }
            if (c != null) {
                best.put(alias, c);
            } else {
                best.remove(alias);
            }
        });
        Map<String, List<LinkCandidate>> out = new HashMap<>(exact);
        best.forEach((alias, c) -> out.put(alias, withCandidate(out.getOrDefault(alias, List.of()), c)));
        return new AliasTable(out);
    }

    /** A dictionary entity usable as a candidate title (the alias table's format has no room for '|', TAB, CR, LF). */
    private static boolean isTitle(String entity) {
        return LinkCandidate.isTitle(entity);
    }

    /**
     * An explicit table (alias → candidates). Refuses with an IllegalArgumentException naming the alias what
     * {@link #write} could not write so that {@link #read} reads it back: a blank alias, an alias with a TAB, CR or LF,
     * an alias without candidates (a candidate's title is checked by {@link LinkCandidate}); a null alias, list or
     * candidate is a NullPointerException naming it.
     */
    public static AliasTable of(Map<String, List<LinkCandidate>> entries) {
        java.util.Objects.requireNonNull(entries, "entries");
        Map<String, List<LinkCandidate>> out = new HashMap<>();
        entries.forEach((k, v) -> {
            checkAlias(k);
            java.util.Objects.requireNonNull(v, () -> "alias '" + k + "' has a null candidate list");
            if (v.isEmpty()) {
                throw new IllegalArgumentException("alias '" + k + "' has no candidates");
            }
            java.util.Set<String> titles = new java.util.HashSet<>();
            for (LinkCandidate c : v) {
                java.util.Objects.requireNonNull(c, () -> "alias '" + k + "' has a null candidate");
                if (!titles.add(c.title())) { // two rows of one entity, its probability split between them
                    throw new IllegalArgumentException("alias '" + visible(k) + "' lists candidate '" + c.title() + "' twice");
                }
            }
            out.put(k, sorted(v));
        });
        return new AliasTable(out);
    }

    /** An alias the table's line format can hold: not null, not blank, without TAB, CR or LF. */
    private static void checkAlias(String alias) {
        java.util.Objects.requireNonNull(alias, "alias");
        if (alias.isBlank()) {
            throw new IllegalArgumentException("blank alias '" + visible(alias) + "'");
        }
        for (int i = 0; i < alias.length(); i++) {
            char ch = alias.charAt(i);
            if (ch == '\t' || ch == '\r' || ch == '\n') {
                throw new IllegalArgumentException("alias '" + visible(alias) + "' contains a TAB, CR or LF");
            }
        }
    }

    /** {@code s} with TAB, CR and LF written as \t, \r, \n, for messages. */
    static String visible(String s) {
        return s.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }

    public static AliasTable read(java.io.InputStream in, String source) throws IOException {
        Map<String, List<LinkCandidate>> m = new HashMap<>();
        try (BufferedReader r = org.tagrank.io.Readers.utf8Resource(in, source)) {
            String line;
            long no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                CorpusFormatException.checkNoInnerBom(line, source, no); // the alias would never match
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = unescape(line).split("\t", -1);
                if (f.length < 2 || f[0].isBlank()) {
                    throw new CorpusFormatException(source, no, "expected 'alias TAB Title|popularity|inCount|outCount ...'");
                }
                if (m.containsKey(f[0])) {
                    throw new CorpusFormatException(source, no, "alias '" + f[0] + "' listed twice");
                }
                List<LinkCandidate> cs = new ArrayList<>(f.length - 1);
                java.util.Set<String> titles = new java.util.HashSet<>();
                for (int i = 1; i < f.length; i++) {
                    LinkCandidate c;
                    try {
                        c = LinkCandidate.parse(f[i]);
                    } catch (IllegalArgumentException e) {
                        throw new CorpusFormatException(source, no, "field " + (i + 1) + ": " + e.getMessage());
                    }
                    if (!titles.add(c.title())) { // as in mention files: one entity, one candidate
                        throw new CorpusFormatException(source, no, "field " + (i + 1) + ": candidate '" + c.title()
                                + "' appears twice for alias '" + f[0] + "'");
                    }
                    cs.add(c);
                }
                m.put(f[0], sorted(cs));
            }
        }
        return new AliasTable(m);
    }

    /**
     * An alias as the table's format writes it: one more backslash in front when it starts with backslashes (none
     * or more) and a {@code #}, which would otherwise read as a comment line (or lose a backslash); else as is.
     */
    static String escape(String alias) {
        return startsWithBackslashesAndHash(alias, 0) ? "\\" + alias : alias;
    }

    /** A line of the table's format as {@link #escape} wrote it: without its first backslash when it starts with
     *  one or more backslashes and a {@code #}; else as is (a plain {@code \foo} stays {@code \foo}). */
    static String unescape(String line) {
        return line.startsWith("\\") && startsWithBackslashesAndHash(line, 1) ? line.substring(1) : line;
    }

    /** Whether {@code s} has, from {@code from} on, backslashes (none or more) and then a {@code #}. */
    private static boolean startsWithBackslashesAndHash(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == '\\') {
            i++;
        }
        return i < s.length() && s.charAt(i) == '#';
    }

    /** Writes the table, aliases sorted, so the same table gives the same bytes. */
    public void write(Writer w) throws IOException {
        w.write("# TagRank alias table: alias TAB Title|popularity|inCount|outCount ...\n");
        for (Map.Entry<String, List<LinkCandidate>> e : new TreeMap<>(exact).entrySet()) {
            w.write(escape(e.getKey()));
            for (LinkCandidate c : e.getValue()) {
                w.write('\t');
                w.write(c.format());
            }
            w.write('\n');
        }
    }
}
