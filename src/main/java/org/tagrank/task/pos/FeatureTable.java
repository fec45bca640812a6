package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseRows;

import java.util.Arrays;
import java.util.List;

/**
 * POS feature ids without building strings in the hot path: for each training word, the id of
 * every word template's feature on that word (a "row"), boundary rows, and tag-history ids by
 * tag. Rows of vocabulary words are built on first use and cached; unknown words get theirs
 * computed on the fly. Safe to share between threads.
 */
final class FeatureTable {
    /**
     * A word's feature ids per word template (-1 = feature not in the model), its vocabulary id
     * (-1 = unknown) and, for each function used in pair templates, the id of its value on the
     * word (-1 = value in no pair feature), and the ids of its character n-gram features (usually none).
     */
    record Row(int vocabId, int[] ids, int[] values, int[] ngrams) {
        static final int[] NONE = new int[0];

        Row(int vocabId, int[] ids, int[] values) {
            this(vocabId, ids, values, NONE);
        }
    }

    private final PosTemplates templates;
    private final WordSources sources;
    /** Live features other than conjunctions, by name (a fraction of the index: its own map loads faster). */
    private final Object2IntOpenHashMap<String> plainIds;
    final int numTags;
    final int numWordTemplates;
    final int[] offsets;
    private final int[] contextOffsets;
    final int biasId;
    final Row left;
    final Row right;
    final int[] prevIds;
    final int[] prev2Ids;
    final int[] pairIds;
    /** t[-1]+w[0] ids, dense: [vocabulary id × (numTags + 1) + previous tag] (an array read beats a hash probe). */
    private final int[] prevWordIds;
    /** Vocabulary word → vocabulary id (-1 = unknown word). */
    private final WordIds vocab;
    /**
     * Rows of vocabulary words by vocabulary id, built on first use: building all ~20k rows up front
     * was most of a model's load time, and a batch rarely meets every word. A racy fill is safe
     * (as in String.hashCode): a Row is immutable with final fields, so a thread sees either null
     * (and builds an equal row itself) or a complete row.
     */
    private final Row[] rowCache;
    private final UnknownRows unknownRows = new UnknownRows(UnknownRows.CAPACITY);
    /** Vocabulary id of the word an unknown pictograph is tagged as ({@link Pictographs}), or -1. */
    private final int pictographStandIn;
    /** Functions used by pair / tag-word templates, and per function its value → value id. */
    private final WordValueIds values = new WordValueIds();
    /** Builds rows: word-template feature ids and value ids by word. */
    private final WordRows wordRows;
    /** Per pair template: slots of its two functions, offsets, and (value id, value id) → feature id. */
    private final int[][] pairSpec;
    private final PairIds[] wordPairIds;
    /** Per tag-word template: slot and offset of its function, and (previous tag, value id) → feature id. */
    private final int[][] tagWordSpec;
    /** Per tag-word template, dense: [value id × (numTags + 1) + previous tag] → feature id or -1. */
    private final int[][] tagWordIds;

    /** A table over all features of the index (for checking ids against string features). */
    FeatureTable(PosTemplates templates, WordSources sources, FeatureIndex index, LabelSet tags,
                 java.util.Collection<String> vocabulary) {
        this(templates, sources, index, tags, vocabulary, null);
    }

