package org.tagrank.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Items per second of a thread-safe function over a list, with n threads: one warm-up pass, then passes for the given time. */
final class Throughput {
    private Throughput() {
    }

    static <T> double measure(List<T> items, long unitsPerPass, int threads, double seconds, Function<T, ?> f) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tagrank-bench");
            t.setDaemon(true);
            return t;
        });
        try {
            pass(items, threads, f, pool);
            long start = System.nanoTime();
            long passes = 0;
            while (System.nanoTime() - start < seconds * 1e9 || passes == 0) {
                pass(items, threads, f, pool);
                passes++;
            }
            return passes * unitsPerPass / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> void pass(List<T> items, int threads, Function<T, ?> f, ExecutorService pool) throws Exception {
        List<Future<?>> fs = new ArrayList<>();
        for (int p = 0; p < threads; p++) {
            int part = p;
            fs.add(pool.submit(() -> {
                for (int i = part; i < items.size(); i += threads) {
                    f.apply(items.get(i));
                }
            }));
        }
        for (Future<?> x : fs) {
            x.get();
        }
    }
}
