package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;
import org.tagrank.core.LabelSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Training-word statistics: the vocabulary with counts (for unknown-word accuracy) and, for
 * frequent words, the tags they were seen with. A word seen at least {@code minCount} times
 * may only get tags it had in training; one that had a single tag in at least
 * {@code unambiguousShare} of {@code unambiguousCount}+ occurrences is tagged without scoring.
 * Immutable.
 */
public final class TagDictionary {
    private final Object2IntOpenHashMap<String> counts;
    private final Object2ObjectOpenHashMap<String, int[]> allowed;
    private final Object2IntOpenHashMap<String> fixed;

    private TagDictionary(Object2IntOpenHashMap<String> counts, Object2ObjectOpenHashMap<String, int[]> allowed,
                          Object2IntOpenHashMap<String> fixed) {
        this.counts = counts;
        this.allowed = allowed;
        this.fixed = fixed;
    }

    /** Settings for building the dictionary from training data. */
    public record Settings(int minCount, int unambiguousCount, double unambiguousShare) {
        /**
         * Words seen 5+ times keep their tags; words seen 10+ times with one tag 99%+ of the time are tagged without
         * scoring. Fixing those (half of EWT dev's tokens, against 39% with the earlier 20 / 99.5%) tags ~10% faster
         * with the same dev accuracy on three seeds (docs/bench-posacc.md).
         */
        public static final Settings DEFAULT = new Settings(5, 10, 0.99);

        public Settings {
            if (minCount < 1 || unambiguousCount < 1 || !(unambiguousShare > 0.5 && unambiguousShare <= 1)) {
                throw new IllegalArgumentException("bad tag dictionary settings: " + minCount + ", " + unambiguousCount
                        + ", " + unambiguousShare);
            }
        }
    }

    /** Builds from (word, tag id) occurrences. */
    public static TagDictionary build(List<List<String>> sentences, List<int[]> tags, LabelSet labels, Settings s) {
        Map<String, int[]> tagCounts = new TreeMap<>();
        for (int k = 0; k < sentences.size(); k++) {
            List<String> words = sentences.get(k);
            int[] t = tags.get(k);
            for (int i = 0; i < words.size(); i++) {
                tagCounts.computeIfAbsent(words.get(i), w -> new int[labels.size()])[t[i]]++;
            }
        }
        Object2IntOpenHashMap<String> counts = new Object2IntOpenHashMap<>();
        counts.defaultReturnValue(0);
        Object2ObjectOpenHashMap<String, int[]> allowed = new Object2ObjectOpenHashMap<>();
        Object2IntOpenHashMap<String> fixed = new Object2IntOpenHashMap<>();
        fixed.defaultReturnValue(-1);
        for (Map.Entry<String, int[]> e : tagCounts.entrySet()) {
            int[] c = e.getValue();
            int total = Arrays.stream(c).sum();
            counts.put(e.getKey(), total);
            if (total < s.minCount()) {
                continue;
            }
            int best = 0;
            List<Integer> seen = new ArrayList<>();
            for (int y = 0; y < c.length; y++) {
                if (c[y] > 0) {
                    seen.add(y);
                }
                if (c[y] > c[best]) {
                    best = y;
                }
            }
            allowed.put(e.getKey(), seen.stream().mapToInt(Integer::intValue).toArray());
            if (total >= s.unambiguousCount() && c[best] >= s.unambiguousShare() * total) {
                fixed.put(e.getKey(), best);
            }
        }
        return new TagDictionary(counts, allowed, fixed);
    }

    /** Training count of the word (0 when unseen). */
    public int count(String word) {
        return counts.getInt(word);
    }

    /** Tags the word may take, or null when unrestricted. */
    int[] allowed(String word) {
        return allowed.get(word);
    }

    /** The tag the word always gets, or -1. */
    int fixedTag(String word) {
        return fixed.getInt(word);
    }

    public int vocabularySize() {
        return counts.size();
    }

    /** All training words (the vocabulary). */
    public java.util.Set<String> words() {
        return java.util.Collections.unmodifiableSet(counts.keySet());
    }

    /** Serialises as {@code word TAB count TAB fixed-tag-or-dash TAB allowed tags (space-separated)}, sorted. */
    String format(LabelSet labels) {
        StringBuilder sb = new StringBuilder();
        for (String w : new java.util.TreeSet<>(counts.keySet())) {
            sb.append(TsvWords.escape(w)).append('\t').append(counts.getInt(w)).append('\t');
            int f = fixed.getInt(w);
            sb.append(f < 0 ? "-" : labels.label(f)).append('\t');
            int[] a = allowed.get(w);
            if (a != null) {
                for (int i = 0; i < a.length; i++) {
                    if (i > 0) {
                        sb.append(' ');
                    }
                    sb.append(labels.label(a[i]));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static TagDictionary parse(String text, LabelSet labels) {
        Object2IntOpenHashMap<String> counts = new Object2IntOpenHashMap<>();
        counts.defaultReturnValue(0);
        Object2ObjectOpenHashMap<String, int[]> allowed = new Object2ObjectOpenHashMap<>();
        Object2IntOpenHashMap<String> fixed = new Object2IntOpenHashMap<>();
        fixed.defaultReturnValue(-1);
        int lineNo = 0;
        String[] cols = new String[4];
        for (String line : TsvWords.lines(text)) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            if (!TsvWords.splitColumns(line, cols)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "tagdict line %d: expected 4 columns", lineNo));
            }
            String w = TsvWords.unescape(cols[0]);
            counts.put(w, Integer.parseInt(cols[1]));
            if (!cols[2].equals("-")) {
                fixed.put(w, tagId(labels, cols[2], lineNo));
            }
            if (!cols[3].isEmpty()) {
                allowed.put(w, tagIds(labels, cols[3], lineNo));
            }
        }
        return new TagDictionary(counts, allowed, fixed);
    }

    /** The ids of the space-separated tags. */
    private static int[] tagIds(LabelSet labels, String tags, int lineNo) {
        int n = 1;
        for (int i = 0; i < tags.length(); i++) {
            n += tags.charAt(i) == ' ' ? 1 : 0;
        }
        int[] a = new int[n];
        for (int k = 0, at = 0; k < n; k++) {
            int sp = tags.indexOf(' ', at);
            int e = sp < 0 ? tags.length() : sp;
            a[k] = tagId(labels, tags.substring(at, e), lineNo);
            at = e + 1;
        }
        return a;
    }

    private static int tagId(LabelSet labels, String tag, int lineNo) {
        int id = labels.indexOf(tag);
        if (id < 0) {
            throw new IllegalArgumentException("tagdict line " + lineNo + ": unknown tag '" + tag + "'");
        }
        return id;
    }
}