    /**
     * A table for tagging: with the model's weights given, features whose weights are all zero
     * (seen in training but never updated) count as absent, which saves their lookups and
     * memory reads and changes no score.
     */
    FeatureTable(PosTemplates templates, WordSources sources, FeatureIndex index, LabelSet tags,
                 java.util.Collection<String> vocabulary, SparseRows weights) {
        this.templates = templates;
        this.sources = sources;
        this.plainIds = new Object2IntOpenHashMap<>();
        plainIds.defaultReturnValue(-1);
        this.numTags = tags.size();
        List<PosTemplates.WordTemplate> wts = templates.wordTemplates();
        this.numWordTemplates = wts.size();
        this.offsets = wts.stream().mapToInt(PosTemplates.WordTemplate::offset).toArray();
        this.contextOffsets = Arrays.stream(offsets).filter(o -> o != 0).distinct().sorted().toArray();
        List<PosTemplates.PairTemplate> pts = templates.pairTemplates();
        pairSpec = new int[pts.size()][];
        wordPairIds = new PairIds[pts.size()];
        for (int p = 0; p < pts.size(); p++) {
            PosTemplates.PairTemplate pt = pts.get(p);
            pairSpec[p] = new int[]{values.slot(pt.first().function()), pt.first().offset(), values.slot(pt.second().function()),
                    pt.second().offset()};
        }
        List<PosTemplates.TagWordTemplate> tws = templates.tagWordTemplates();
        tagWordSpec = new int[tws.size()][];
        Long2IntOpenHashMap[] tagWordMaps = new Long2IntOpenHashMap[tws.size()];
        for (int p = 0; p < tws.size(); p++) {
            PosTemplates.TagWordTemplate tw = tws.get(p);
            tagWordSpec[p] = new int[]{values.slot(tw.word().function()), tw.word().offset()};
        }
        wordRows = new WordRows(wts, values, sources); // all value slots are known now
        vocab = new WordIds(vocabulary);
        pictographStandIn = vocab.id(Pictographs.STAND_IN);
        rowCache = new Row[vocab.size()];
        int h = numTags + 1; // history tags plus the start symbol at index numTags
        prevWordIds = new int[templates.prevTagWord() ? vocab.size() * h : 0];
        Arrays.fill(prevWordIds, -1);
        Long2IntOpenHashMap[] pairMaps = new Long2IntOpenHashMap[pts.size()];
        readFeatures(index, weights, tags, pairMaps, tagWordMaps);
        wordRows.freeze();
        this.biasId = templates.bias() ? id("bias") : -1;
        for (int p = 0; p < pts.size(); p++) { // all values are known now
            wordPairIds[p] = PairIds.of(pairMaps[p], values.size(pairSpec[p][0]), values.size(pairSpec[p][2]));
        }
        this.left = wordRows.boundary(PosTemplates.BOUNDARY_LEFT);
        this.right = wordRows.boundary(PosTemplates.BOUNDARY_RIGHT);
        prevIds = new int[h];
        prev2Ids = new int[h];
        pairIds = new int[h * h];
        for (int a = 0; a < h; a++) {
            String ta = historyTag(tags, a);
            prevIds[a] = templates.prevTag() ? id(PosFeatures.prevTagFeature(ta)) : -1;
            prev2Ids[a] = templates.prev2Tag() ? id(PosFeatures.prev2TagFeature(ta)) : -1;
            for (int b = 0; b < h; b++) {
                pairIds[a * h + b] = templates.tagPair()
                        ? id(PosFeatures.tagPairFeature(ta, historyTag(tags, b))) : -1;
            }
        }
        tagWordIds = new int[tws.size()][];
        for (int p = 0; p < tws.size(); p++) { // all values are known now: make the tables dense
            int[] dense = new int[values.size(tagWordSpec[p][0]) * h];
            Arrays.fill(dense, -1);
            for (Long2IntMap.Entry e : tagWordMaps[p].long2IntEntrySet()) {
                long k = e.getLongKey();
                dense[(int) k * h + (int) (k >>> 32)] = e.getIntValue();
            }
            tagWordIds[p] = dense;
        }
    }

    /** The id of a feature other than a conjunction, or -1 when the index lacks it or its weights are all zero. */
    private int id(String feature) {
        return plainIds.getInt(feature);
    }

