package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * UPOS from the predicted XPOS: the UPOS most often seen in training with (XPOS, lowercased word,
 * next tag) when that context was seen at least {@link #MIN_CONTEXT} times, else with (XPOS,
 * lowercased word), else with the XPOS alone (among the words seen once in training, as a word
 * the map has not seen is like them). The next tag is the XPOS of the next token that is
 * not an adverb ({@code </s>} at the end): it tells auxiliary from main "have" ("have done" vs "have
 * time"), determiner from pronoun "this", subordinating from prepositional "after" (EWT dev with
 * predicted XPOS: 94.01% → 95.06% UPOS). Immutable.
 */
public final class UposMap {
    private final Object2ObjectOpenHashMap<String, String> byTagAndWord;
    private final Object2ObjectOpenHashMap<String, String> byTag;

    /** The exceptions by lowercased word, then XPOS: looked up without building a key string. */
    private final Object2ObjectOpenHashMap<String, WordExceptions> byWord;
    /** The context exceptions' attachment: sorted lines {@code XPOS TAB NEXT TAB UPOS TAB word}. */
    private final String contextText;

    /** A lowercased word's exceptions: by XPOS, and by XPOS then next tag (one word lookup per token). */
    private record WordExceptions(Object2ObjectOpenHashMap<String, String> byTag,
                                  Object2ObjectOpenHashMap<String, Object2ObjectOpenHashMap<String, String>> byTagAndNext) {
        WordExceptions() {
            this(new Object2ObjectOpenHashMap<>(), new Object2ObjectOpenHashMap<>());
        }
    }

    /** A context must have been seen this often in training to count. */
    static final int MIN_CONTEXT = 2;
    /** The model attachment holding the context exceptions (older models lack it: no context). */
    static final String CONTEXT_ATTACHMENT = "upos-context.tsv";
    /** The next tag of the last token. */
    static final String END = "</s>";

    private UposMap(Map<String, String> byTagAndWord, Map<String, String> byTag, String contextText) {
        this.byTagAndWord = new Object2ObjectOpenHashMap<>(byTagAndWord);
        this.byTag = new Object2ObjectOpenHashMap<>(byTag);
        this.byWord = new Object2ObjectOpenHashMap<>();
        for (Map.Entry<String, String> e : byTagAndWord.entrySet()) {
            int sp = e.getKey().indexOf(' ');
            byWord.computeIfAbsent(e.getKey().substring(sp + 1), w -> new WordExceptions())
                    .byTag().put(e.getKey().substring(0, sp), e.getValue());
        }
        this.contextText = contextText;
        int lineNo = 0;
        for (String line : contextText.isEmpty() ? new String[0] : contextText.split("\n")) {
            lineNo++;
            String[] c = line.split("\t", 4);
            if (c.length != 4) {
                throw new IllegalArgumentException(CONTEXT_ATTACHMENT + " line " + lineNo + ": expected XPOS, next tag, UPOS, word");
            }
            byWord.computeIfAbsent(c[3], w -> new WordExceptions()).byTagAndNext()
                    .computeIfAbsent(c[0], x -> new Object2ObjectOpenHashMap<>()).put(c[1], c[2]);
        }
    }

