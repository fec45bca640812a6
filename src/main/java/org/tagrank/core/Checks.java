package org.tagrank.core;

import java.util.List;
import java.util.Objects;

/** Argument checks of the public records and entry points, with messages that name what is null. */
public final class Checks {
    private Checks() {
    }

    /**
     * The most threads any thread count may ask for: beyond any machine's cores, and few enough to start (100,000 made
     * the JVM fail to start native threads and run out of memory).
     */
    public static final int MAX_THREADS = 1024;

    /** The thread count when none is given: one per available processor, at most {@link #MAX_THREADS}. */
    public static int defaultThreads() {
        return Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
    }

    /** {@code n}, if in 1..{@link #MAX_THREADS}; else IllegalArgumentException "NAME must be in 1..1024, got N". */
    public static int threads(int n, String name) {
        if (n < 1 || n > MAX_THREADS) {
            throw new IllegalArgumentException(name + " must be in 1.." + MAX_THREADS + ", got " + n);
        }
        return n;
    }

    /** The list, after checking it and its elements: NullPointerException "NAME", or "null ELEMENT at position i". */
    public static <L extends List<?>> L noNulls(L list, String name, String element) {
        check(Objects.requireNonNull(list, name), null, element);
        return list;
    }

    /** As {@link #noNulls}, the element's message prefixed with the list's name: "NAME: null ELEMENT at position i". */
    public static <L extends List<?>> L noNullsPrefixed(L list, String name, String element) {
        check(Objects.requireNonNull(list, name), name, element);
        return list;
    }

    /** As {@link #noNulls(List, String, String)} for an array. */
    public static <T> T[] noNulls(T[] array, String name, String element) {
        Objects.requireNonNull(array, name);
        for (int i = 0; i < array.length; i++) {
            if (array[i] == null) {
                throw nullAt(null, element, i);
            }
        }
        return array;
    }

    private static void check(List<?> list, String prefix, String element) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw nullAt(prefix, element, i);
            }
        }
    }

    private static NullPointerException nullAt(String prefix, String element, int i) {
        return new NullPointerException((prefix == null ? "" : prefix + ": ") + "null " + element + " at position " + i);
    }
}
