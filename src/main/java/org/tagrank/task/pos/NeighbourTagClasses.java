package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import org.tagrank.feature.WordVectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Embedding-neighbour tag classes, a cluster file for the {@code cl}/{@code cl2} templates: for every word of a
 * table of word vectors, its k nearest neighbours by cosine among the "anchor" words (lowercased training words seen
 * at least {@code minCount} times that have a non-zero vector; never the word itself), each neighbour's training
 * tag distribution weighted by its similarity and summed, and the class is the summed profile's best tag, followed
 * by the next best ones (joined by '|') while their weight is at least {@code share} × the best's, at most
 * {@code maxTags}. A word unseen in training thereby gets the tags of the training words that look like it in the
 * embedding space. Built from training tags only; deterministic (ties go to the lower anchor index and tag id).
 */
public final class NeighbourTagClasses {

    /**
     * @param neighbours k: how many nearest anchors vote
     * @param minCount   occurrences in training a lowercased word needs to be an anchor
     * @param share      a further tag joins the class when its weight is ≥ share × the best tag's (0 < share ≤ 1)
     * @param maxTags    at most this many tags in a class (1: the best tag only)
     * @param confidence whether the class ends with the bucket of the best tag's share of the profile:
     *                   {@code :h} (≥ 0.75), {@code :m} (≥ 0.5) or {@code :l}
     */
    public record Settings(int neighbours, int minCount, double share, int maxTags, boolean confidence) {
        public Settings(int neighbours, int minCount, double share, int maxTags) {
            this(neighbours, minCount, share, maxTags, false);
        }

        public Settings {
            if (neighbours < 1 || minCount < 1 || maxTags < 1 || !(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("neighbours, min-count and max-tags must be >= 1 and share in (0, 1], not "
                        + neighbours + ", " + minCount + ", " + maxTags + ", " + share);
            }
        }
    }

    /** Tag counts of lowercased training words. */
    public static final class Counts {
        private final Object2IntOpenHashMap<String> words = new Object2IntOpenHashMap<>();
        private final Object2IntOpenHashMap<String> tagIds = new Object2IntOpenHashMap<>();
        private final List<String> tags = new ArrayList<>();
        private final List<IntArrayList> counts = new ArrayList<>(); // per word: counts by tag id (grown on demand)

        public Counts() {
            words.defaultReturnValue(-1);
            tagIds.defaultReturnValue(-1);
        }

        /** Counts one token (the form is lowercased). */
        public void add(String form, String tag) {
            String w = form.toLowerCase(Locale.ROOT);
            int id = words.getInt(w);
            if (id < 0) {
                id = words.size();
                words.put(w, id);
                counts.add(new IntArrayList());
            }
            int t = tagIds.getInt(tag);
            if (t < 0) {
                t = tags.size();
                tagIds.put(tag, t);
                tags.add(tag);
            }
            IntArrayList c = counts.get(id);
            while (c.size() <= t) {
                c.add(0);
            }
            c.set(t, c.getInt(t) + 1);
        }

        /** Counts every token of sentences given as forms and tags. */
        public void addAll(List<String> forms, List<String> xpos) {
            for (int i = 0; i < forms.size(); i++) {
                add(forms.get(i), xpos.get(i));
            }
        }

        /** The tags in first-seen order (their ids). */
        List<String> tags() {
            return tags;
        }

        /** The lowercased words by id (first-seen order). */
        String[] wordsById() {
            String[] byId = new String[words.size()];
            words.object2IntEntrySet().fastForEach(e -> byId[e.getIntValue()] = e.getKey());
            return byId;
        }

        /** The word's tag shares by tag id (summing to 1). */
        float[] shares(int word) {
            float[] p = new float[tags.size()];
            IntArrayList c = counts.get(word);
            int total = total(word);
            for (int t = 0; t < c.size(); t++) {
                p[t] = c.getInt(t) / (float) total;
            }
            return p;
        }

        int total(int word) {
            int s = 0;
            IntArrayList c = counts.get(word);
            for (int t = 0; t < c.size(); t++) {
                s += c.getInt(t);
            }
            return s;
        }
    }

    private NeighbourTagClasses() {
    }