    /**
     * Reads the live features (all when weights is null) back from the index in one pass over its names: word pairs
     * ({@code name=a|b} → (value id of a, value id of b)), tag-word pairs ((tag id, value id)) and
     * {@code t[-1]+w[0]} (dense by vocabulary id and tag); the other features by name.
     */
    private void readFeatures(FeatureIndex index, SparseRows weights, LabelSet tags, Long2IntOpenHashMap[] pairMaps,
                              Long2IntOpenHashMap[] tagWordMaps) {
        List<PosTemplates.PairTemplate> pts = templates.pairTemplates();
        List<PosTemplates.TagWordTemplate> tws = templates.tagWordTemplates();
        int n = pts.size() + tws.size();
        String[] prefixes = new String[n];
        Long2IntOpenHashMap[] maps = new Long2IntOpenHashMap[n];
        for (int k = 0; k < n; k++) {
            prefixes[k] = (k < pts.size() ? pts.get(k).name() : tws.get(k - pts.size()).name()) + "=";
            maps[k] = new Long2IntOpenHashMap();
            maps[k].defaultReturnValue(-1);
            if (k < pts.size()) {
                pairMaps[k] = maps[k];
            } else {
                tagWordMaps[k - pts.size()] = maps[k];
            }
        }
        String prevWord = templates.prevTagWord() ? "t[-1]+w[0]=" : null;
        int h = numTags + 1;
        for (int id = 0; id < index.size(); id++) {
            if (weights != null && weights.isEmpty(id)) {
                continue;
            }
            String f = index.name(id);
            int eq = f.indexOf('=');
            if (prevWord != null && f.startsWith(prevWord)) {
                int bar = f.indexOf('|', prevWord.length());
                String tag = f.substring(prevWord.length(), bar);
                int a = tag.equals(PosTemplates.BOUNDARY_LEFT) ? numTags : tags.indexOf(tag);
                int v = vocab.id(f.substring(bar + 1));
                if (a >= 0 && v >= 0) {
                    prevWordIds[v * h + a] = id;
                }
                continue;
            }
            for (int k = 0; k < n; k++) {
                if (prefixes[k].length() != eq + 1 || !f.startsWith(prefixes[k])) {
                    continue;
                }
                String[] v = PosFeatures.splitPair(f, eq + 1);
                if (v == null) {
                    throw new IllegalArgumentException("malformed pair feature '" + f + "'");
                }
                int a;
                int sb;
                if (k < pts.size()) {
                    a = values.add(pairSpec[k][0], v[0]);
                    sb = pairSpec[k][2];
                } else {
                    a = v[0].equals(PosTemplates.BOUNDARY_LEFT) ? numTags : tags.indexOf(v[0]);
                    sb = tagWordSpec[k - pts.size()][0];
                }
                if (a >= 0) {
                    maps[k].put(PairIds.key(a, values.add(sb, v[1])), id);
                }
                f = null; // read as a conjunction
                break;
            }
            if (f != null && !wordRows.add(f, id) && plainIds.put(f, id) >= 0) {
                throw new IllegalArgumentException("duplicate feature '" + f + "'");
            }
        }
    }

    static String historyTag(LabelSet tags, int a) {
        return a == tags.size() ? PosTemplates.BOUNDARY_LEFT : tags.label(a);
    }

    /** The row of a word: cached by vocabulary id for vocabulary words, in {@link UnknownRows} for recent others. */
    Row row(String word) {
        int v = vocab.id(word);
        Row r = v >= 0 ? rowCache[v] : unknownRows.get(word);
        return r != null ? r : buildRow(word, v);
    }

    /** Off the hot path, so that row() stays small enough to inline. */
    private Row buildRow(String word, int v) {
        if (v < 0 && pictographStandIn >= 0 && Pictographs.only(word)) {
            Row r = row(Pictographs.STAND_IN);
            unknownRows.put(word, r);
            return r;
        }
        Row r = wordRows.row(word, v);
        if (templates.ngram() > 0) {
            List<String> grams = templates.ngramFeatures(word, sources);
            int[] ids = new int[grams.size()];
            int n = 0;
            for (String g : grams) {
                int id = id(g);
                if (id >= 0) {
                    ids[n++] = id;
                }
            }
            if (n > 0) {
                r = new Row(r.vocabId(), r.ids(), r.values(), Arrays.copyOf(ids, n));
            }
        }
        if (v >= 0) {
            rowCache[v] = r;
        } else {
            unknownRows.put(word, r);
        }
        return r;
    }

    /** The vocabulary id of a word, or -1. */
    int vocabId(String word) {
        return vocab.id(word);
    }

    /** Number of vocabulary words (vocabulary ids are 0 until this). */
    int vocabularySize() {
        return vocab.size();
    }

    /** Writes the ids of token i's word features (bias included) into out from start; returns the new end. */
    int collectWord(Row[] rows, int i, int[] out, int start) {
        int n = collectStatic(rows[i], out, start);
        for (int offset : contextOffsets) {
            n = collectAt(rowAt(rows, i + offset), offset, out, n);
        }
        return collectPairs(rows, i, out, n);
    }

