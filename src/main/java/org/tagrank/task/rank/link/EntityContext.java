package org.tagrank.task.rank.link;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An entity context model learned from training documents: for each entity linked in them, a bag
 * of the (suffix-stemmed, case-folded, stopword-free) words of the documents where it is the gold
 * of a mention, counted once per document and pruned to the {@code topN} words of highest
 * count x idf; and the same bag for each title pattern class ({@code * national football team})
 * of the gold links, the backoff for entities never linked in training. A document is scored
 * against a bag by the cosine of its idf-weighted word set and the bag's idf-weighted counts.
 * On training documents {@link #view(LinkDocument, boolean)} can leave the document's own counts
 * out, as the alias prior does. Immutable and thread-safe.
 */
public final class EntityContext {
    /** Prefix of a pattern-class bag key (no title starts with a control character). */
    static final String PATTERN = "\u001epat:";
    /** A pattern-class bag is kept when it comes from at least this many documents. */
    static final int MIN_PATTERN_DOCS = 3;

    /** Word → id; ids index {@link #idf}. */
    private final Object2IntOpenHashMap<String> vocab;
    private final double[] idf;
    private final Map<String, Bag> bags;

    /** A pruned bag: word ids, their document counts, and the number of documents it came from. */
    record Bag(int[] words, int[] counts, int docs) {
    }

    private EntityContext(Object2IntOpenHashMap<String> vocab, double[] idf, Map<String, Bag> bags) {
        this.vocab = vocab;
        this.idf = idf;
        this.bags = bags;
    }

    /** The context words of a document: distinct stemmed, case-folded content words. */
    static Set<String> words(List<String> tokens) {
        Set<String> out = new HashSet<>();
        for (String t : tokens) {
            for (String w : TitleWords.words(t)) {
                if (w.length() > 2 && !TitleWords.STOP.contains(w) && Character.isLetter(w.charAt(0))) {
                    out.add(TitleWords.stem(w));
                }
            }
        }
        return out;
    }

    /** The bag keys a document's gold links add to: each linked entity, and its title pattern class. */
    static Set<String> goldKeys(LinkDocument d) {
        Set<String> keys = new HashSet<>();
        for (LinkMention m : d.mentions()) {
            if (m.linked()) {
                keys.add(m.gold());
                String pat = LinkPatterns.pattern(m.gold(), TitleWords.words(m.text()));
                if (pat != null) {
                    keys.add(PATTERN + pat);
                }
            }
        }
        return keys;
    }

    /** Learns the bags from the gold links of these documents, keeping each bag's {@code topN} words. */
    public static EntityContext fromDocuments(List<LinkDocument> docs, int topN) {
        if (topN < 1) {
            throw new IllegalArgumentException("topN must be positive, got " + topN);
        }
        Object2IntOpenHashMap<String> df = new Object2IntOpenHashMap<>();
        Map<String, Object2IntOpenHashMap<String>> counts = new HashMap<>();
        Object2IntOpenHashMap<String> nDocs = new Object2IntOpenHashMap<>();
        int n = 0;
        for (LinkDocument d : docs) {
            if (d.tokens().isEmpty()) {
                continue;
            }
            n++;
            Set<String> ws = words(d.tokens());
            for (String w : ws) {
                df.addTo(w, 1);
            }
            for (String k : goldKeys(d)) {
                nDocs.addTo(k, 1);
                Object2IntOpenHashMap<String> c = counts.computeIfAbsent(k, x -> new Object2IntOpenHashMap<>());
                for (String w : ws) {
                    c.addTo(w, 1);
                }
            }
        }
        Object2IntOpenHashMap<String> vocab = new Object2IntOpenHashMap<>();
        vocab.defaultReturnValue(-1);
        DoubleArrayList idfs = new DoubleArrayList();
        Map<String, Bag> bags = new HashMap<>();
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(null);
        for (String k : keys) {
            int nd = nDocs.getInt(k);
            if (k.startsWith(PATTERN) && nd < MIN_PATTERN_DOCS) {
                continue;
            }
            int total = n;
            List<Map.Entry<String, Integer>> es = new ArrayList<>(counts.get(k).object2IntEntrySet().size());
            counts.get(k).object2IntEntrySet().forEach(e -> es.add(Map.entry(e.getKey(), e.getIntValue())));
            es.sort((a, b) -> {
                int c = Double.compare(b.getValue() * idf(total, df.getInt(b.getKey())),
                        a.getValue() * idf(total, df.getInt(a.getKey())));
                return c != 0 ? c : a.getKey().compareTo(b.getKey());
            });
            int m = Math.min(topN, es.size());
            int[] w = new int[m];
            int[] c = new int[m];
            for (int i = 0; i < m; i++) {
                String word = es.get(i).getKey();
                int id = vocab.getInt(word);
                if (id < 0) {
                    id = vocab.size();
                    vocab.put(word, id);
                    idfs.add(idf(total, df.getInt(word)));
                }
                w[i] = id;
                c[i] = es.get(i).getValue();
            }
            bags.put(k, new Bag(w, c, nd));
        }
        return new EntityContext(vocab, idfs.toDoubleArray(), bags);
    }

    private static double idf(int docs, int df) {
        return Math.log((docs + 1.0) / (df + 0.5));
    }

    /** Number of bags (entities and pattern classes). */
    public int size() {
        return bags.size();
    }

    /** The bags as seen from a document, with its own counts removed when {@code leaveOut} (training data). */
    public View view(LinkDocument doc, boolean leaveOut) {
        return view(doc.tokens(), leaveOut ? goldKeys(doc) : Set.of());
    }

    private View view(List<String> tokens, Set<String> own) {
        IntOpenHashSet ids = new IntOpenHashSet();
        double norm = 0;
        for (String w : words(tokens)) {
            int id = vocab.getInt(w);
            if (id >= 0) {
                ids.add(id);
                norm += idf[id] * idf[id];
            }
        }
        return new View(ids, Math.sqrt(norm), own);
    }

    /** Scores of one document against the bags. */
    public final class View {
        private final IntOpenHashSet doc;
        private final double docNorm;
        private final Set<String> own;

        private View(IntOpenHashSet doc, double docNorm, Set<String> own) {
            this.doc = doc;
            this.docNorm = docNorm;
            this.own = own;
        }

        /** The same bags against the tokens {@code [from, to)} of the document only (a window around a mention). */
        public View window(List<String> tokens, int from, int to) {
            return view(tokens.subList(Math.max(0, from), Math.min(tokens.size(), to)), own);
        }

        /** Documents the entity's bag comes from (minus this one when left out); 0 when it has none. */
        public int docs(String entity) {
            return docs(bags.get(entity), own.contains(entity));
        }

        private int docs(Bag b, boolean mine) {
            return b == null ? 0 : b.docs() - (mine ? 1 : 0);
        }

        /** Cosine of the document and the entity's bag, or NaN without a bag. */
        public double entity(String entity) {
            return cosine(entity);
        }

        /** Cosine of the document and the bag of a title pattern class, or NaN without one. */
        public double pattern(String pattern) {
            return pattern == null ? Double.NaN : cosine(PATTERN + pattern);
        }

        private double cosine(String key) {
            Bag b = bags.get(key);
            boolean mine = own.contains(key);
            if (docs(b, mine) <= 0 || docNorm == 0) {
                return Double.NaN;
            }
            double dot = 0;
            double norm = 0;
            for (int i = 0; i < b.words().length; i++) {
                int w = b.words()[i];
                boolean in = doc.contains(w);
                double c = b.counts()[i] - (mine && in ? 1 : 0);
                double x = c * idf[w];
                norm += x * x;
                if (in) {
                    dot += x * idf[w];
                }
            }
            return norm == 0 ? Double.NaN : dot / (Math.sqrt(norm) * docNorm);
        }
    }

    /**
     * Serialised as {@code w<TAB>word<TAB>idf} per word,
     * then {@code b<TAB>key<TAB>docs<TAB>word:count word:count ...} per bag; sorted.
     */
    public String format() {
        String[] byId = new String[idf.length];
        vocab.object2IntEntrySet().forEach(e -> byId[e.getIntValue()] = e.getKey());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < byId.length; i++) {
            lines.add("w\t" + byId[i] + "\t" + String.format(Locale.ROOT, "%.6f", idf[i]));
        }
        bags.forEach((k, b) -> {
            StringBuilder sb = new StringBuilder("b\t").append(k).append('\t').append(b.docs()).append('\t');
            for (int i = 0; i < b.words().length; i++) {
                sb.append(i > 0 ? " " : "").append(byId[b.words()[i]]).append(':').append(b.counts()[i]);
            }
            lines.add(sb.toString());
        });
        return LinkNumbers.sortedLines(lines);
    }

    /** Parses {@link #format()}; IllegalArgumentException naming the line on bad input. */
    public static EntityContext parse(String text) {
        Object2IntOpenHashMap<String> vocab = new Object2IntOpenHashMap<>();
        vocab.defaultReturnValue(-1);
        DoubleArrayList idfs = new DoubleArrayList();
        List<String[]> bagLines = new ArrayList<>();
        IntArrayList bagNos = new IntArrayList();
        List<String[]> lines = LinkNumbers.tabFields(text);
        for (int no = 1; no <= lines.size(); no++) {
            String[] f = lines.get(no - 1);
            if (f.length == 3 && f[0].equals("w")) {
                if (vocab.containsKey(f[1])) {
                    throw new IllegalArgumentException("context line " + no + ": word '" + f[1] + "' twice");
                }
                vocab.put(f[1], idfs.size());
                idfs.add(number(f[2], no));
            } else if (f.length == 4 && f[0].equals("b")) {
                bagLines.add(f);
                bagNos.add(no);
            } else {
                throw new IllegalArgumentException("context line " + no + ": malformed");
            }
        }
        Map<String, Bag> bags = new HashMap<>();
        for (int i = 0; i < bagLines.size(); i++) {
            String[] f = bagLines.get(i);
            int no = bagNos.getInt(i);
            String[] items = f[3].isEmpty() ? new String[0] : f[3].split(" ");
            int[] w = new int[items.length];
            int[] c = new int[items.length];
            for (int k = 0; k < items.length; k++) {
                int colon = items[k].lastIndexOf(':');
                int id = colon > 0 ? vocab.getInt(items[k].substring(0, colon)) : -1;
                if (id < 0) {
                    throw new IllegalArgumentException("context line " + no + ": unknown word in '" + items[k] + "'");
                }
                w[k] = id;
                c[k] = (int) number(items[k].substring(colon + 1), no);
            }
            bags.put(f[1], new Bag(w, c, (int) number(f[2], no)));
        }
        return new EntityContext(vocab, idfs.toDoubleArray(), bags);
    }

    private static double number(String s, int no) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("context line " + no + ": '" + s + "' is not a number");
        }
    }
}
