package org.tagrank.task.classify;

import org.junit.jupiter.api.Test;
import org.tagrank.core.SparseVector;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The allocation-free encoder (packed token keys, one-probe unigrams, radix sort, per-thread work
 * areas) against a plain reference: feature-name strings looked up in the index, counted in a
 * TreeMap, weighted and normalised with the same formulas. Vectors must be equal bit for bit, and
 * the allocation-free {@link TextClassifier#best} must equal {@code argmax} over the model's scores.
 */
class EncodingEquivalenceTest {
    /**
     * Tokens that exercise every key path: short ASCII, exactly 8 and 9 chars, Latin-1, chars >= 256, digits, marks,
     * supplementary code points.
     */
    private static final String[] ODD = {"Über", "STRASSE", "straße", "naïve", "abcdefgh", "abcdefghi", "ABCDEFGH",
            "ABCDEFGHI", "αβγ", "ΑΒΓΔΕΖΗΘΙ", "日本語", "x", "Q", "2026", "v2", "électricité", "ÉLECTRICITÉ",
            "internationalisation", "INTERNATIONALISATION", "ÿÿÿÿÿÿÿÿ", "ÿÿÿÿÿÿÿÿÿ", "İstanbul", "ǅemal",
            "Cafe\u0301", "nai\u0308ve", "a\u20DD", "\u0301x", "\u0915\u093f\u0924\u093e\u092c", // marks, decomposed
            "\uD835\uDC00\uD835\uDC01", "x\uD835\uDC00", "\uD840\uDC00\u6587", "a\uD83D\uDE00b", "a\uD800b",
            "\uD801\uDC00\uD801\uDC28"}; // surrogate pairs: letters, an emoji, a lone surrogate, Deseret capital + small

    /** Documents over a vocabulary of {@code vocab} made-up words plus the odd tokens, with headers. */
    static List<String> docs(int n, int vocab, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder("From: User" + r.nextInt(20) + "@Example.org Subject: Re: "
                    + word(r, vocab) + " " + ODD[r.nextInt(ODD.length)] + " Organization: Org" + r.nextInt(5) + " Lines: 9 ");
            int len = 5 + r.nextInt(r.nextBoolean() ? 40 : 400);
            for (int w = 0; w < len; w++) {
                sb.append(r.nextInt(10) == 0 ? ODD[r.nextInt(ODD.length)] : word(r, vocab));
                sb.append(r.nextInt(8) == 0 ? ", " : r.nextInt(20) == 0 ? "--\t" : " ");
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static String word(Random r, int vocab) {
        int k = (int) Math.min(vocab - 1, Math.abs(r.nextGaussian()) * vocab / 3);
        String w = "w" + Integer.toString(k, 36);
        return r.nextInt(5) == 0 ? w.toUpperCase(java.util.Locale.ROOT) : w;
    }

    /** The plain encoding: strings, a sorted map, the documented formulas. */
    static SparseVector reference(NgramVectorizer v, String raw) {
        String text = org.tagrank.io.UnicodeWords.nfc(raw); // the documented reading: NFC first
        NgramConfig c = v.config();
        TreeMap<Integer, Integer> tf = new TreeMap<>();
        List<String> toks = Tokenizer.tokens(text);
        for (int i = 0; i < toks.size(); i++) {
            if (c.has(Template.UNIGRAM)) {
                count(v, tf, Template.UNIGRAM.prefix() + toks.get(i));
            }
            if (c.has(Template.BIGRAM) && i > 0) {
                count(v, tf, Template.BIGRAM.prefix() + toks.get(i - 1) + "_" + toks.get(i));
            }
        }
        Template[] headers = {Template.SUBJECT, Template.FROM, Template.ORGANIZATION};
        String[] fields = {"Subject", "From", "Organization"};
        for (int k = 0; k < headers.length; k++) {
            long range = Headers.field(text, fields[k]);
            if (c.has(headers[k]) && range >= 0) {
                for (String t : Tokenizer.tokens(text.substring(Headers.start(range), Headers.end(range)))) {
                    count(v, tf, headers[k].prefix() + t);
                }
            }
        }
        int[] ids = new int[tf.size()];
        float[] values = new float[tf.size()];
        double norm = 0;
        int i = 0;
        for (var e : tf.entrySet()) {
            double x = c.weighting().value(e.getValue(), (float) Weighting.idf(v.numDocs(), v.df(e.getKey())));
            ids[i] = e.getKey();
            values[i] = (float) x;
            norm += x * x;
            i++;
        }
        if (c.normalise() && norm > 0) {
            float inv = (float) (1.0 / Math.sqrt(norm));
            for (int j = 0; j < values.length; j++) {
                values[j] *= inv;
            }
        }
        return SparseVector.ofSorted(ids, values);
    }

    private static void count(NgramVectorizer v, TreeMap<Integer, Integer> tf, String feature) {
        // a bigram is only found when both of its tokens are known, as in the encoder
        int f = v.index().indexOf(feature);
        if (f >= 0) {
            tf.merge(f, 1, Integer::sum);
        }
    }

    @Test
    void encoderEqualsTheReferenceForEveryTemplateAndWeighting() {
        List<String> train = docs(300, 6000, 1);
        List<String> test = docs(200, 9000, 2); // unseen words too
        test.add("");
        test.add("  ,,, -- ");
        test.add(String.join(" ", ODD));
        List<List<Template>> sets = List.of(List.of(Template.UNIGRAM, Template.BIGRAM), List.of(Template.UNIGRAM),
                List.of(Template.BIGRAM), List.of(Template.UNIGRAM, Template.BIGRAM, Template.SUBJECT, Template.FROM,
                        Template.ORGANIZATION), List.of(Template.SUBJECT));
        int checked = 0;
        for (List<Template> ts : sets) {
            for (Weighting w : Weighting.values()) {
                for (int cutoff : new int[] {1, 2}) {
                    NgramVectorizer v = NgramVectorizer.fit(train, new NgramConfig(ts, w, w != Weighting.TFIDF, cutoff));
                    for (String d : test) {
                        SparseVector got = v.encode(d);
                        SparseVector want = reference(v, d);
                        assertEquals(want, got, () -> ts + " " + w + " cutoff " + cutoff + ": " + d);
                        checked += got.size();
                    }
                }
            }
        }
        assertTrue(checked > 100_000, "too few features compared: " + checked);
    }

    @Test
    void largeIndexUsesTheMultiPassSortAndStillMatches() {
        List<String> train = docs(400, 40000, 3);
        NgramVectorizer v = NgramVectorizer.fit(train, NgramConfig.defaults());
        assertTrue(v.index().size() > 1 << 12, "index too small to need two radix passes: " + v.index().size());
        for (String d : docs(100, 40000, 4)) {
            assertEquals(reference(v, d), v.encode(d));
        }
    }

    @Test
    void allocationFreeBestEqualsArgmaxOfTheScores() throws Exception {
        List<Document> train = new ArrayList<>();
        List<String> texts = docs(300, 3000, 5);
        for (int i = 0; i < texts.size(); i++) {
            train.add(new Document("label" + (i % 7), texts.get(i) + " topic" + (i % 7)));
        }
        TrainerConfig t = TrainerConfig.builder(TrainerConfig.Learner.SVM).optimizer(TrainerConfig.OptimizerKind.SGD)
                .l2(1e-4).epochs(3).seed(1).build();
        TextClassifier c = TextClassifier.train(train, null, NgramConfig.defaults(), t, TrainingListener.SILENT);
        List<String> test = docs(300, 4000, 6);
        int[] want = new int[test.size()];
        for (int i = 0; i < test.size(); i++) {
            double[] s = c.model().scores(c.instance(test.get(i)));
            want[i] = c.model().argmax(c.instance(test.get(i)));
            assertEquals(s[want[i]], Arrays.stream(s).max().orElseThrow());
            assertEquals(want[i], c.best(test.get(i)));
            assertEquals(c.labels().label(want[i]), c.classify(test.get(i)));
        }
        // several threads at once: each has its own work area
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<int[]>> runs = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                runs.add(pool.submit(() -> {
                    int[] got = new int[test.size()];
                    for (int rep = 0; rep < 20; rep++) {
                        for (int i = 0; i < test.size(); i++) {
                            got[i] = c.best(test.get(i));
                        }
                    }
                    return got;
                }));
            }
            for (Future<int[]> f : runs) {
                assertArrayEquals(want, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
