package org.tagrank.task.classify;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.SparseVector;
import org.tagrank.io.UnicodeWords;

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
    private static final Template[] SINGLE = {Template.UNIGRAM, Template.SUBJECT, Template.FROM, Template.ORGANIZATION};
    private static final String[] FIELD = {null, "Subject", "From", "Organization"};

    private final NgramConfig config;
    private final FeatureIndex index;
    private final int numDocs;
    private final int[] df;
    private final float[] idf;
    private final TokenTable tokens;
    /** Bigram (first token id, second token id) → feature id. */
    private final PairTable bigrams;
    private final NgramEncoder encoder;

    private NgramVectorizer(NgramConfig config, FeatureIndex index, int numDocs, int[] df) {
        this.config = Objects.requireNonNull(config, "config");
        this.index = Objects.requireNonNull(index, "index");
        if (df.length != index.size()) {
            throw new IllegalArgumentException("document frequencies for " + df.length + " features, index has " + index.size());
        }
        if (numDocs < 1) {
            throw new IllegalArgumentException("document count must be >= 1, got " + numDocs);
        }
        this.numDocs = numDocs;
        this.df = df.clone();
        this.idf = new float[df.length];
        this.tokens = new TokenTable(1024); // grows to 2-4 slots per distinct token (far fewer than features)
        this.bigrams = new PairTable(1024);
        int[] templateOf = new int[index.size()];
        int[] first = new int[index.size()];
        for (int f = 0; f < index.size(); f++) {
            if (df[f] < 1 || df[f] > numDocs) {
                throw new IllegalArgumentException("feature " + f + " has document frequency " + df[f] + " outside 1.." + numDocs);
            }
            idf[f] = (float) Weighting.idf(numDocs, df[f]);
            String name = index.name(f);
            Template t = Template.ofFeature(name);
            if (t == null || !config.has(t)) {
                throw new IllegalArgumentException("feature '" + name + "' belongs to no configured template");
            }
            String body = name.substring(t.prefix().length());
            templateOf[f] = t.ordinal();
            if (t == Template.BIGRAM) {
                int us = body.indexOf('_');
                if (us <= 0 || us == body.length() - 1) {
                    throw new IllegalArgumentException("bad bigram feature '" + name + "'");
                }
                long key = pair(token(body.substring(0, us), name), token(body.substring(us + 1), name));
                if (bigrams.put(key, f) != -1) {
                    throw new IllegalArgumentException("duplicate feature '" + name + "'");
                }
            } else {
                first[f] = token(body, name);
            }
        }
        bigrams.freeze();
        int[][] single = new int[SINGLE.length][];
        for (int s = 0; s < SINGLE.length; s++) {
            if (config.has(SINGLE[s])) {
                single[s] = new int[tokens.size()];
                Arrays.fill(single[s], -1);
            }
        }
        for (int f = 0; f < index.size(); f++) {
            if (templateOf[f] != Template.BIGRAM.ordinal()) {
                int s = singleIndex(Template.values()[templateOf[f]]);
                if (single[s][first[f]] != -1) {
                    throw new IllegalArgumentException("duplicate feature '" + index.name(f) + "'");
                }
                single[s][first[f]] = f;
                if (s == 0) {
                    tokens.setValue(first[f], f); // the unigram feature comes with the token's probe
                }
            }
        }
        this.encoder = new NgramEncoder(config, tokens, bigrams, Arrays.copyOfRange(single, 1, SINGLE.length), idf);
    }

    private static int singleIndex(Template t) {
        for (int s = 0; s < SINGLE.length; s++) {
            if (SINGLE[s] == t) {
                return s;
            }
        }
        throw new IllegalArgumentException(t + " is not a single-token template");
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private int token(String tok, String feature) {
        if (tok.isEmpty()) {
            throw new IllegalArgumentException("feature '" + feature + "' has an empty token");
        }
        for (int i = 0; i < tok.length(); i++) {
            char c = tok.charAt(i);
            int n = tok.length();
            if (!(i == 0 ? UnicodeWords.startsWordAt(tok, i, 0, n) : UnicodeWords.inWordAt(tok, i, 0, n))
                    || Character.toLowerCase(c) != c) {
                throw new IllegalArgumentException("feature '" + feature + "' has a token that is not lowercase alphanumeric");
            }
        }
        return tokens.add(tok);
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
        TokenTable vocab = new TokenTable(1 << 16);
        List<String> names = new ArrayList<>();
        Long2IntOpenHashMap dfs = new Long2IntOpenHashMap();
        dfs.defaultReturnValue(0);
        KeyBuffer buf = new KeyBuffer();
        for (String raw : texts) {
            String text = UnicodeWords.nfc(raw); // as the encoder reads it
            buf.n = 0;
            extractKeys(text, config, (t, s, e) -> {
                int id = vocab.get(t, s, e);
                if (id < 0) {
                    StringBuilder lower = new StringBuilder(e - s);
                    for (int i = s; i < e; i++) {
                        lower.append(Character.toLowerCase(t.charAt(i)));
                    }
                    String tok = lower.toString();
                    id = vocab.add(tok);
                    names.add(tok);
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
        long[] kept = new long[dfs.size()];
        int n = 0;
        for (var it = dfs.long2IntEntrySet().fastIterator(); it.hasNext(); ) {
            var e = it.next();
            if (e.getIntValue() >= config.cutoff()) {
                kept[n++] = e.getLongKey();
            }
        }
        kept = Arrays.copyOf(kept, n);
        Arrays.sort(kept);
        List<String> featureNames = new ArrayList<>(kept.length);
        int[] df = new int[kept.length];
        for (int f = 0; f < kept.length; f++) {
            featureNames.add(nameOf(kept[f], names));
            df[f] = dfs.get(kept[f]);
        }
        return new NgramVectorizer(config, FeatureIndex.of(featureNames), texts.size(), df);
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
        NgramEncoder.Work w = encoder.encode(text);
        return SparseVector.ofSorted(Arrays.copyOf(w.ids, w.size), Arrays.copyOf(w.values, w.size));
    }

    /**
     * Encodes into the calling thread's work area, allocating nothing: the features are
     * {@code ids[0, size)} with {@code values[0, size)}, valid until this thread's next call.
     */
    NgramEncoder.Work encodeShared(String text) {
        return encoder.encode(text);
    }

    /** Growable key list for fitting. */
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
        int id(CharSequence text, int start, int end);
    }

    /** Appends the keys of every n-gram occurrence, for fitting. */
    private static void extractKeys(String text, NgramConfig config, TokenIds ids, KeyBuffer out) {
        boolean uni = config.has(Template.UNIGRAM);
        boolean bi = config.has(Template.BIGRAM);
        if (uni || bi) {
            int[] prev = {-1};
            Tokenizer.spans(text, 0, text.length(), (s, e) -> {
                int id = ids.id(text, s, e);
                if (uni) {
                    out.add(key(Template.UNIGRAM, id, 0));
                }
                if (bi && prev[0] >= 0) {
                    out.add(key(Template.BIGRAM, prev[0], id));
                }
                prev[0] = id;
            });
        }
        for (int k = 1; k < SINGLE.length; k++) {
            Template t = SINGLE[k];
            if (!config.has(t)) {
                continue;
            }
            long range = Headers.field(text, FIELD[k]);
            if (range >= 0) {
                Tokenizer.spans(text, Headers.start(range), Headers.end(range),
                        (s, e) -> out.add(key(t, ids.id(text, s, e), 0)));
            }
        }
    }

    private static final int TOKEN_BITS = 28;
    private static final long TOKEN_MASK = (1L << TOKEN_BITS) - 1;

    private static long key(Template t, int a, int b) {
        if (a > TOKEN_MASK || b > TOKEN_MASK) {
            throw new IllegalArgumentException("too many distinct tokens");
        }
        return ((long) t.ordinal() << (2 * TOKEN_BITS)) | ((long) a << TOKEN_BITS) | b;
    }

    private static String nameOf(long key, List<String> tokens) {
        Template t = Template.values()[(int) (key >>> (2 * TOKEN_BITS))];
        int a = (int) ((key >>> TOKEN_BITS) & TOKEN_MASK);
        int b = (int) (key & TOKEN_MASK);
        return t == Template.BIGRAM ? t.prefix() + tokens.get(a) + "_" + tokens.get(b) : t.prefix() + tokens.get(a);
    }
}
