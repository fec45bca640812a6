import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.task.pos.PosTagger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two POS models in one JVM, one thread, timed in alternating 3-s windows of passes over a CoNLL-U file after
 * 2 × 2 s of warm-up each: tokens per second (millions) of model A and of model B, window by window. Both share the
 * JIT's code, so the pairs compare the models' work, not two JVMs' luck.
 *
 * java -XX:-DontCompileHugeMethods -cp target/tagrank-0.1.0-all.jar scripts/PosPairs.java DATA.conllu MODEL_A MODEL_B [windows]
 */
public class PosPairs {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: PosPairs DATA.conllu MODEL_A MODEL_B [windows]");
            System.exit(1);
        }
        List<List<String>> sentences = new ArrayList<>();
        long tokens = 0;
        for (ConlluSentence s : ConlluReader.readAll(Path.of(args[0]))) {
            sentences.add(new ArrayList<>(s.forms()));
            tokens += s.size();
        }
        PosTagger[] taggers = {PosTagger.load(args[1]), PosTagger.load(args[2])};
        int windows = args.length > 3 ? Integer.parseInt(args[3]) : 6;
        for (int w = 0; w < 2; w++) {
            for (PosTagger t : taggers) {
                window(t, sentences, tokens, 2);
            }
        }
        StringBuilder[] out = {new StringBuilder("A"), new StringBuilder("B")};
        for (int r = 0; r < windows; r++) {
            for (int k = 0; k < 2; k++) {
                out[k].append(String.format(Locale.ROOT, " %.2f", window(taggers[k], sentences, tokens, 3)));
            }
        }
        System.out.println(out[0] + " M tokens/s\n" + out[1] + " M tokens/s");
    }

    static double window(PosTagger t, List<List<String>> sentences, long tokens, int seconds) {
        long t0 = System.nanoTime();
        long done = 0;
        while (System.nanoTime() - t0 < seconds * 1_000_000_000L) {
            for (List<String> s : sentences) {
                t.tag(s);
            }
            done += tokens;
        }
        return done / ((System.nanoTime() - t0) / 1e9) / 1e6;
    }
}
