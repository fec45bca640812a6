package org.tagrank.task.rank.link;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CoreNLP's Wikipedia dictionary read the other way round: for each entity that is a candidate of
 * some mention of the data, how many aliases have it as their 1-best entity (an anchor-text
 * popularity not tied to the training documents), and those of its aliases whose text occurs in the
 * data's documents (with their scores), for the {@code wda.*} features ({@link WikidictAliasFeatures}).
 * Made while the dictionary is streamed ({@link Wikidict#read(String, java.util.function.Predicate, Builder)}),
 * keeping only what the given entities and documents can use. Immutable.
 */
public final class WikidictAliases {
    /** The longest alias, in tokens, looked for in a document. */
    public static final int MAX_WORDS = 8;

    /** The groups of the {@code wda.*} features ({@link WikidictAliasFeatures}); all of them: {@code wikidict.aliases=true}. */
    public static final Set<String> GROUPS = Set.of("count", "doc", "ctx");

    /** An alias of an entity found in the data: its text, its 64-bit hash, its dictionary score, its token count. */
    public record Alias(String text, long hash, double score, int words) {
    }

    /**
     * The words of an entity's aliases that occur in the data's documents (case-folded, stop words and words of
     * one or two letters out), each weighted by log(1 + the number of its aliases that contain it);
     * {@code norm2} is the sum of the squared weights. The arrays are the bag's own: the constructor copies what it is
     * given and {@link #words()} and {@link #weights()} hand out copies, so that no caller can change what a shared
     * linker computes; the features read them in place ({@link #share}).
     */
    public record Bag(String[] words, float[] weights, double norm2) {
        static final Bag EMPTY = new Bag(new String[0], new float[0], 0);

        public Bag {
            if (words.length != weights.length) {
                throw new IllegalArgumentException(words.length + " words and " + weights.length + " weights");
            }
            words = words.clone();
            weights = weights.clone();
        }

        /** A copy of the words. */
        @Override
        public String[] words() {
            return words.clone();
        }

        /** A copy of the weights, one per word. */
        @Override
        public float[] weights() {
            return weights.clone();
        }

        /** The number of words. */
        public int size() {
            return words.length;
        }

        /** Equal when the words, the weights and the norms are (the arrays by content). */
        @Override
        public boolean equals(Object o) {
            return o instanceof Bag b && java.util.Arrays.equals(b.words, words)
                    && java.util.Arrays.equals(b.weights, weights) && Double.compare(b.norm2, norm2) == 0;
        }

        @Override
        public int hashCode() {
            return (java.util.Arrays.hashCode(words) * 31 + java.util.Arrays.hashCode(weights)) * 31
                    + Double.hashCode(norm2);
        }

        @Override
        public String toString() {
            return "Bag[words=" + java.util.Arrays.toString(words) + ", weights=" + java.util.Arrays.toString(weights)
                    + ", norm2=" + norm2 + "]";
        }

        /**
         * The bag's weight on document words over its norm, the mention's words left out of both (0 for no bag);
         * read in place, without copying the arrays ({@link WikidictAliasFeatures#share}).
         */
        double share(Set<String> docWords, Set<String> mentionWords) {
            double n2 = norm2;
            double dot = 0;
            String[] ws = words;
            float[] wt = weights;
            for (int i = 0; i < ws.length; i++) {
                if (mentionWords.contains(ws[i])) {
                    n2 -= wt[i] * (double) wt[i];
                } else if (docWords.contains(ws[i])) {
                    dot += wt[i];
                }
            }
            return n2 <= 1e-9 ? 0 : dot / Math.sqrt(n2);
        }
    }

    private final Object2IntOpenHashMap<String> counts;
    private final Map<String, List<Alias>> inData;
    private final Map<String, Bag> bags;

    private WikidictAliases(Object2IntOpenHashMap<String> counts, Map<String, List<Alias>> inData,
                            Map<String, Bag> bags) {
        this.counts = counts;
        this.inData = inData;
        this.bags = bags;
    }

    /** The words of {@code entity}'s aliases found in the data's documents; empty when none. */
    public Bag bag(String entity) {
        return bags.getOrDefault(entity, Bag.EMPTY);
    }

    /** A word as the bags and the document side of the {@code ctx} group see it: case-folded, long enough, no stop word. */
    static boolean contentWord(String w) {
        return w.length() > 2 && !TitleWords.STOP.contains(w);
    }

    /** The number of dictionary aliases whose 1-best entity is {@code entity} (0 when none or not kept). */
    public int aliasCount(String entity) {
        int n = counts.getInt(entity);
        return n < 0 ? 0 : n;
    }

    /** The aliases of {@code entity} (1-best) whose text occurs in the data's documents; empty when none. */
    public List<Alias> inData(String entity) {
        List<Alias> l = inData.get(entity);
        return l == null ? List.of() : l;
    }

    /** The number of entities kept. */
    public int entities() {
        return counts.size();
    }

    /** The number of (entity, alias) pairs kept because the alias occurs in the data. */
    public int aliasesInData() {
        int n = 0;
        for (List<Alias> l : inData.values()) {
            n += l.size();
        }
        return n;
    }

    /** The number of (entity, word) pairs in the bags. */
    public int bagWords() {
        int n = 0;
        for (Bag b : bags.values()) {
            n += b.size();
        }
        return n;
    }

    /** 64-bit FNV-1a of a string's chars; {@link #ngrams} hashes token sequences joined by one space the same way. */
    public static long hash(CharSequence s) {
        long h = OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h = step(h, s.charAt(i));
        }
        return h;
    }

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private static long step(long h, char ch) {
        return (h ^ ch) * PRIME;
    }

    private static long append(long h, String token, boolean first) {
        if (!first) {
            h = step(h, ' ');
        }
        for (int i = 0; i < token.length(); i++) {
            h = step(h, token.charAt(i));
        }
        return h;
    }

    /**
     * Adds to {@code out} the hashes of the token sequences of up to {@link #MAX_WORDS} tokens of a
     * document, joined by one space, as written and, for a sequence without lower-case letters
     * (headlines, result tables), each word capitalised ({@code "LANCE ARMSTRONG"} → {@code "Lance Armstrong"}).
     */
    public static void ngrams(List<String> tokens, LongOpenHashSet out) {
        int n = tokens.size();
        String[] cap = new String[n];
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i);
            String c = Wikidict.capitalised(t);
            cap[i] = hasLower(t) ? null : c;
        }
        for (int s = 0; s < n; s++) {
            long h = OFFSET;
            long hc = OFFSET;
            boolean caps = true;
            for (int e = s; e < n && e - s < MAX_WORDS; e++) {
                h = append(h, tokens.get(e), e == s);
                out.add(h);
                caps &= cap[e] != null;
                if (caps) {
                    hc = append(hc, cap[e], e == s);
                    out.add(hc);
                }
            }
        }
    }

    private static boolean hasLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Collects the reverse entries while the dictionary is streamed; for {@link Wikidict#read}. */
    public static final class Builder {
        private final Set<String> entities;
        private final LongOpenHashSet ngrams;
        private final Object2IntOpenHashMap<String> counts = new Object2IntOpenHashMap<>();
        private final Map<String, List<Alias>> inData = new HashMap<>();
        /** The data's document words (canonical instances), and per entity its alias words' counts. */
        private final Map<String, String> vocabulary;
        private final Map<String, Object2IntOpenHashMap<String>> bags = new HashMap<>();

        /**
         * @param entities the titles to keep evidence for (the candidates of the data's mentions)
         * @param ngrams   the {@link #ngrams} hashes of the data's documents: aliases whose hash is among them are kept
         */
        public Builder(Set<String> entities, LongOpenHashSet ngrams) {
            this(entities, ngrams, Set.of());
        }

        /**
         * @param vocabulary the data's document words ({@link TitleWords#words}, {@link #contentWord}): the alias
         *                   words kept for the bags ({@link #bag})
         */
        public Builder(Set<String> entities, LongOpenHashSet ngrams, Set<String> vocabulary) {
            this.entities = Set.copyOf(entities);
            this.ngrams = ngrams;
            this.vocabulary = new HashMap<>();
            vocabulary.forEach(w -> this.vocabulary.put(w, w));
        }

        /** A builder for the candidates and the documents of {@code docs}. */
        public static Builder forDocuments(Iterable<LinkDocument> docs) {
            Set<String> ents = new HashSet<>();
            Set<String> vocab = new HashSet<>();
            LongOpenHashSet grams = new LongOpenHashSet();
            for (LinkDocument d : docs) {
                for (LinkMention m : d.mentions()) {
                    for (LinkCandidate c : m.candidates()) {
                        ents.add(c.title());
                    }
                    // a mention file alone (no document file): its mentions are the document's text
                    grams.add(hash(m.text()));
                }
                ngrams(d.tokens(), grams);
                for (String t : d.tokens()) {
                    for (String w : TitleWords.words(t)) {
                        if (contentWord(w)) {
                            vocab.add(w);
                        }
                    }
                }
            }
            return new Builder(ents, grams, vocab);
        }

        /** Is this title kept? (Cheap test before the alias is looked at.) */
        boolean wants(String entity) {
            return entities.contains(entity);
        }

        private String pendingAlias;
        private String pendingEntity;
        private double pendingScore;

        /**
         * One dictionary line, in file order: its alias, its entity when {@link #wants} it (else null) and
         * its score. As in the forward lookup the last line of an alias is its 1-best, so a line is
         * counted only when the next line has another alias (the file is sorted by alias).
         */
        void line(String alias, String entity, double score) {
            if (pendingAlias != null && !pendingAlias.equals(alias)) {
                commit();
            }
            pendingAlias = alias;
            pendingEntity = entity;
            pendingScore = score;
        }

        private void commit() {
            if (pendingEntity != null) {
                accept(pendingAlias, pendingEntity, pendingScore);
            }
            pendingAlias = null;
            pendingEntity = null;
        }

        private void accept(String alias, String entity, double score) {
            counts.addTo(entity, 1);
            long h = hash(alias);
            if (ngrams.contains(h)) {
                int words = 1;
                for (int i = 0; i < alias.length(); i++) {
                    if (alias.charAt(i) == ' ') {
                        words++;
                    }
                }
                inData.computeIfAbsent(entity, k -> new ArrayList<>(2)).add(new Alias(alias, h, score, words));
            }
            if (vocabulary.isEmpty()) {
                return;
            }
            Set<String> seen = null;
            for (String w : TitleWords.words(alias)) {
                String canon = vocabulary.get(w);
                if (canon == null) {
                    continue;
                }
                if (seen == null) {
                    seen = new HashSet<>(4);
                }
                if (seen.add(canon)) {
                    bags.computeIfAbsent(entity, k -> new Object2IntOpenHashMap<>(4)).addTo(canon, 1);
                }
            }
        }

        /** The reverse entries of the lines seen (ends the last alias). */
        public WikidictAliases build() {
            commit();
            Map<String, List<Alias>> m = new HashMap<>();
            inData.forEach((k, v) -> m.put(k, Collections.unmodifiableList(v)));
            Object2IntOpenHashMap<String> c = new Object2IntOpenHashMap<>(counts);
            c.defaultReturnValue(-1);
            Map<String, Bag> b = new HashMap<>();
            bags.forEach((e, words) -> {
                String[] ws = words.keySet().toArray(new String[0]);
                java.util.Arrays.sort(ws);
                float[] wt = new float[ws.length];
                double n2 = 0;
                for (int i = 0; i < ws.length; i++) {
                    wt[i] = (float) Math.log1p(words.getInt(ws[i]));
                    n2 += wt[i] * (double) wt[i];
                }
                b.put(e, new Bag(ws, wt, n2));
            });
            return new WikidictAliases(c, m, b);
        }
    }

    /** From given entries (tests): entity → its aliases with scores, all counted and all "in the data". */
    static WikidictAliases of(Map<String, Map<String, Double>> aliasesByEntity) {
        LongOpenHashSet all = new LongOpenHashSet();
        Set<String> vocab = new HashSet<>();
        aliasesByEntity.values().forEach(m -> m.keySet().forEach(a -> {
            all.add(hash(a));
            TitleWords.words(a).stream().filter(WikidictAliases::contentWord).forEach(vocab::add);
        }));
        Builder b = new Builder(aliasesByEntity.keySet(), all, vocab);
        aliasesByEntity.forEach((e, m) -> m.forEach((a, s) -> b.line(a, e, s)));
        return b.build();
    }

    /** Parses a comma-separated group list ("count,doc,ctx"); "true" or "all" is every group. */
    public static Set<String> parseGroups(String s) {
        if (s == null || s.isBlank() || s.equals("true") || s.equals("all")) {
            return GROUPS;
        }
        Set<String> out = new java.util.TreeSet<>();
        for (String g : s.split(",")) {
            String t = g.strip();
            if (!GROUPS.contains(t)) {
                throw new IllegalArgumentException("unknown wikidict alias group '" + t + "' (known: count, doc, ctx)");
            }
            out.add(t);
        }
        return out;
    }

    /** The groups as recorded in a model: sorted, comma-separated. */
    public static String format(Set<String> groups) {
        return String.join(",", new java.util.TreeSet<>(groups));
    }
}
