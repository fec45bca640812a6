package org.tagrank.task.rank.link;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntLinkedOpenHashSet;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import org.tagrank.feature.FeatureSink;
import org.tagrank.feature.WordVectors;

import java.util.List;

/**
 * The optional {@code emb.*} features: pretrained word vectors ({@link LinkEmbeddings}) compare the
 * mention's context with the words of the candidate's title that the mention does not explain, so
 * they work for entities never linked in training. For mention "Armstrong", candidate
 * {@code Armstrong_County,_Pennsylvania} has the title words {county} and the qualifier
 * {pennsylvania}; {@code Lance_Armstrong} has {lance}. Vectors are idf-weighted sums; the context
 * is the document's distinct words, and separately the words within {@code window} tokens of the
 * mention, both without stop words and the mention's own words. Per candidate: the cosine of the
 * title words with the document and with the window, of the qualifier with the document, and the
 * best cosine of a single title word with the document; optionally ({@code full}) the cosine of all
 * the title's words, the mention's too, with the document, defined for every candidate with a known
 * word; each with its rank among the mention's candidates and its gap to the best; optionally ({@code topic}) the
 * cosine of the title words the mention does not explain with the document's topic word ({@link AliasPrior#topic}:
 * its first content word, a news headline's subject such as {@code BASKETBALL}), which tells
 * {@code Boston_Celtics} from {@code Boston_Red_Sox} in a results table. One instance per document; immutable.
 */
final class EmbeddingFeatures {
    /** Per mention and candidate; NaN when undefined (no title word with a vector, no context). */
    private final double[][] doc;
    private final double[][] win;
    private final double[][] qual;
    private final double[][] best;
    /** Per mention and candidate: all the title's words (the mention's too) against the document context. */
    private final double[][] full;
    /** Per mention and candidate: the title words the mention does not explain against the document's topic word. */
    private final double[][] topic;
    private final boolean[][] empty;
    /** Per mention and candidate: the title has words the mention does not explain, none with a vector. */
    private final boolean[][] oov;
    private final EmbeddingOptions options;

    /** With the {@link EmbeddingOptions#LEFTOVER} groups (for tests). */
    EmbeddingFeatures(LinkDocument d, LinkEmbeddings emb, int window) {
        this(d, new EmbeddingOptions(emb, window, false, EmbeddingOptions.LEFTOVER, false));
    }

