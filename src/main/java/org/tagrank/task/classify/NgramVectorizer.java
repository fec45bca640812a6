package org.tagrank.task.classify;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.SparseVector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Turns a document into a weighted, optionally L2-normalised n-gram vector in a fixed feature
 * index. Immutable and thread-safe (all maps are read-only after construction).
 *
 * <p>Internally an n-gram is a {@code long} key (template, first token id, second token id) so
 * that encoding a document builds no feature strings: only its tokens are looked up by string.
 * Feature names ({@code w=word}, {@code b=new_york}, {@code s=word}, ...) exist only in the index,
 * and the key maps are rebuilt from them when a model is loaded.
 */
public final class NgramVectorizer {
    private final NgramConfig config;
    private final FeatureIndex index;
    private final int numDocs;
    private final int[] df;
    private final float[] idf;
    private final Object2IntOpenHashMap<String> tokenIds;
    private final Long2IntOpenHashMap featureIds;

    private NgramVectorizer(NgramConfig config, FeatureIndex index, int numDocs, int[] df) {
        this.config = Objects.requireNonNull(config);
        this.index = Objects.requireNonNull(index);
        if (df.length != index.size()) {
            throw new IllegalArgumentException("document frequencies for " + df.length + " features, index has " + index.size());
        }
        if (numDocs < 1) {
            throw new IllegalArgumentException("document count must be >= 1, got " + numDocs);
        }
        this.numDocs = numDocs;
        this.df = df.clone();
        this.idf = new float[df.length];
        this.tokenIds = new Object2IntOpenHashMap<>();
        this.tokenIds.defaultReturnValue(-1);
        this.featureIds = new Long2IntOpenHashMap(index.size());
        this.featureIds.defaultReturnValue(-1);
        for (int f = 0; f < index.size(); f++) {
            if (df[f] < 1 || df[f] > numDocs) {
                throw new IllegalArgumentException("feature " + f + " has document frequency " + df[f] + " outside 1.." + numDocs);
            }
            idf[f] = (float) Weighting.idf(numDocs, df[f]);
            featureIds.put(keyOf(index.name(f)), f);
        }
    }

    /** A vectorizer over a known index (as stored in a model). */
    public static NgramVectorizer of(NgramConfig config, FeatureIndex index, int numDocs, int[] df) {
        return new NgramVectorizer(config, index, numDocs, df);
    }