    /** Learns the map from parallel XPOS/UPOS training columns. */
    public static UposMap learn(List<List<String>> words, List<List<String>> xpos, List<List<String>> upos) {
        Map<String, Map<String, Integer>> pair = new TreeMap<>();
        Map<String, Map<String, Integer>> tag = new TreeMap<>();
        Map<String, Map<String, Integer>> rareTag = new TreeMap<>();
        Map<String, Map<String, Integer>> context = new TreeMap<>(); // "XPOS\tNEXT\tword"
        Map<String, Integer> frequency = new HashMap<>();
        for (List<String> sentence : words) {
            for (String w : sentence) {
                frequency.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        for (int s = 0; s < words.size(); s++) {
            for (int i = 0; i < words.get(s).size(); i++) {
                String x = xpos.get(s).get(i);
                String u = upos.get(s).get(i);
                if (u.equals("_")) { // no gold UPOS (an XPOS-only corpus): nothing to learn, not a UPOS "_"
                    continue;
                }
                pair.computeIfAbsent(key(x, words.get(s).get(i)), k -> new TreeMap<>()).merge(u, 1, Integer::sum);
                tag.computeIfAbsent(x, k -> new TreeMap<>()).merge(u, 1, Integer::sum);
                if (frequency.get(words.get(s).get(i).toLowerCase(Locale.ROOT)) == 1) {
                    rareTag.computeIfAbsent(x, k -> new TreeMap<>()).merge(u, 1, Integer::sum);
                }
                context.computeIfAbsent(x + "\t" + nextTag(xpos.get(s), i) + "\t" + words.get(s).get(i).toLowerCase(Locale.ROOT),
                        k -> new TreeMap<>()).merge(u, 1, Integer::sum);
            }
        }
        // the per-tag default is what a word the map has not seen gets, so it is learned from words seen once, which
        // behave like unseen ones: over all tokens VBZ/VBP would default to AUX ("is", "are"), a closed class whose
        // members are all in training, and every unseen verb ("barks") would be AUX; a tag no such word has keeps
        // the default over all its tokens
        Map<String, String> byTag = best(tag);
        byTag.putAll(best(rareTag));
        Map<String, String> byPair = new HashMap<>();
        for (Map.Entry<String, String> e : best(pair).entrySet()) {
            String x = e.getKey().substring(0, e.getKey().indexOf(' '));
            if (!e.getValue().equals(byTag.get(x))) { // store only exceptions to the per-tag default
                byPair.put(e.getKey(), e.getValue());
            }
        }
        UposMap plain = new UposMap(byPair, byTag, "");
        StringBuilder contextText = new StringBuilder();
        Map<String, String> bestInContext = best(context);
        for (Map.Entry<String, String> e : bestInContext.entrySet()) {
            String[] c = e.getKey().split("\t", 3);
            int seen = context.get(e.getKey()).values().stream().mapToInt(Integer::intValue).sum();
            // only contexts seen often enough that change the answer without context
            if (seen >= MIN_CONTEXT && !e.getValue().equals(plain.upos(c[0], c[2]))) {
                contextText.append(c[0]).append('\t').append(c[1]).append('\t').append(e.getValue()).append('\t')
                        .append(c[2]).append('\n');
            }
        }
        return new UposMap(byPair, byTag, contextText.toString());
    }

    /** True when learned from data without any UPOS: a model gets no UPOS map then. */
    public boolean isEmpty() {
        return byTag.isEmpty();
    }

    /** The XPOS of the first token after i that is not an adverb, or {@link #END}. */
    static String nextTag(List<String> xpos, int i) {
        int j = i + 1;
        while (j < xpos.size() && xpos.get(j).equals("RB")) {
            j++;
        }
        return j < xpos.size() ? xpos.get(j) : END;
    }

    private static Map<String, String> best(Map<String, Map<String, Integer>> counts) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            String bestLabel = null;
            int bestCount = -1;
            for (Map.Entry<String, Integer> c : e.getValue().entrySet()) { // sorted: ties go to the first label
                if (c.getValue() > bestCount) {
                    bestLabel = c.getKey();
                    bestCount = c.getValue();
                }
            }
            out.put(e.getKey(), bestLabel);
        }
        return out;
    }

    private static String key(String xpos, String word) {
        return xpos + " " + word.toLowerCase(Locale.ROOT);
    }

    /** The UPOS of each token of a tagged sentence, from its XPOS, its word and the next tag. */
    public List<String> upos(List<String> xpos, List<String> words) {
        List<String> out = new java.util.ArrayList<>(xpos.size());
        for (int i = 0; i < xpos.size(); i++) {
            out.add(upos(xpos.get(i), words.get(i), nextTag(xpos, i)));
        }
        return out;
    }

    /** As {@link #upos(String, String)}, first trying the word's exceptions after this next tag (null: none). */
    public String upos(String xpos, String word, String next) {
        WordExceptions ex = byWord.get(word.toLowerCase(Locale.ROOT));
        if (ex != null) {
            if (next != null) {
                Object2ObjectOpenHashMap<String, String> byNext = ex.byTagAndNext().get(xpos);
                String u = byNext == null ? null : byNext.get(next);
                if (u != null) {
                    return u;
                }
            }
            String u = ex.byTag().get(xpos);
            if (u != null) {
                return u;
            }
        }
        String u = byTag.get(xpos);
        return u != null ? u : "X";
    }

    /** The UPOS for a word with the given XPOS, without context ("X" when the XPOS was never seen in training). */
    public String upos(String xpos, String word) {
        return upos(xpos, word, null);
    }

    /** This map over tag ids, for a tagger with these tags and this many vocabulary words. */
    ById byId(org.tagrank.core.LabelSet tags, int vocabularySize) {
        return new ById(this, tags, vocabularySize);
    }