    EmbeddingFeatures(LinkDocument d, EmbeddingOptions options) {
        this.options = options;
        LinkEmbeddings emb = options.vectors();
        int window = options.window();
        WordVectors v = emb.vectors(options.center());
        int dim = v.dimension();
        List<String> tokens = d.tokens();
        IntOpenHashSet docRows = new IntOpenHashSet();
        boolean wantWin = options.has("win");
        boolean wantQual = options.has("qual");
        boolean wantMax = options.has("max");
        boolean wantTopic = options.has("topic");
        boolean leftover = options.has("doc") || wantWin || wantTopic; // the leftover title words' vector
        java.util.Map<String, Title> titles = new java.util.HashMap<>();
        for (String t : tokens) {
            emb.rows(t, docRows);
        }
        IntOpenHashSet topicRows = new IntOpenHashSet();
        String topicWord = wantTopic ? AliasPrior.topic(d) : null;
        if (topicWord != null) {
            emb.rows(topicWord, topicRows);
        }
        float[] docSum = new float[dim];
        for (int r : docRows) {
            v.addTo(r, emb.idf(r), docSum);
        }
        List<LinkMention> ms = d.mentions();
        int n = ms.size();
        doc = new double[n][];
        win = new double[n][];
        qual = new double[n][];
        best = new double[n][];
        full = new double[n][];
        topic = new double[n][];
        empty = new boolean[n][];
        oov = new boolean[n][];
        float[] ctx = new float[dim];
        float[] near = new float[dim];
        float[] title = new float[dim];
        float[] q = new float[dim];
        float[] topicVector = new float[dim];
        float[] row = new float[dim];
        IntOpenHashSet own = new IntOpenHashSet();
        IntOpenHashSet nearRows = new IntOpenHashSet();
        for (int j = 0; j < n; j++) {
            LinkMention m = ms.get(j);
            own.clear();
            for (String t : m.text().split(" ")) {
                emb.rows(t, own);
            }
            System.arraycopy(docSum, 0, ctx, 0, dim);
            for (int r : own) {
                if (docRows.contains(r)) {
                    v.addTo(r, -emb.idf(r), ctx);
                }
            }
            boolean hasNear = false;
            if (wantWin && window > 0 && m.tokStart() >= 0 && !tokens.isEmpty()) {
                nearRows.clear();
                int from = Math.max(0, m.tokStart() - window);
                int to = Math.min(tokens.size(), m.tokEnd() + window);
                for (int i = from; i < to; i++) {
                    if (i < m.tokStart() || i >= m.tokEnd()) {
                        emb.rows(tokens.get(i), nearRows);
                    }
                }
                java.util.Arrays.fill(near, 0f);
                for (int r : nearRows) {
                    if (!own.contains(r)) {
                        v.addTo(r, emb.idf(r), near);
                        hasNear = true;
                    }
                }
            }
            boolean hasTopic = false;
            if (wantTopic) {
                java.util.Arrays.fill(topicVector, 0f);
                for (int r : topicRows) {
                    if (!own.contains(r)) { // a headline that starts with the mention says nothing of its kind
                        v.addTo(r, emb.idf(r), topicVector);
                        hasTopic = true;
                    }
                }
            }
            List<String> mentionWords = TitleWords.words(m.text());
            List<LinkCandidate> cs = m.candidates();
            oov[j] = new boolean[cs.size()];
            doc[j] = new double[cs.size()];
            win[j] = new double[cs.size()];
            qual[j] = new double[cs.size()];
            best[j] = new double[cs.size()];
            full[j] = new double[cs.size()];
            topic[j] = new double[cs.size()];
            empty[j] = new boolean[cs.size()];
            for (int c = 0; c < cs.size(); c++) {
                Title t = titles.computeIfAbsent(cs.get(c).title(), x -> new Title(x, emb, v));
                full[j][c] = t.all.length == 0 || docRows.isEmpty() ? Double.NaN : WordVectors.cosine(t.vector, ctx, dim);
                boolean hasTitle = false;
                double top = Double.NaN;
                if (leftover) {
                    java.util.Arrays.fill(title, 0f);
                }
                for (int r : t.base) {
                    if (own.contains(r)) {
                        continue;
                    }
                    hasTitle = true;
                    if (leftover) {
                        v.addTo(r, emb.idf(r), title);
                    }
                    if (wantMax) {
                        v.copy(r, row);
                        double x = WordVectors.cosine(row, ctx, dim);
                        top = Double.isNaN(top) ? x : Math.max(top, x);
                    }
                }
                boolean hasQual = false;
                if (wantQual) {
                    java.util.Arrays.fill(q, 0f);
                }
                for (int r : t.qual) {
                    if (!own.contains(r)) {
                        hasQual = true;
                        if (wantQual) {
                            v.addTo(r, emb.idf(r), q);
                        }
                    }
                }
                empty[j][c] = !hasTitle && !hasQual;
                if (empty[j][c]) {
                    oov[j][c] = hasOtherWords(t.parts.baseWords(), mentionWords)
                            || hasOtherWords(t.parts.qualifierWords(), mentionWords);
                }
                doc[j][c] = leftover && hasTitle && !docRows.isEmpty() ? WordVectors.cosine(title, ctx, dim) : Double.NaN;
                win[j][c] = leftover && hasTitle && hasNear ? WordVectors.cosine(title, near, dim) : Double.NaN;
                qual[j][c] = wantQual && hasQual && !docRows.isEmpty() ? WordVectors.cosine(q, ctx, dim) : Double.NaN;
                topic[j][c] = wantTopic && hasTitle && hasTopic ? WordVectors.cosine(title, topicVector, dim) : Double.NaN;
                best[j][c] = wantMax && !docRows.isEmpty() ? top : Double.NaN;
            }
        }
    }

