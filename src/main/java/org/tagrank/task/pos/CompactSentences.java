package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * Many tokenized sentences in little memory: word ids into one shared vocabulary (millions of
 * tokens of unlabeled text would otherwise be millions of String objects). An immutable list of
 * immutable sentences once built.
 */
public final class CompactSentences extends AbstractList<List<String>> {
    private final String[] vocabulary;
    private final int[] ids;
    private final int[] starts;

    private CompactSentences(String[] vocabulary, int[] ids, int[] starts) {
        this.vocabulary = vocabulary;
        this.ids = ids;
        this.starts = starts;
    }

    /** Collects sentences in order. Not thread-safe. */
    public static final class Builder {
        private final Object2IntOpenHashMap<String> index = new Object2IntOpenHashMap<>();
        private final List<String> vocabulary = new ArrayList<>();
        private final IntArrayList ids = new IntArrayList();
        private final IntArrayList starts = new IntArrayList();

        public Builder() {
            index.defaultReturnValue(-1);
            starts.add(0);
        }

        public Builder add(List<String> sentence) {
            for (String w : sentence) {
                int id = index.getInt(w);
                if (id < 0) {
                    id = vocabulary.size();
                    index.put(w, id);
                    vocabulary.add(w);
                }
                ids.add(id);
            }
            starts.add(ids.size());
            return this;
        }

        public long tokens() {
            return ids.size();
        }

        public CompactSentences build() {
            return new CompactSentences(vocabulary.toArray(new String[0]), ids.toIntArray(), starts.toIntArray());
        }
    }

    @Override
    public List<String> get(int k) {
        int from = starts[k];
        int to = starts[k + 1];
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                if (i < 0 || i >= to - from) {
                    throw new IndexOutOfBoundsException(i);
                }
                return vocabulary[ids[from + i]];
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    @Override
    public int size() {
        return starts.length - 1;
    }
}
