package org.tagrank.cli;

import java.util.ArrayDeque;
import java.util.concurrent.Future;

/** The batches {@code tag} has submitted and not yet written, oldest first, and the input characters they hold. */
final class InFlightBatches<T> {
    private final ArrayDeque<Future<T>> results = new ArrayDeque<>();
    private final it.unimi.dsi.fastutil.longs.LongArrayFIFOQueue sizes = new it.unimi.dsi.fastutil.longs.LongArrayFIFOQueue();
    private long chars;

    void add(Future<T> result, long batchChars) {
        results.add(result);
        sizes.enqueue(batchChars);
        chars += batchChars;
    }

    /** The oldest batch's result, no longer counted. */
    Future<T> poll() {
        chars -= sizes.dequeueLong();
        return results.poll();
    }

    long chars() {
        return chars;
    }

    int size() {
        return results.size();
    }

    boolean isEmpty() {
        return results.isEmpty();
    }
}
