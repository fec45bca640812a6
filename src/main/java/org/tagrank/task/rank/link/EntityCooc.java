package org.tagrank.task.rank.link;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Entity co-occurrence learned from the gold links of training documents, a stand-in for a
 * Wikipedia link-graph relatedness we do not have: per entity the number of documents where it
 * is the gold of a mention, and per pair of entities the number of documents where both are.
 * A pair counts only when it is seen in at least {@code minPair} documents; on training
 * documents {@link #view(LinkDocument, boolean)} can leave the document's own counts out (as the
 * alias prior does), and the threshold applies to what is left, so a pair looks on training data
 * as it will on new text. Immutable and thread-safe.
 */
public final class EntityCooc {
    /** Title → id; ids index {@link #docs}. */
    private final Object2IntOpenHashMap<String> ids;
    private final String[] titles;
    private final int[] docs;
    /** (smaller id, larger id) → documents with both; absent pairs read -1. */
    private final Long2IntOpenHashMap pairs;
    private final int total;
    private final int minPair;

    private EntityCooc(String[] titles, int[] docs, Long2IntOpenHashMap pairs, int total, int minPair) {
        if (minPair < 1) {
            throw new IllegalArgumentException("minPair must be positive, got " + minPair);
        }
        if (titles.length != docs.length) {
            throw new IllegalArgumentException(titles.length + " titles but " + docs.length + " counts");
        }
        this.titles = titles;
        this.docs = docs;
        this.pairs = pairs;
        this.total = total;
        this.minPair = minPair;
        ids = new Object2IntOpenHashMap<>(titles.length);
        ids.defaultReturnValue(-1);
        for (int i = 0; i < titles.length; i++) {
            if (ids.put(titles[i], i) >= 0) {
                throw new IllegalArgumentException("entity '" + titles[i] + "' twice");
            }
        }
        pairs.defaultReturnValue(-1);
    }

    /** The distinct gold entities of a document's linked mentions. */
    static Set<String> golds(LinkDocument d) {
        Set<String> out = new TreeSet<>();
        for (LinkMention m : d.mentions()) {
            if (m.linked()) {
                out.add(m.gold());
            }
        }
        return out;
    }

    static long pairKey(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    /** Counts the gold entities of these documents and their pairs, keeping pairs of {@code minPair}+ documents. */
    public static EntityCooc fromDocuments(List<LinkDocument> docs, int minPair) {
        Set<String> all = new TreeSet<>();
        List<Set<String>> golds = new ArrayList<>(docs.size());
        for (LinkDocument d : docs) {
            Set<String> g = golds(d);
            golds.add(g);
            all.addAll(g);
        }
        String[] titles = all.toArray(new String[0]);
        Object2IntOpenHashMap<String> id = new Object2IntOpenHashMap<>();
        for (int i = 0; i < titles.length; i++) {
            id.put(titles[i], i);
        }
        int[] counts = new int[titles.length];
        Long2IntOpenHashMap pairs = new Long2IntOpenHashMap();
        int total = 0;
        for (Set<String> g : golds) {
            if (g.isEmpty()) {
                continue;
            }
            total++;
            int[] gs = g.stream().mapToInt(id::getInt).toArray();
            for (int i = 0; i < gs.length; i++) {
                counts[gs[i]]++;
                for (int k = i + 1; k < gs.length; k++) {
                    pairs.addTo(pairKey(gs[i], gs[k]), 1);
                }
            }
        }
        // a pair under the threshold can never be counted, on new text or left out: not kept
        pairs.long2IntEntrySet().removeIf(e -> e.getIntValue() < minPair);
        return new EntityCooc(titles, counts, pairs, total, minPair);
    }

    /** Number of entities. */
    public int size() {
        return titles.length;
    }

    /** Number of kept pairs. */
    public int pairs() {
        return pairs.size();
    }

    public int minPair() {
        return minPair;
    }

    /** The counts as seen from a document, its own gold links left out when {@code leaveOut} (training data). */
    public View view(LinkDocument doc, boolean leaveOut) {
        IntOpenHashSet own = new IntOpenHashSet();
        if (leaveOut) {
            for (String g : golds(doc)) {
                int i = ids.getInt(g);
                if (i >= 0) {
                    own.add(i);
                }
            }
        }
        return new View(own, leaveOut && !own.isEmpty() ? 1 : 0);
    }

    /** The counts seen from one document. */
    public final class View {
        private final IntOpenHashSet own;
        private final int ownDocs;

        private View(IntOpenHashSet own, int ownDocs) {
            this.own = own;
            this.ownDocs = ownDocs;
        }

        /** The entity's id, or -1 when the table does not know it. */
        public int id(String title) {
            return ids.getInt(title);
        }

        /** Documents with the entity among their golds (without this one when left out); 0 for id -1. */
        public int docs(int id) {
            return id < 0 ? 0 : EntityCooc.this.docs[id] - (own.contains(id) ? 1 : 0);
        }

        /** Documents with both entities among their golds, 0 when fewer than the threshold or an id is -1. */
        public int pair(int a, int b) {
            if (a < 0 || b < 0 || a == b) {
                return 0;
            }
            int c = pairs.get(pairKey(a, b));
            if (c < 0) {
                return 0;
            }
            c -= own.contains(a) && own.contains(b) ? 1 : 0;
            return c >= minPair ? c : 0;
        }

        /** Training documents with a gold link (without this one when left out). */
        public int total() {
            return total - ownDocs;
        }
    }

    /**
     * Serialised as {@code m<TAB>minPair}, {@code n<TAB>documents}, {@code e<TAB>title<TAB>documents} per
     * entity (sorted by title: a line's rank among the {@code e} lines is the entity's id) and
     * {@code p<TAB>id<TAB>id<TAB>documents} per kept pair: the {@code e} lines first, then the others sorted.
     */
    public String format() {
        // the e lines in id (title) order, not sorted as lines: a title with a character below the tab would sort
        // after a title it extends, and parse would refuse the table as out of order
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < titles.length; i++) {
            sb.append("e\t").append(titles[i]).append('\t').append(docs[i]).append('\n');
        }
        List<String> lines = new ArrayList<>(pairs.size() + 2);
        lines.add("m\t" + minPair);
        lines.add("n\t" + total);
        // the pairs sorted, not in the hash map's order, so that a model's bytes depend on its data only
        pairs.long2IntEntrySet().forEach(e -> lines.add("p\t" + (e.getLongKey() >>> 32) + "\t"
                + (e.getLongKey() & 0xffffffffL) + "\t" + e.getIntValue()));
        return sb.append(LinkNumbers.sortedLines(lines)).toString();
    }

