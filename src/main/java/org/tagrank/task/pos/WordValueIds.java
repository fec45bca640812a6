package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.ArrayList;
import java.util.List;

/**
 * The word functions that pair and tag-word templates conjoin, each in a slot, and per slot a
 * small id for every value those templates' features use. Filled while a {@link FeatureTable}
 * reads its model's features back; only read after that (so sharing between threads is safe).
 */
final class WordValueIds {
    private final List<WordFunction> functions = new ArrayList<>();
    private final List<Object2IntOpenHashMap<String>> ids = new ArrayList<>();

    /** The slot of a function, added if new. */
    int slot(WordFunction f) {
        int k = functions.indexOf(f);
        if (k < 0) {
            functions.add(f);
            Object2IntOpenHashMap<String> m = new Object2IntOpenHashMap<>();
            m.defaultReturnValue(-1);
            ids.add(m);
            k = functions.size() - 1;
        }
        return k;
    }

    /** The id of a value in a slot, added if new. */
    int add(int slot, String value) {
        Object2IntOpenHashMap<String> m = ids.get(slot);
        int id = m.getInt(value);
        if (id < 0) {
            id = m.size();
            m.put(value, id);
        }
        return id;
    }

    /** Number of value ids in a slot. */
    int size(int slot) {
        return ids.get(slot).size();
    }

    /** Per slot, the id of the function's value on the word (-1 = a value in no feature). */
    int[] of(String word, WordSources sources) {
        int[] v = new int[functions.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = ids.get(k).getInt(functions.get(k).apply(word, sources));
        }
        return v;
    }

    /** Per slot, the id of a boundary marker. */
    int[] boundary(String marker) {
        int[] v = new int[functions.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = ids.get(k).getInt(marker);
        }
        return v;
    }
}
