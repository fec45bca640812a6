package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.ArrayList;
import java.util.List;

/**
 * The word functions that pair and tag-word templates conjoin, each in a slot, and per slot a
 * small id for every value those templates' features use. Filled while a {@link FeatureTable}
 * reads its model's features back, then frozen; only read after that (so sharing between threads is safe).
 */
final class WordValueIds {
    private final List<WordFunction> functions = new ArrayList<>();
    private final List<Object2IntOpenHashMap<String>> ids = new ArrayList<>();
    /** Per slot, its values in id order (what {@link #freeze} indexes). */
    private final List<List<String>> valuesInOrder = new ArrayList<>();
    /** Per slot, the values' ids for lookups once filling is over (null before {@link #freeze}). */
    private WordIds[] frozen;

    /** The slot of a function, added if new. */
    int slot(WordFunction f) {
        int k = functions.indexOf(f);
        if (k < 0) {
            functions.add(f);
            Object2IntOpenHashMap<String> m = new Object2IntOpenHashMap<>();
            m.defaultReturnValue(-1);
            ids.add(m);
            valuesInOrder.add(new ArrayList<>());
            k = functions.size() - 1;
        }
        return k;
    }

    /** The id of a value in a slot, added if new. */
    int add(int slot, String value) {
        if (frozen != null) {
            throw new IllegalStateException("value ids are frozen");
        }
        Object2IntOpenHashMap<String> m = ids.get(slot);
        int id = m.getInt(value);
        if (id < 0) {
            id = m.size();
            m.put(value, id);
            valuesInOrder.get(slot).add(value);
        }
        return id;
    }

    /**
     * Ends filling: lookups go to a {@link WordIds} per slot from now on (no String is touched to find a
     * value; an unknown word's row looks up a few values per token), and the filling maps are dropped.
     * Idempotent.
     */
    void freeze() {
        if (frozen == null) {
            WordIds[] f = new WordIds[valuesInOrder.size()];
            for (int k = 0; k < f.length; k++) {
                f[k] = new WordIds(valuesInOrder.get(k));
            }
            frozen = f;
            ids.clear();
            valuesInOrder.clear();
        }
    }

    /** Number of value ids in a slot. */
    int size(int slot) {
        return frozen != null ? frozen[slot].size() : valuesInOrder.get(slot).size();
    }

    /** Number of slots. */
    int slots() {
        return functions.size();
    }

    /** The function of a slot. */
    WordFunction function(int slot) {
        return functions.get(slot);
    }

    /** The id of a value in a slot, or -1 (a value in no feature). */
    int id(int slot, String value) {
        if (frozen == null) {
            throw new IllegalStateException("value ids are looked up only after freeze()");
        }
        return frozen[slot].id(value);
    }
}