    /**
     * Writes the ids of the features that depend on the token's own word only (bias and templates
     * at offset 0), which a decoder can sum once per vocabulary word; returns the new end.
     */
    int collectStatic(Row row, int[] out, int start) {
        int n = start;
        if (biasId >= 0) {
            out[n++] = biasId;
        }
        for (int id : row.ngrams()) {
            out[n++] = id;
        }
        return collectAt(row, 0, out, n);
    }

    /** Writes the ids of the templates at this offset on the word of this row; returns the new end. */
    int collectAt(Row row, int offset, int[] out, int start) {
        int n = start;
        int[] ids = row.ids();
        for (int t = 0; t < offsets.length; t++) {
            if (offsets[t] == offset && ids[t] >= 0) {
                out[n++] = ids[t];
            }
        }
        return n;
    }

    /** The distinct non-zero offsets of the word templates, ascending. */
    int[] contextOffsets() {
        return contextOffsets.clone();
    }

    /** The row at position j of a sentence, or a boundary row outside it. */
    Row rowAt(Row[] rows, int j) {
        return j < 0 ? left : j >= rows.length ? right : rows[j];
    }

    /** Writes the ids of token i's word-pair features; returns the new end. */
    int collectPairs(Row[] rows, int i, int[] out, int start) {
        int n = start;
        for (int p = 0; p < pairSpec.length; p++) {
            int[] ps = pairSpec[p];
            int a = rowAt(rows, i + ps[1]).values()[ps[0]];
            int b = rowAt(rows, i + ps[3]).values()[ps[2]];
            if (a >= 0 && b >= 0) {
                int id = wordPairIds[p].get(a, b);
                if (id >= 0) {
                    out[n++] = id;
                }
            }
        }
        return n;
    }

    /** Writes the ids of token i's tag-history features into out from start; returns the new end. */
    int collectHistory(Row[] rows, int i, int prev, int prev2, int[] out, int start) {
        return collectTagWords(rows, i, prev, out, collectTagHistory(prev, prev2, out, start));
    }

    /** The features on the previous tags alone ({@code t[-1]}, {@code t[-2]}, {@code t[-2,-1]}). */
    int collectTagHistory(int prev, int prev2, int[] out, int start) {
        int n = start;
        int id = prevIds[prev];
        if (id >= 0) {
            out[n++] = id;
        }
        id = prev2Ids[prev2];
        if (id >= 0) {
            out[n++] = id;
        }
        id = pairIds[prev2 * (numTags + 1) + prev];
        if (id >= 0) {
            out[n++] = id;
        }
        return n;
    }

    /** The features conjoining the previous tag with words ({@code t[-1]+w[0]}, tag-word templates). */
    int collectTagWords(Row[] rows, int i, int prev, int[] out, int start) {
        int n = start;
        for (int p = 0; p < tagWordSpec.length; p++) {
            int b = rowAt(rows, i + tagWordSpec[p][1]).values()[tagWordSpec[p][0]];
            if (b >= 0) {
                int id = tagWordIds[p][b * (numTags + 1) + prev];
                if (id >= 0) {
                    out[n++] = id;
                }
            }
        }
        int id = prevWordId(rows[i].vocabId(), prev);
        if (id >= 0) {
            out[n++] = id;
        }
        return n;
    }

    /** Capacity a collect buffer needs. */
    int maxFeatures() {
        return offsets.length + 5 + pairSpec.length + tagWordSpec.length + (templates.ngram() > 0 ? PosTemplates.MAX_NGRAMS : 0);
    }

    Row[] rows(java.util.List<String> words) {
        Row[] r = new Row[words.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = row(words.get(i));
        }
        return r;
    }

    /** The id of {@code t[-1]+w[0]} for a word's vocabulary id and the previous tag, or -1. */
    int prevWordId(int vocabId, int prev) {
        if (vocabId < 0) {
            return -1;
        }
        return prevWordIds.length == 0 ? -1 : prevWordIds[vocabId * (numTags + 1) + prev];
    }
}
