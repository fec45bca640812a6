package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word statistics derived from unlabeled text that a first-pass tagger has tagged
 * automatically (semi-supervised features for words rare or absent in the treebank): for each
 * word form seen at least {@code minCount} times, its most frequent automatic tags; for each
 * lowercased form, how often it is capitalised when not sentence-initial. Only derived counts
 * are kept, never text. Immutable; building is deterministic (ties by tag name; the text form is sorted).
 */
public final class AutoLexicon {
    /** Tags kept per word: the auto tags with at least this share of the word's occurrences, at most 3. */
    static final double TAG_SHARE = 0.2;
    static final int MAX_TAGS = 3;
    /** Feature value for words without statistics. */
    static final String NONE = "-";

    /** Per form: its auto-tag value (top tags joined by '|', best first) and the top tag alone. */
    private final Object2ObjectOpenHashMap<String, String[]> tagValues;
    /**
     * The lowercased forms with capitalisation statistics, as a {@link WordIds}, and by id their
     * mid-sentence occurrences and how many of them were capitalised: an unknown word's row looks up its
     * form (cap, uf) and up to ten stems (morph) without touching key Strings or making substrings.
     */
    private final WordIds capForms;
    private final String[] forms;
    private final int[] occurrences;
    private final int[] capitalised;
    private final int minCount;
    private final Map<String, String> sources;

    /** Over distinct lowercased forms and their two counts (parallel lists, taken as they are). */
    private AutoLexicon(Object2ObjectOpenHashMap<String, String[]> tagValues, List<String> forms, int[] occurrences,
                        int[] capitalised, int minCount, Map<String, String> sources) {
        this.tagValues = tagValues;
        this.forms = forms.toArray(new String[0]);
        this.capForms = new WordIds(forms);
        if (capForms.size() != forms.size()) {
            for (int k = 0; ; k++) {
                if (capForms.id(forms.get(k)) != k) {
                    throw new IllegalArgumentException("form '" + forms.get(k) + "' has capitalisation statistics twice");
                }
            }
        }
        this.occurrences = occurrences;
        this.capitalised = capitalised;
        this.minCount = minCount;
        this.sources = Map.copyOf(sources);
    }

    /** Accumulates (word, auto tag) sentences; then {@link #build}. Not thread-safe. */
    public static final class Builder {
        // hash maps: millions of lookups; the lexicon's lookups and format() do not depend on their order
        private final Object2ObjectOpenHashMap<String, Object2IntOpenHashMap<String>> tagCounts = new Object2ObjectOpenHashMap<>();
        private final Object2ObjectOpenHashMap<String, int[]> capCounts = new Object2ObjectOpenHashMap<>();
        private final Map<String, String> sources = new TreeMap<>();
        private long tokens;

        /** Records one automatically tagged sentence; null tags: capitalisation statistics only. */
        public Builder add(List<String> words, List<String> tags) {
            if (tags != null && words.size() != tags.size()) {
                throw new IllegalArgumentException("words and tags differ in length");
            }
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (tags != null) {
                    tagCounts.computeIfAbsent(w, k -> new Object2IntOpenHashMap<>()).addTo(tags.get(i), 1);
                }
                int first = w.codePointAt(0); // a pair is one letter: 𝐀 is capitalised
                if (i > 0 && Character.isLetter(first)) {
                    int[] c = capCounts.computeIfAbsent(WordFunction.lower(w), k -> new int[2]);
                    c[0]++;
                    if (Character.isUpperCase(first)) {
                        c[1]++;
                    }
                }
                tokens++;
            }
            return this;
        }

        /** Names a source of the statistics (recorded in the attachment), e.g. a file and its sha256. */
        public Builder source(String key, String value) {
            sources.put(key, value);
            return this;
        }

        public long tokens() {
            return tokens;
        }

        public AutoLexicon build(int minCount) {
            return build(minCount, null);
        }