    /**
     * A candidate title's vector rows, made once per document and title: all its words (base, then
     * qualifier; each once) with their idf-weighted sum, the base title's words, the qualifier's.
     */
    private static final class Title {
        final TitleWords.Parts parts;
        final int[] all;
        final int[] base;
        final int[] qual;
        final float[] vector;

        Title(String title, LinkEmbeddings emb, WordVectors v) {
            parts = TitleWords.parts(title);
            IntLinkedOpenHashSet rows = new IntLinkedOpenHashSet();
            for (String t : parts.base().split(" ")) {
                emb.rows(t, rows);
            }
            base = rows.toIntArray();
            IntArrayList q = new IntArrayList();
            for (String w : parts.qualifierWords()) {
                emb.rows(w, q);
            }
            qual = q.toIntArray();
            rows.addAll(q);
            all = rows.toIntArray();
            vector = new float[v.dimension()];
            for (int r : all) {
                v.addTo(r, emb.idf(r), vector);
            }
        }
    }

    void extract(int j, int c, FeatureSink sink) {
        extract(j, c, false, sink);
    }

    /**
     * @param unseen also emit each feature conjoined with {@code |u} (the caller's "candidate never linked in
     *               training"), so that the model can trust the vectors more where it has no prior
     */
    void extract(int j, int c, boolean unseen, FeatureSink sink) {
        if (unseen) {
            extract(j, c, false, sink);
            extract(j, c, false, (name, value) -> sink.add(name + "|u", value));
            return;
        }
        if (options.has("full")) {
            emit("emb.full", full[j], c, sink);
        }
        if (empty[j][c]) {
            sink.add(oov[j][c] ? "emb.oov" : "emb.empty");
            return;
        }
        if (options.has("doc")) {
            emit("emb.doc", doc[j], c, sink);
        }
        if (options.has("win")) {
            emit("emb.win", win[j], c, sink);
        }
        if (options.has("qual")) {
            emit("emb.qual", qual[j], c, sink);
        }
        if (options.has("max")) {
            emit("emb.max", best[j], c, sink);
        }
        if (options.has("topic")) {
            emit("emb.topic", topic[j], c, sink);
        }
    }

    /** Should the caller conjoin the features with "candidate unseen in training"? */
    boolean conjoinUnseen() {
        return options.unseen();
    }

    /** Does the title have a word that could have a vector ({@link LinkEmbeddings#useful}) and is not the mention's? */
    private static boolean hasOtherWords(List<String> titleWords, List<String> mentionWords) {
        for (String w : titleWords) {
            if (LinkEmbeddings.useful(w) && !mentionWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static void emit(String name, double[] xs, int c, FeatureSink sink) {
        double x = xs[c];
        if (Double.isNaN(x)) {
            return;
        }
        sink.add(name, x);
        sink.add(name + ".gap", x - ContextFeatures.max(xs));
        sink.add(name + ".rank=" + Math.min(ContextFeatures.rank(xs, c), 3));
    }

    /** For tests: the cosine of candidate c's title words with mention j's document context (NaN: undefined). */
    double documentCosine(int j, int c) {
        return doc[j][c];
    }

    double windowCosine(int j, int c) {
        return win[j][c];
    }

    double qualifierCosine(int j, int c) {
        return qual[j][c];
    }

    double fullTitleCosine(int j, int c) {
        return full[j][c];
    }

    double bestWordCosine(int j, int c) {
        return best[j][c];
    }

    double topicCosine(int j, int c) {
        return topic[j][c];
    }
}
