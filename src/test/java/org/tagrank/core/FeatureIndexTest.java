package org.tagrank.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureIndexTest {

    @Test
    void eagerAndLazyIndexesAgree() {
        List<String> names = List.of("bias", "w[0]=the", "suf3[0]=ing", "t[-1]=DT");
        FeatureIndex eager = FeatureIndex.of(names);
        FeatureIndex lazy = FeatureIndex.lazy(names);
        assertEquals(eager.names(), lazy.names());
        for (int i = 0; i < names.size(); i++) {
            assertEquals(i, eager.indexOf(names.get(i)));
            assertEquals(i, lazy.indexOf(names.get(i)));
            assertEquals(names.get(i), lazy.name(i));
        }
        assertEquals(-1, lazy.indexOf("w[0]=unseen"));
    }

    @Test
    void repeatedNamesAreRejectedEagerlyOrOnFirstLookup() {
        List<String> names = List.of("a", "b", "a");
        assertThrows(IllegalArgumentException.class, () -> FeatureIndex.of(names));
        FeatureIndex lazy = FeatureIndex.lazy(names); // reading names by id needs no map
        assertEquals("a", lazy.name(2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lazy.indexOf("b"));
        assertTrue(e.getMessage().contains("duplicate feature 'a'"), e.getMessage());
    }

    @Test
    void racingFirstLookupsAllSeeTheWholeMap() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            names.add("f" + i);
        }
        FeatureIndex lazy = FeatureIndex.lazy(names);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> wrong = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                final int start = t;
                wrong.add(pool.submit(() -> {
                    int bad = 0;
                    for (int i = start; i < names.size(); i += 4) {
                        bad += lazy.indexOf(names.get(i)) == i ? 0 : 1;
                    }
                    return bad;
                }));
            }
            for (Future<Integer> f : wrong) {
                assertEquals(0, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