    /**
     * Builds the index from training texts: every n-gram of the configured templates found in
     * at least {@code config.cutoff()} documents, ordered by template, then by the first occurrence
     * of the first token, then of the second.
     */
    public static NgramVectorizer fit(List<String> texts, NgramConfig config) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no training documents");
        }
        Object2IntOpenHashMap<String> vocab = new Object2IntOpenHashMap<>();
        vocab.defaultReturnValue(-1);
        List<String> tokens = new ArrayList<>();
        Long2IntOpenHashMap dfs = new Long2IntOpenHashMap();
        dfs.defaultReturnValue(0);
        KeyBuffer buf = new KeyBuffer();
        for (String text : texts) {
            buf.n = 0;
            extract(text, config, tok -> {
                int id = vocab.getInt(tok);
                if (id < 0) {
                    id = tokens.size();
                    vocab.put(tok, id);
                    tokens.add(tok);
                }
                return id;
            }, buf);
            long[] keys = buf.keys;
            Arrays.sort(keys, 0, buf.n);
            for (int i = 0; i < buf.n; i++) {
                if (i == 0 || keys[i] != keys[i - 1]) {
                    dfs.addTo(keys[i], 1);
                }
            }
        }
        long[] kept = dfs.long2IntEntrySet().stream().filter(e -> e.getIntValue() >= config.cutoff())
                .mapToLong(Long2IntOpenHashMap.Entry::getLongKey).sorted().toArray();
        List<String> names = new ArrayList<>(kept.length);
        int[] df = new int[kept.length];
        for (int f = 0; f < kept.length; f++) {
            names.add(nameOf(kept[f], tokens));
            df[f] = dfs.get(kept[f]);
        }
        return new NgramVectorizer(config, FeatureIndex.of(names), texts.size(), df);
    }

    public NgramConfig config() {
        return config;
    }

    public FeatureIndex index() {
        return index;
    }

    public int numDocs() {
        return numDocs;
    }

    /** Document frequency of feature f in the training data. */
    public int df(int f) {
        return df[f];
    }

    /** The document's feature vector; n-grams outside the index are dropped. */
    public SparseVector encode(String text) {
        KeyBuffer buf = new KeyBuffer();
        extract(text, config, tokenIds::getInt, buf);
        int[] ids = new int[buf.n];
        int m = 0;
        for (int i = 0; i < buf.n; i++) {
            int f = featureIds.get(buf.keys[i]);
            if (f >= 0) {
                ids[m++] = f;
            }
        }
        Arrays.sort(ids, 0, m);
        int distinct = 0;
        for (int i = 0; i < m; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                distinct++;
            }
        }
        int[] outIds = new int[distinct];
        float[] values = new float[distinct];
        double norm = 0;
        int o = -1;
        for (int i = 0; i < m; i++) {
            if (i == 0 || ids[i] != ids[i - 1]) {
                o++;
                outIds[o] = ids[i];
                values[o] = 1; // tf accumulates in values first
            } else {
                values[o]++;
            }
        }
        Weighting w = config.weighting();
        for (int i = 0; i < distinct; i++) {
            double v = w.value((int) values[i], idf[outIds[i]]);
            values[i] = (float) v;
            norm += v * v;
        }
        if (config.normalise() && norm > 0) {
            float inv = (float) (1.0 / Math.sqrt(norm));
            for (int i = 0; i < distinct; i++) {
                values[i] *= inv;
            }
        }
        return SparseVector.ofSorted(outIds, values);
    }

    /** Growable key list; one per call, so encoding stays thread-safe. */
    private static final class KeyBuffer {
        long[] keys = new long[256];
        int n;

        void add(long k) {
            if (n == keys.length) {
                keys = Arrays.copyOf(keys, n * 2);
            }
            keys[n++] = k;
        }
    }

    @FunctionalInterface
    private interface TokenIds {
        int id(String token);
    }

    /** Appends the keys of every n-gram occurrence (unknown tokens: id -1, their n-grams skipped). */
    private static void extract(String text, NgramConfig config, TokenIds ids, KeyBuffer out) {
        boolean uni = config.has(Template.UNIGRAM);
        boolean bi = config.has(Template.BIGRAM);
        if (uni || bi) {
            int[] prev = {-1};
            Tokenizer.tokens(text, 0, text.length(), tok -> {
                int id = ids.id(tok);
                if (id >= 0) {
                    if (uni) {
                        out.add(key(Template.UNIGRAM, id, 0));
                    }
                    if (bi && prev[0] >= 0) {
                        out.add(key(Template.BIGRAM, prev[0], id));
                    }
                }
                prev[0] = id;
            });
        }
        header(text, config, Template.SUBJECT, "Subject", ids, out);
        header(text, config, Template.FROM, "From", ids, out);
        header(text, config, Template.ORGANIZATION, "Organization", ids, out);
    }

    private static void header(String text, NgramConfig config, Template t, String field, TokenIds ids, KeyBuffer out) {
        if (!config.has(t)) {
            return;
        }
        long range = Headers.field(text, field);
        if (range < 0) {
            return;
        }
        Tokenizer.tokens(text, Headers.start(range), Headers.end(range), tok -> {
            int id = ids.id(tok);
            if (id >= 0) {
                out.add(key(t, id, 0));
            }
        });
    }

    private static final int TOKEN_BITS = 28;
    private static final long TOKEN_MASK = (1L << TOKEN_BITS) - 1;

    private static long key(Template t, int a, int b) {
        return ((long) t.ordinal() << (2 * TOKEN_BITS)) | ((long) a << TOKEN_BITS) | b;
    }

    private static String nameOf(long key, List<String> tokens) {
        Template t = Template.values()[(int) (key >>> (2 * TOKEN_BITS))];
        int a = (int) ((key >>> TOKEN_BITS) & TOKEN_MASK);
        int b = (int) (key & TOKEN_MASK);
        return t == Template.BIGRAM ? t.prefix() + tokens.get(a) + "_" + tokens.get(b) : t.prefix() + tokens.get(a);
    }

    /** The key of a feature name, interning its tokens into this vectorizer's token map. */
    private long keyOf(String name) {
        Template t = Template.ofFeature(name);
        if (t == null || !config.has(t)) {
            throw new IllegalArgumentException("feature '" + name + "' belongs to no configured template");
        }
        String body = name.substring(t.prefix().length());
        if (t == Template.BIGRAM) {
            int us = body.indexOf('_');
            if (us <= 0 || us == body.length() - 1) {
                throw new IllegalArgumentException("bad bigram feature '" + name + "'");
            }
            return key(t, token(body.substring(0, us), name), token(body.substring(us + 1), name));
        }
        return key(t, token(body, name), 0);
    }

    private int token(String tok, String feature) {
        if (tok.isEmpty() || !Tokenizer.tokens(tok).equals(List.of(tok))) {
            throw new IllegalArgumentException("feature '" + feature + "' has a token that is not lowercase alphanumeric");
        }
        int id = tokenIds.getInt(tok);
        if (id < 0) {
            id = tokenIds.size();
            if (id > TOKEN_MASK) {
                throw new IllegalArgumentException("too many distinct tokens");
            }
            tokenIds.put(tok, id);
        }
        return id;
    }
}