    /**
     * Parses {@link #format()}; IllegalArgumentException naming the line (or the entity) on bad input: a malformed or
     * repeated m / n line, entities out of order, a count outside what a table of documents can hold, a repeated pair.
     */
    public static EntityCooc parse(String text) {
        List<String> titles = new ArrayList<>();
        IntArrayList counts = new IntArrayList();
        List<int[]> pairLines = new ArrayList<>();
        int total = -1;
        int minPair = -1;
        List<String[]> lines = LinkNumbers.tabFields(text);
        for (int no = 1; no <= lines.size(); no++) {
            String[] f = lines.get(no - 1);
            if (f.length == 2 && (f[0].equals("m") || f[0].equals("n"))) {
                if ((f[0].equals("m") ? minPair : total) >= 0) {
                    throw new IllegalArgumentException("cooc line " + no + ": a second " + f[0] + " line");
                }
                if (f[0].equals("m")) {
                    minPair = number(f[1], no);
                } else {
                    total = number(f[1], no);
                }
            } else if (f.length == 3 && f[0].equals("e") && !f[1].isEmpty()) {
                if (!titles.isEmpty() && titles.get(titles.size() - 1).compareTo(f[1]) >= 0) {
                    throw new IllegalArgumentException("cooc line " + no + ": entities out of order");
                }
                titles.add(f[1]);
                counts.add(number(f[2], no));
            } else if (f.length == 4 && f[0].equals("p")) {
                pairLines.add(new int[]{number(f[1], no), number(f[2], no), number(f[3], no), no});
            } else {
                throw new IllegalArgumentException("cooc line " + no + ": malformed");
            }
        }
        if (total < 0 || minPair < 1) {
            throw new IllegalArgumentException("cooc: missing the n or m line");
        }
        // counts that no table of documents can have would give the features infinite or out-of-range values
        // (a PMI of log 0, a P(e|e') over 1) at link time: refused here, as a model error
        for (int i = 0; i < counts.size(); i++) {
            if (counts.getInt(i) < 1 || counts.getInt(i) > total) {
                throw new IllegalArgumentException("cooc: entity '" + titles.get(i) + "' in " + counts.getInt(i)
                        + " documents, not 1 to the " + total + " of the n line");
            }
        }
        Long2IntOpenHashMap pairs = new Long2IntOpenHashMap(pairLines.size());
        for (int[] p : pairLines) {
            if (p[0] >= p[1] || p[1] >= titles.size()) {
                throw new IllegalArgumentException("cooc line " + p[3] + ": bad entity ids " + p[0] + " " + p[1]);
            }
            int most = Math.min(counts.getInt(p[0]), counts.getInt(p[1]));
            if (p[2] < minPair || p[2] > most) {
                throw new IllegalArgumentException("cooc line " + p[3] + ": pair count " + p[2] + ", not between " + minPair
                        + " (the m line) and " + most + " (the documents of its rarer entity)");
            }
            if (pairs.put(pairKey(p[0], p[1]), p[2]) != pairs.defaultReturnValue()) {
                throw new IllegalArgumentException("cooc line " + p[3] + ": pair " + p[0] + " " + p[1] + " twice");
            }
        }
        return new EntityCooc(titles.toArray(new String[0]), counts.toIntArray(), pairs, total, minPair);
    }

    private static int number(String s, int no) {
        try {
            int v = Integer.parseInt(s);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cooc line " + no + ": '" + s + "' is not a count");
        }
    }
}