        /**
         * Builds the lexicon; when {@code taggerKnew} is given, each word's tags are prefixed by
         * "k:" when the tagger that produced them knew the word from its training data, else by
         * "u:", so that the tagger's reliability on words it never saw is learned separately.
         */
        public AutoLexicon build(int minCount, java.util.function.Predicate<String> taggerKnew) {
            if (minCount < 1) {
                throw new IllegalArgumentException("minCount must be >= 1, got " + minCount);
            }
            Object2ObjectOpenHashMap<String, String[]> values = new Object2ObjectOpenHashMap<>();
            for (Map.Entry<String, Object2IntOpenHashMap<String>> e : tagCounts.entrySet()) {
                int total = 0;
                for (int c : e.getValue().values()) {
                    total += c;
                }
                if (total >= minCount) {
                    String[] v = tagValue(e.getValue(), total);
                    if (taggerKnew != null) {
                        String mark = taggerKnew.test(e.getKey()) ? "k:" : "u:";
                        v = new String[]{mark + v[0], mark + v[1]};
                    }
                    values.put(e.getKey(), v);
                }
            }
            List<String> forms = new ArrayList<>();
            IntArrayList occurrences = new IntArrayList();
            IntArrayList capitalised = new IntArrayList();
            for (Map.Entry<String, int[]> e : capCounts.entrySet()) {
                if (e.getValue()[0] >= minCount) {
                    forms.add(e.getKey());
                    occurrences.add(e.getValue()[0]);
                    capitalised.add(e.getValue()[1]);
                }
            }
            Map<String, String> src = new TreeMap<>(sources);
            src.put("tokens", Long.toString(tokens));
            return new AutoLexicon(values, forms, occurrences.toIntArray(), capitalised.toIntArray(), minCount, src);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {joined top tags, top tag}: tags by count (ties by name), those with TAG_SHARE of the total, at most MAX_TAGS. */
    private static String[] tagValue(Object2IntOpenHashMap<String> counts, int total) {
        List<String> tags = new ArrayList<>(counts.keySet());
        tags.sort((a, b) -> counts.getInt(a) != counts.getInt(b) ? Integer.compare(counts.getInt(b), counts.getInt(a))
                : a.compareTo(b));
        StringBuilder sb = new StringBuilder(tags.get(0));
        for (int k = 1; k < Math.min(MAX_TAGS, tags.size()); k++) {
            if (counts.getInt(tags.get(k)) < TAG_SHARE * total) {
                break;
            }
            sb.append('|').append(tags.get(k));
        }
        return new String[]{sb.toString(), tags.get(0)};
    }

    /** The word's frequent auto tags ("NN|VB"), or {@link #NONE}. */
    String tags(String word) {
        String[] v = tagValues.get(word);
        return v == null ? NONE : v[0];
    }

    /** The word's most frequent auto tag, or {@link #NONE}. */
    String topTag(String word) {
        String[] v = tagValues.get(word);
        return v == null ? NONE : v[1];
    }

    /**
     * How often the word's lowercased form is capitalised mid-sentence, in five buckets
     * ("c0" never .. "c4" nearly always), or {@link #NONE} without enough occurrences.
     */
    String capitalisation(String word) {
        int k = capForms.id(WordFunction.lower(word));
        if (k < 0) {
            return NONE;
        }
        double r = capitalised[k] / (double) occurrences[k];
        return r < 0.02 ? "c0" : r < 0.25 ? "c1" : r < 0.75 ? "c2" : r < 0.98 ? "c3" : "c4";
    }

    /**
     * How frequent the word's lowercased form is (mid-sentence, letter-initial occurrences) in the
     * unlabeled text, in buckets "f1" (under 4) .. "f5" (256 or more), or {@link #NONE}.
     */
    String frequency(String word) {
        int k = capForms.id(WordFunction.lower(word));
        if (k < 0) {
            return NONE;
        }
        int n = occurrences[k];
        return n < 4 ? "f1" : n < 16 ? "f2" : n < 64 ? "f3" : n < 256 ? "f4" : "f5";
    }

    private static final String[] SUFFIXES = {"ing", "ed", "es", "s", "d", "ly", "er", "est", "ness", "al"};

    /**
     * The first of a few inflectional suffixes whose removal leaves a word seen in the unlabeled
     * text ("blorfed" → "ed" when "blorf" was seen), "=" when the word itself was seen, or
     * {@link #NONE}: a morphological hint for words the treebank lacks.
     */
    String morphology(String word) {
        String l = WordFunction.lower(word);
        for (String suf : SUFFIXES) {
            if (l.length() > suf.length() + 2 && l.endsWith(suf) && capForms.idOfPrefix(l, l.length() - suf.length()) >= 0) {
                return suf;
            }
        }
        return capForms.id(l) >= 0 ? "=" : NONE;
    }

    public int size() {
        return tagValues.size();
    }

    public Map<String, String> sources() {
        return sources;
    }

    /**
     * Serialises as sorted lines: {@code #source key=value} headers, {@code t TAB form TAB tags TAB top},
     * {@code c TAB lowercased form TAB occurrences TAB capitalised}.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("#minCount=").append(minCount).append('\n');
        TsvWords.appendSources(sb, sources);
        String[] tagged = tagValues.keySet().toArray(new String[0]);
        Arrays.sort(tagged);
        for (String w : tagged) {
            String[] v = tagValues.get(w);
            sb.append("t\t").append(TsvWords.escape(w)).append('\t').append(v[0]).append('\t').append(v[1]).append('\n');
        }
        String[] lowers = forms.clone();
        Arrays.sort(lowers);
        for (String w : lowers) {
            int k = capForms.id(w);
            sb.append("c\t").append(TsvWords.escape(w)).append('\t').append(occurrences[k]).append('\t').append(capitalised[k]).append('\n');
        }
        return sb.toString();
    }

    public static AutoLexicon parse(String text) {
        int lines = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        // sized up front: this runs at every model load
        Object2ObjectOpenHashMap<String, String[]> values = new Object2ObjectOpenHashMap<>(lines);
        List<String> forms = new ArrayList<>(lines);
        IntArrayList occurrences = new IntArrayList(lines);
        IntArrayList capitalised = new IntArrayList(lines);
        Map<String, String> sources = new TreeMap<>();
        int minCount = 1;
        int lineNo = 0;
        String[] cols = new String[4];
        for (String line : TsvWords.lines(text)) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#minCount=")) {
                minCount = Integer.parseInt(line.substring("#minCount=".length()));
                continue;
            }
            if (line.startsWith(TsvWords.SOURCE)) {
                if (!TsvWords.readSource(line, sources)) {
                    throw bad(lineNo, "source line without '='");
                }
                continue;
            }
            if (!TsvWords.splitColumns(line, cols)) {
                throw bad(lineNo, "expected 4 columns");
            }
            String w = TsvWords.unescape(cols[1]);
            switch (cols[0]) {
                case "t" -> values.put(w, new String[]{cols[2], cols[3]});
                case "c" -> {
                    try {
                        occurrences.add(Integer.parseInt(cols[2]));
                        capitalised.add(Integer.parseInt(cols[3]));
                    } catch (NumberFormatException e) {
                        throw bad(lineNo, "bad count");
                    }
                    forms.add(w);
                }
                default -> throw bad(lineNo, "unknown kind '" + cols[0] + "'");
            }
        }
        return new AutoLexicon(values, forms, occurrences.toIntArray(), capitalised.toIntArray(), minCount, sources);
    }

    private static IllegalArgumentException bad(int lineNo, String msg) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "autolex line %d: %s", lineNo, msg));
    }
}
