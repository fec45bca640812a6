package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.LabelSet;

import java.util.List;

/**
 * POS feature ids without building strings in the hot path: for each training word, the id of
 * every word template's feature on that word (a "row"), boundary rows, and tag-history ids by
 * tag. Unknown words get their row computed on the fly. Immutable after construction.
 */
final class FeatureTable {
    /** A word's feature ids per word template (-1 = feature not in the model) and its vocabulary id (-1 = unknown). */
    record Row(int vocabId, int[] ids) {
    }

    private final PosTemplates templates;
    private final FeatureIndex index;
    final int numTags;
    final int numWordTemplates;
    final int[] offsets;
    final int biasId;
    final Row left;
    final Row right;
    final int[] prevIds;
    final int[] prev2Ids;
    final int[] pairIds;
    private final Long2IntOpenHashMap prevWordIds;
    private final Object2ObjectOpenHashMap<String, Row> rows;
    private final WordSources sources;

    FeatureTable(PosTemplates templates, WordSources sources, FeatureIndex index, LabelSet tags,
                 Iterable<String> vocabulary) {
        this.templates = templates;
        this.sources = sources;
        this.index = index;
        this.numTags = tags.size();
        List<PosTemplates.WordTemplate> wts = templates.wordTemplates();
        this.numWordTemplates = wts.size();
        this.offsets = wts.stream().mapToInt(PosTemplates.WordTemplate::offset).toArray();
        this.biasId = templates.bias() ? index.indexOf("bias") : -1;
        this.left = new Row(-1, boundaryIds(PosTemplates.BOUNDARY_LEFT));
        this.right = new Row(-1, boundaryIds(PosTemplates.BOUNDARY_RIGHT));
        int h = numTags + 1; // history tags plus the start symbol at index numTags
        prevIds = new int[h];
        prev2Ids = new int[h];
        pairIds = new int[h * h];
        for (int a = 0; a < h; a++) {
            String ta = historyTag(tags, a);
            prevIds[a] = templates.prevTag() ? index.indexOf(PosFeatures.prevTagFeature(ta)) : -1;
            prev2Ids[a] = templates.prev2Tag() ? index.indexOf(PosFeatures.prev2TagFeature(ta)) : -1;
            for (int b = 0; b < h; b++) {
                pairIds[a * h + b] = templates.tagPair()
                        ? index.indexOf(PosFeatures.tagPairFeature(ta, historyTag(tags, b))) : -1;
            }
        }
        rows = new Object2ObjectOpenHashMap<>();
        int vocabId = 0;
        for (String w : vocabulary) {
            rows.put(w, new Row(vocabId++, computeIds(w)));
        }
        prevWordIds = new Long2IntOpenHashMap();
        prevWordIds.defaultReturnValue(-1);
        if (templates.prevTagWord()) {
            // scan the index once instead of probing every (tag, word) pair
            String prefix = "t[-1]+w[0]=";
            for (int id = 0; id < index.size(); id++) {
                String name = index.name(id);
                if (!name.startsWith(prefix)) {
                    continue;
                }
                int bar = name.indexOf('|', prefix.length());
                String tag = name.substring(prefix.length(), bar);
                int a = tag.equals(PosTemplates.BOUNDARY_LEFT) ? numTags : tags.indexOf(tag);
                Row r = rows.get(name.substring(bar + 1));
                if (a >= 0 && r != null) {
                    prevWordIds.put((long) r.vocabId() * h + a, id);
                }
            }
        }
    }

    static String historyTag(LabelSet tags, int a) {
        return a == tags.size() ? PosTemplates.BOUNDARY_LEFT : tags.label(a);
    }

    private int[] boundaryIds(String marker) {
        List<PosTemplates.WordTemplate> wts = templates.wordTemplates();
        int[] ids = new int[wts.size()];
        for (int t = 0; t < ids.length; t++) {
            ids[t] = index.indexOf(PosFeatures.wordFeature(wts.get(t), marker));
        }
        return ids;
    }

    private int[] computeIds(String word) {
        List<PosTemplates.WordTemplate> wts = templates.wordTemplates();
        int[] ids = new int[wts.size()];
        for (int t = 0; t < ids.length; t++) {
            ids[t] = index.indexOf(PosFeatures.wordFeature(wts.get(t), wts.get(t).function().apply(word, sources)));
        }
        return ids;
    }

    /** The row of a word: precomputed for training words, computed for others. */
    Row row(String word) {
        Row r = rows.get(word);
        return r != null ? r : new Row(-1, computeIds(word));
    }

    private Row rowAt(Row[] rows, int j) {
        return j < 0 ? left : j >= rows.length ? right : rows[j];
    }

    /** Writes the ids of token i's word features (bias included) into out from start; returns the new end. */
    int collectWord(Row[] rows, int i, int[] out, int start) {
        int n = start;
        if (biasId >= 0) {
            out[n++] = biasId;
        }
        for (int t = 0; t < offsets.length; t++) {
            int id = rowAt(rows, i + offsets[t]).ids()[t];
            if (id >= 0) {
                out[n++] = id;
            }
        }
        return n;
    }

    /** Writes the ids of the tag-history features into out from start; returns the new end. */
    int collectHistory(Row row, int prev, int prev2, int[] out, int start) {
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
        id = prevWordId(row.vocabId(), prev);
        if (id >= 0) {
            out[n++] = id;
        }
        return n;
    }

    /** Capacity a collect buffer needs. */
    int maxFeatures() {
        return offsets.length + 5;
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
        return prevWordIds.get((long) vocabId * (numTags + 1) + prev);
    }
}
