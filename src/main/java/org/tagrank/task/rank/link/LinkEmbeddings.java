package org.tagrank.task.rank.link;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import org.tagrank.feature.WordVectors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word vectors and inverse document frequencies of the optional {@code emb.*} features
 * ({@link EmbeddingFeatures}): pretrained vectors (e.g. CoreNLP's 50-d embeddings,
 * {@code scripts/extract-embeddings}) restricted to the words of the training documents (or, with
 * {@code embeddings.vocab=all}, the whole table, so that the title and context words of new text have
 * vectors too), rounded to a few decimals to keep the model small, and each word's document
 * frequency in the training documents. Words are single case-folded tokens: no sentences are kept.
 * Immutable and thread-safe.
 */
public final class LinkEmbeddings {
    /** Decimals of the vectors attached to a model. */
    static final int DECIMALS = 3;

    private final WordVectors vectors;
    /** The same vectors minus their mean, made when first asked for. */
    private volatile WordVectors centered;
    /** Per vector row, its idf weight. */
    private final float[] idf;
    private final int docs;
    private final Object2IntOpenHashMap<String> df;
    /** True when every word of the source table was kept, not only the training documents' words. */
    private final boolean wholeTable;

    private LinkEmbeddings(WordVectors vectors, Object2IntOpenHashMap<String> df, int docs, boolean wholeTable) {
        this.vectors = vectors;
        this.df = df;
        this.docs = docs;
        this.wholeTable = wholeTable;
        this.idf = new float[vectors.size()];
        for (int r = 0; r < idf.length; r++) {
            idf[r] = (float) Math.log((docs + 1.0) / (df.getInt(vectors.word(r)) + 0.5));
        }
    }

    /**
     * The vectors of the words that occur in these documents (what the features look up; other words,
     * also those of candidate titles, are skipped: on new text as on the training documents, so that
     * a title word outside the table means the same in both), rounded to {@link #DECIMALS} decimals as
     * they will be read back from a model, with the documents' word frequencies for the idf weights.
     */
    public static LinkEmbeddings fromDocuments(WordVectors all, List<LinkDocument> docs) {
        return fromDocuments(all, docs, false);
    }

    /**
     * As {@link #fromDocuments(WordVectors, List)}, but with {@code wholeTable} every word of {@code all} is
     * kept: a word the training documents lack (a team's name first seen in December's news) then still has
     * a vector, with document frequency 0 (the highest idf).
     */
    public static LinkEmbeddings fromDocuments(WordVectors all, List<LinkDocument> docs, boolean wholeTable) {
        Object2IntOpenHashMap<String> df = new Object2IntOpenHashMap<>(); // absent: 0 documents
        Set<String> vocab = new HashSet<>();
        int n = 0;
        for (LinkDocument d : docs) {
            Set<String> seen = new HashSet<>();
            for (String t : d.tokens()) {
                seen.addAll(lookupForms(t));
            }
            for (LinkMention m : d.mentions()) {
                for (String t : m.text().split(" ")) {
                    seen.addAll(lookupForms(t));
                }
            }
            seen.removeIf(w -> all.row(w) < 0);
            if (!d.tokens().isEmpty()) {
                n++;
                for (String w : seen) {
                    df.addTo(w, 1);
                }
            }
            vocab.addAll(seen);
        }
        WordVectors kept = wholeTable ? all : all.restrictTo(vocab::contains);
        WordVectors rounded = WordVectors.parse(kept.text(DECIMALS), "embeddings");
        return new LinkEmbeddings(rounded, df, n, wholeTable);
    }

    /** The forms of a token that {@link #rows} may look up: the case-folded token and its letter/digit runs. */
    private static List<String> lookupForms(String token) {
        List<String> out = new ArrayList<>();
        for (String w : TitleWords.words(token)) {
            if (useful(w)) {
                out.add(w);
            }
        }
        String t = trimmed(token);
        if (useful(t)) {
            out.add(t);
        }
        return out;
    }

    /** The token case-folded, without leading/trailing brackets, commas and quotes (keeps "f.c."). */
    static String trimmed(String token) {
        int s = 0;
        int e = token.length();
        while (s < e && "([\"',".indexOf(token.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && ")]\"',".indexOf(token.charAt(e - 1)) >= 0) {
            e--;
        }
        return token.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /**
     * Adds to {@code out} the vector rows of a token: the case-folded token itself when the table has
     * it ("f.c."), else those of its letter/digit runs; stop words and one-letter words are skipped.
     */
    void rows(String token, it.unimi.dsi.fastutil.ints.IntCollection out) {
        String t = trimmed(token);
        if (useful(t)) {
            int r = vectors.row(t);
            if (r >= 0) {
                out.add(r);
                return;
            }
        }
        for (String w : TitleWords.words(token)) {
            if (useful(w)) {
                int r = vectors.row(w);
                if (r >= 0) {
                    out.add(r);
                }
            }
        }
    }

    static boolean useful(String w) {
        if (w.length() < 2 || TitleWords.STOP.contains(w)) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    WordVectors vectors() {
        return vectors;
    }

    /** The vectors, minus their mean when {@code centered} ({@link WordVectors#centered}); same rows. */
    WordVectors vectors(boolean centered) {
        if (!centered) {
            return vectors;
        }
        WordVectors c = this.centered;
        if (c == null) {
            c = vectors.centered();
            this.centered = c;
        }
        return c;
    }

    float idf(int row) {
        return idf[row];
    }

    /** True when the whole source table was kept ({@code embeddings.vocab=all}). */
    public boolean wholeTable() {
        return wholeTable;
    }

    /** Number of words with a vector. */
    public int size() {
        return vectors.size();
    }

    /** The vectors attachment ({@link WordVectors} format). */
    public String vectorsText() {
        return vectors.text(DECIMALS);
    }

    /** The frequencies attachment: {@code #docs<TAB>N}, then {@code word<TAB>df} per word, sorted. */
    public String frequenciesText() {
        List<String> lines = new ArrayList<>();
        df.object2IntEntrySet().forEach(e -> lines.add(e.getKey() + "\t" + e.getIntValue()));
        return "#docs\t" + docs + "\n" + LinkNumbers.sortedLines(lines);
    }

    /** Reads the two attachments back; IllegalArgumentException naming the line on bad input. */
    public static LinkEmbeddings parse(String vectorsText, String frequenciesText) {
        return parse(vectorsText, frequenciesText, false);
    }

    /** As {@link #parse(String, String)}, for vectors kept as a whole table ({@link #wholeTable()}). */
    public static LinkEmbeddings parse(String vectorsText, String frequenciesText, boolean wholeTable) {
        WordVectors v = WordVectors.parse(vectorsText, "embeddings");
        String[] lines = frequenciesText.split("\n");
        if (lines.length == 0 || !lines[0].startsWith("#docs\t")) {
            throw new IllegalArgumentException("embedding frequencies line 1: expected #docs<TAB>N");
        }
        int docs = count(lines[0].substring(6), 1);
        Object2IntOpenHashMap<String> df = new Object2IntOpenHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int tab = lines[i].indexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException("embedding frequencies line " + (i + 1) + ": expected word<TAB>df");
            }
            df.put(lines[i].substring(0, tab), count(lines[i].substring(tab + 1), i + 1));
        }
        return new LinkEmbeddings(v, df, docs, wholeTable);
    }

    private static int count(String s, int line) {
        try {
            int n = Integer.parseInt(s);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("embedding frequencies line " + line + ": '" + s + "' is not a count");
    }
}
