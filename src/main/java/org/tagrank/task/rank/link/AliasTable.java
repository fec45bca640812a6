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
 * {@code popularity} may be {@code NA}. Lookup tries the exact alias, then the case-folded one
 * (whitespace collapsed). Immutable and thread-safe.
 */
public final class AliasTable {
    /** Most popular first (unknown popularity last), then most in-links, then title. */
    private static final Comparator<LinkCandidate> ORDER = Comparator
            .comparingDouble((LinkCandidate c) -> Double.isNaN(c.popularity()) ? Double.POSITIVE_INFINITY : -c.popularity())
            .thenComparingLong(c -> -c.inLinks())
            .thenComparing(LinkCandidate::title);

    private final Map<String, List<LinkCandidate>> exact;
    private final Map<String, List<LinkCandidate>> folded;

    private AliasTable(Map<String, List<LinkCandidate>> exact) {
        this.exact = exact;
        Map<String, Map<String, LinkCandidate>> f = new HashMap<>();
        for (Map.Entry<String, List<LinkCandidate>> e : exact.entrySet()) {
            Map<String, LinkCandidate> m = f.computeIfAbsent(AliasPrior.key(e.getKey()), k -> new LinkedHashMap<>());
            for (LinkCandidate c : e.getValue()) {
                m.putIfAbsent(c.title(), c);
            }
        }
        this.folded = new HashMap<>();
        f.forEach((k, v) -> folded.put(k, sorted(v.values())));
    }

    private static List<LinkCandidate> sorted(Collection<LinkCandidate> cs) {
        List<LinkCandidate> l = new ArrayList<>(cs);
        l.sort(ORDER);
        return List.copyOf(l);
    }

    /** The candidates of a mention (exact alias first, else case-folded), best prior first; empty when unknown. */
    public List<LinkCandidate> candidates(String mention) {
        List<LinkCandidate> c = exact.get(mention);
        if (c != null) {
            return c;
        }
        c = folded.get(AliasPrior.key(mention));
        return c == null ? List.of() : c;
    }

    public int size() {
        return exact.size();
    }

    /** The longest alias length in words, for dictionary mention search. */
    public int maxWords() {
        int m = 0;
        for (String a : exact.keySet()) {
            m = Math.max(m, a.split(" ").length);
        }
        return m;
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

    /** An explicit table (alias → candidates). */
    public static AliasTable of(Map<String, List<LinkCandidate>> entries) {
        Map<String, List<LinkCandidate>> out = new HashMap<>();
        entries.forEach((k, v) -> out.put(k, sorted(v)));
        return new AliasTable(out);
    }

    public static AliasTable read(java.io.InputStream in, String source) throws IOException {
        Map<String, List<LinkCandidate>> m = new HashMap<>();
        try (BufferedReader r = org.tagrank.io.Readers.utf8(in, source)) {
            String line;
            long no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f[0].isBlank()) {
                    throw new CorpusFormatException(source, no, "expected 'alias TAB Title|popularity|inCount|outCount ...'");
                }
                if (m.containsKey(f[0])) {
                    throw new CorpusFormatException(source, no, "alias '" + f[0] + "' listed twice");
                }
                List<LinkCandidate> cs = new ArrayList<>(f.length - 1);
                for (int i = 1; i < f.length; i++) {
                    try {
                        cs.add(LinkCandidate.parse(f[i]));
                    } catch (IllegalArgumentException e) {
                        throw new CorpusFormatException(source, no, "field " + (i + 1) + ": " + e.getMessage());
                    }
                }
                m.put(f[0], sorted(cs));
            }
        }
        return new AliasTable(m);
    }

    /** Writes the table, aliases sorted, so the same table gives the same bytes. */
    public void write(Writer w) throws IOException {
        w.write("# TagRank alias table: alias TAB Title|popularity|inCount|outCount ...\n");
        for (Map.Entry<String, List<LinkCandidate>> e : new TreeMap<>(exact).entrySet()) {
            w.write(e.getKey());
            for (LinkCandidate c : e.getValue()) {
                w.write('\t');
                w.write(c.format());
            }
            w.write('\n');
        }
    }
}
