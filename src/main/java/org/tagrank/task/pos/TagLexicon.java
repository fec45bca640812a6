package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.Readers;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tag counts per word form from other annotated corpora, e.g. the dictionary of CoreNLP's English tagger
 * (WSJ, EWT, OntoNotes, CRAFT, QuestionBank train splits: {@code scripts/extract-taglexicon}), turned into
 * word classes for the {@code cl2} templates: the tags a lowercased word has in those corpora
 * ({@link #classes}). Half of EWT dev's words unseen in EWT train are in CoreNLP's lexicon. Immutable.
 */
public final class TagLexicon {
    /** A tag belongs to a word's class when it has at least this share of the word's count. */
    static final double SHARE = 0.1;
    /** At most this many tags per class, the most frequent first. */
    static final int MAX_TAGS = 3;

    /** Per form (case kept): its tags and their counts. */
    private final Map<String, Entry> entries;

    private record Entry(String[] tags, int[] counts) {
    }

    private TagLexicon(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /**
     * Reads {@code form<TAB>TAG:count[<TAB>TAG:count ...]} lines (counts positive integers; a tag may
     * contain ':' — the count follows the last one; empty lines skipped); a malformed line or a form given
     * twice is an error naming the file and line.
     */
    public static TagLexicon read(Path file) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        Map<String, String> tagNames = new HashMap<>(); // ~50 tag strings, shared
        try (BufferedReader in = Readers.utf8(file)) {
            String line;
            long lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f[0].isEmpty()) {
                    throw new CorpusFormatException(file.toString(), lineNo, "expected form<TAB>TAG:count[<TAB>TAG:count ...]");
                }
                String[] tags = new String[f.length - 1];
                int[] counts = new int[f.length - 1];
                for (int k = 1; k < f.length; k++) {
                    int colon = f[k].lastIndexOf(':');
                    int count = colon <= 0 ? -1 : parseCount(f[k].substring(colon + 1));
                    if (count <= 0) {
                        throw new CorpusFormatException(file.toString(), lineNo,
                                "expected TAG:count with a positive count, got '" + f[k] + "'");
                    }
                    tags[k - 1] = tagNames.computeIfAbsent(f[k].substring(0, colon), t -> t);
                    counts[k - 1] = count;
                }
                if (entries.put(f[0], new Entry(tags, counts)) != null) {
                    throw new CorpusFormatException(file.toString(), lineNo, "form '" + f[0] + "' given twice");
                }
            }
        }
        if (entries.isEmpty()) {
            throw new CorpusFormatException(file.toString(), 0, "no word in the tag lexicon");
        }
        return new TagLexicon(entries);
    }

    private static int parseCount(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public int size() {
        return entries.size();
    }

    /**
     * The class of every lowercased word: its tags with at least {@link #SHARE} of its count (case
     * variants merged), at most {@link #MAX_TAGS}, the most frequent first ("NN|VB"). With
     * {@code subtract}, each (form, tag) pair's count in the training sentences is taken off first (at
     * most down to zero): the lexicon then says what the other corpora say, on training words as on the
     * new words the tagger meets, so that training does not learn to trust it more than it deserves on
     * them. CoreNLP's lexicon includes EWT train, so training on EWT train needs this (measured on EWT
     * dev: docs/bench-posacc.md).
     */
    public WordClusters classes(List<List<String>> forms, List<List<String>> tags, boolean subtract) {
        Object2IntOpenHashMap<String> own = new Object2IntOpenHashMap<>();
        if (subtract) {
            for (int s = 0; s < forms.size(); s++) {
                List<String> f = forms.get(s);
                List<String> t = tags.get(s);
                for (int i = 0; i < f.size(); i++) {
                    own.addTo(f.get(i) + '\t' + t.get(i), 1);
                }
            }
        }
        Map<String, Map<String, Integer>> merged = new HashMap<>();
        entries.forEach((form, e) -> {
            for (int k = 0; k < e.tags().length; k++) {
                int c = e.counts()[k] - own.getInt(form + '\t' + e.tags()[k]);
                if (c > 0) {
                    merged.computeIfAbsent(form.toLowerCase(Locale.ROOT), w -> new HashMap<>()).merge(e.tags()[k], c, Integer::sum);
                }
            }
        });
        TreeMap<String, String> lines = new TreeMap<>();
        merged.forEach((word, counts) -> {
            if (word.indexOf('\t') < 0 && word.indexOf('\n') < 0 && word.indexOf('\r') < 0) {
                lines.put(word, classOf(counts));
            }
        });
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("the tag lexicon has no count left once the training data's own are taken off");
        }
        StringBuilder sb = new StringBuilder(lines.size() * 16);
        lines.forEach((word, c) -> sb.append(word).append('\t').append(c).append('\n'));
        return WordClusters.parse(sb.toString());
    }

    /** {@link #classes} with the forms and XPOS tags of CoNLL-U training sentences. */
    public WordClusters classes(List<ConlluSentence> train, boolean subtract) {
        List<List<String>> forms = new ArrayList<>(train.size());
        List<List<String>> tags = new ArrayList<>(train.size());
        for (ConlluSentence s : train) {
            forms.add(s.forms());
            tags.add(s.xpos());
        }
        return classes(forms, tags, subtract);
    }

    /** The class of one word's tag counts (ties: the tag that sorts first). */
    static String classOf(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        long total = 0;
        for (Map.Entry<String, Integer> e : ranked) {
            total += e.getValue();
        }
        String[] out = new String[Math.min(MAX_TAGS, ranked.size())];
        int n = 0;
        for (Map.Entry<String, Integer> e : ranked) {
            if (n == out.length || e.getValue() < SHARE * total) {
                break;
            }
            out[n++] = e.getKey();
        }
        return String.join("|", Arrays.copyOf(out, n));
    }
}