    /**
     * The map over a tagger's tag ids: the same answers as {@link #upos(List, List)} without a string key
     * per token. A vocabulary word finds its exceptions by vocabulary id (filled on first use; a racy fill
     * is safe as in String.hashCode: an {@link Ids} is immutable and equal whoever builds it); only
     * unknown words are lowercased and looked up. Immutable apart from that cache; share freely.
     */
    static final class ById {
        /** A word's exceptions: UPOS by XPOS id, and by XPOS id then next tag id (numTags: the end). */
        private record Ids(String[] byTag, String[][] byTagAndNext) {
        }

        private static final Ids NONE = new Ids(null, null);
        private final String[] byTagId;
        private final Object2ObjectOpenHashMap<String, Ids> byWordIds = new Object2ObjectOpenHashMap<>();
        private final Ids[] byVocab;
        private final int adverb;
        private final int numTags;

        private ById(UposMap map, org.tagrank.core.LabelSet tags, int vocabularySize) {
            numTags = tags.size();
            byTagId = new String[numTags];
            for (int t = 0; t < numTags; t++) {
                String u = map.byTag.get(tags.label(t));
                byTagId[t] = u != null ? u : "X";
            }
            adverb = tags.indexOf("RB");
            for (Map.Entry<String, WordExceptions> e : map.byWord.entrySet()) {
                String[] byTag = new String[numTags];
                String[][] byNext = new String[numTags][];
                e.getValue().byTag().forEach((x, u) -> {
                    int t = tags.indexOf(x);
                    if (t >= 0) { // an XPOS the tagger never predicts can never be asked for
                        byTag[t] = u;
                    }
                });
                e.getValue().byTagAndNext().forEach((x, nexts) -> {
                    int t = tags.indexOf(x);
                    if (t >= 0) {
                        byNext[t] = new String[numTags + 1];
                        nexts.forEach((next, u) -> {
                            int n = next.equals(END) ? numTags : tags.indexOf(next);
                            if (n >= 0) {
                                byNext[t][n] = u;
                            }
                        });
                    }
                });
                byWordIds.put(e.getKey(), new Ids(byTag, byNext));
            }
            byVocab = new Ids[vocabularySize];
        }

        /** The UPOS of each token from its XPOS id, its word and its vocabulary id (-1: unknown). */
        List<String> upos(int[] xpos, List<String> words, FeatureTable.Row[] rows) {
            String[] out = new String[xpos.length];
            for (int i = 0; i < xpos.length; i++) {
                int v = rows[i].vocabId();
                Ids ex = v >= 0 ? byVocab[v] : null;
                if (ex == null) {
                    ex = byWordIds.get(words.get(i).toLowerCase(Locale.ROOT));
                    if (ex == null) {
                        ex = NONE;
                    }
                    if (v >= 0) {
                        byVocab[v] = ex;
                    }
                }
                out[i] = upos(ex, xpos, i);
            }
            return java.util.Arrays.asList(out);
        }

        private String upos(Ids ex, int[] xpos, int i) {
            int t = xpos[i];
            if (ex != NONE) {
                String[] byNext = ex.byTagAndNext()[t];
                if (byNext != null) {
                    int j = i + 1;
                    while (j < xpos.length && xpos[j] == adverb) {
                        j++;
                    }
                    String u = byNext[j < xpos.length ? xpos[j] : numTags];
                    if (u != null) {
                        return u;
                    }
                }
                String u = ex.byTag()[t];
                if (u != null) {
                    return u;
                }
            }
            return byTagId[t];
        }
    }

    /** Lines {@code XPOS TAB UPOS} then {@code XPOS word TAB UPOS} exceptions, sorted. */
    String format() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(byTag).forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
        new TreeMap<>(byTagAndWord).forEach((k, v) -> sb.append(k.replace("\t", " ")).append('\t').append(v).append('\n'));
        return sb.toString();
    }

    /** The context exceptions' attachment text (empty when there are none). */
    String formatContext() {
        return contextText;
    }

    static UposMap parse(String text) {
        return parse(text, null);
    }

    /** Parses the attachments; contextText null or empty: no context exceptions (older models). */
    static UposMap parse(String text, String contextText) {
        Map<String, String> byTag = new HashMap<>();
        Map<String, String> byPair = new HashMap<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) { // was skipped: a damaged line quietly turned its UPOS into X
                throw new IllegalArgumentException("upos.tsv line " + lineNo + ": expected XPOS<TAB>UPOS or XPOS word<TAB>UPOS");
            }
            String k = line.substring(0, tab);
            (k.indexOf(' ') < 0 ? byTag : byPair).put(k, line.substring(tab + 1));
        }
        return new UposMap(byPair, byTag, contextText == null ? "" : contextText);
    }
}
