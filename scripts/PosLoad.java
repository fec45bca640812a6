import org.tagrank.task.pos.PosTagger;

import java.util.List;
import java.util.Locale;

/**
 * Cold load of a POS model: in this (fresh) JVM, the seconds to PosTagger.load the model and then
 * to tag one short sentence. Run by scripts/bench-pos-load, one JVM per measurement.
 */
public class PosLoad {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        PosTagger tagger = PosTagger.load(args[0]);
        long t1 = System.nanoTime();
        tagger.tag(List.of("The", "cat", "sat", "."));
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%.3f\t%.3f%n", (t1 - t0) / 1e9, (t2 - t0) / 1e9);
    }
}