    /**
     * The class of every row of {@code vectors} (null for rows whose vector is all zeros or when no anchor has a
     * positive similarity), in row order.
     */
    public static String[] compute(WordVectors vectors, Counts counts, Settings settings) {
        int dim = vectors.dimension();
        float[] unit = vectors.unitRows();
        // anchors: training words with enough occurrences and a non-zero vector (looked up as written, then with digits as 0)
        IntArrayList anchorRows = new IntArrayList();
        boolean[] isAnchor = new boolean[vectors.size()];
        List<float[]> anchorProfiles = new ArrayList<>();
        int nTags = counts.tags.size();
        String[] byId = counts.wordsById();
        for (int id = 0; id < byId.length; id++) { // in first-seen order: deterministic
            int total = counts.total(id);
            if (total < settings.minCount()) {
                continue;
            }
            int row = vectors.row(byId[id]);
            if (row < 0) {
                row = vectors.row(digitsTo0(byId[id]));
            }
            if (row < 0 || WordVectors.isZeroRow(unit, row, dim) || isAnchor[row]) {
                continue;
            }
            float[] p = counts.shares(id);
            anchorRows.add(row);
            isAnchor[row] = true;
            anchorProfiles.add(p);
        }
        int nA = anchorRows.size();
        float[] anchors = new float[nA * dim];
        for (int a = 0; a < nA; a++) {
            System.arraycopy(unit, anchorRows.getInt(a) * dim, anchors, a * dim, dim);
        }
        float[][] profiles = anchorProfiles.toArray(new float[0][]);
        int[] anchorRow = anchorRows.toIntArray();
        String[] out = new String[vectors.size()];
        int k = Math.min(settings.neighbours(), nA);
        ThreadLocal<float[]> sims = ThreadLocal.withInitial(() -> new float[nA]);
        IntStream.range(0, vectors.size()).parallel().forEach(r -> {
            if (WordVectors.isZeroRow(unit, r, dim)) {
                return;
            }
            float[] s = sims.get();
            int base = r * dim;
            for (int a = 0; a < nA; a++) {
                int ab = a * dim;
                float dot = 0;
                for (int d = 0; d < dim; d++) {
                    dot += unit[base + d] * anchors[ab + d];
                }
                s[a] = anchorRow[a] == r ? Float.NEGATIVE_INFINITY : dot;
            }
            int[] best = topK(s, k);
            float[] profile = new float[nTags];
            boolean any = false;
            for (int a : best) {
                if (a < 0 || !(s[a] > 0)) {
                    continue;
                }
                any = true;
                float[] p = profiles[a];
                for (int t = 0; t < nTags; t++) {
                    profile[t] += s[a] * p[t];
                }
            }
            out[r] = any ? label(profile, counts.tags, settings) : null;
        });
        return out;
    }

    /** The class of a tag profile: the best tag and those within share of it, best first, at most maxTags (and the confidence bucket). */
    static String label(float[] profile, List<String> tags, Settings settings) {
        int[] order = topK(profile.clone(), Math.min(settings.maxTags(), profile.length));
        float top = profile[order[0]];
        StringBuilder sb = new StringBuilder(tags.get(order[0]));
        for (int i = 1; i < order.length; i++) {
            if (order[i] < 0 || !(profile[order[i]] > 0) || profile[order[i]] < settings.share() * top) {
                break;
            }
            sb.append('|').append(tags.get(order[i]));
        }
        if (settings.confidence()) {
            double sum = 0;
            for (float v : profile) {
                sum += v;
            }
            double best = top / sum;
            sb.append(best >= 0.75 ? ":h" : best >= 0.5 ? ":m" : ":l");
        }
        return sb.toString();
    }

    /** The indexes of the k largest values, largest first (ties: lower index first); -1 fills when k > length. */
    static int[] topK(float[] v, int k) {
        int[] idx = new int[k];
        float[] val = new float[k];
        java.util.Arrays.fill(idx, -1);
        java.util.Arrays.fill(val, Float.NEGATIVE_INFINITY);
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            float x = v[i];
            if (n == k && !(x > val[k - 1])) {
                continue;
            }
            int j = n < k ? n++ : k - 1;
            while (j > 0 && x > val[j - 1]) {
                val[j] = val[j - 1];
                idx[j] = idx[j - 1];
                j--;
            }
            val[j] = x;
            idx[j] = i;
        }
        return idx;
    }

    /** The word with its ASCII digits replaced by '0' (the coreference embeddings' spelling of numbers). */
    static String digitsTo0(String w) {
        char[] c = w.toCharArray();
        boolean changed = false;
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= '1' && c[i] <= '9') {
                c[i] = '0';
                changed = true;
            }
        }
        return changed ? new String(c) : w;
    }
}
