package org.tagrank.eval;

import org.junit.jupiter.api.Test;
import org.tagrank.core.LabelSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClassificationEvalTest {
    @Test
    void confusionEntriesKeepOneKeyOrderInJson() {
        ClassificationEval e = new ClassificationEval(LabelSet.of("A", "B", "C"));
        e.add(0, 1);
        e.add(0, 1);
        e.add(2, 0);
        e.add(1, 1);
        List<?> conf = (List<?>) e.toMap().get("top_confusions");
        assertEquals(2, conf.size());
        for (Object o : conf) {
            // the JSON must not depend on the JVM's hash seed: Map.of's iteration order does
            assertEquals(List.of("gold", "predicted", "count"), new ArrayList<>(((Map<?, ?>) o).keySet()));
        }
        assertEquals("[{\"gold\":\"A\",\"predicted\":\"B\",\"count\":2},{\"gold\":\"C\",\"predicted\":\"A\",\"count\":1}]",
                Json.write(conf));
    }
}
