import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.ModelFormatException;
import org.tagrank.task.pos.PosTagger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Single-thread in-memory tagging speed of POS models (no I/O): each model tags the sentences
 * of a CoNLL-U file for a few rounds; the best round is reported. Run by scripts/bench-pos-speed.
 */
public class PosSpeed {
    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (ModelFormatException | CorpusFormatException e) { // their messages name the model or file:line
            System.err.println("bench-pos-speed: " + e.getMessage());
            System.exit(e instanceof ModelFormatException ? 3 : 2);
        }
    }

    private static void run(String[] args) throws Exception {
        List<List<String>> sentences = new ArrayList<>();
        for (ConlluSentence s : ConlluReader.readAll(Path.of(args[0]))) {
            sentences.add(s.forms());
        }
        long tokens = sentences.stream().mapToLong(List::size).sum();
        int rounds = Integer.parseInt(System.getProperty("rounds", "10"));
        for (int m = 1; m < args.length; m++) {
            long start = System.nanoTime();
            PosTagger tagger = PosTagger.load(args[m]);
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            double best = 0;
            long sink = 0;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                for (List<String> s : sentences) {
                    sink += tagger.tagIds(s)[0];
                }
                best = Math.max(best, tokens / ((System.nanoTime() - t0) / 1e9));
            }
            System.out.printf(Locale.ROOT, "%s\tload %.2fs\tgreedy %,.0f tokens/s (best of %d rounds over %,d tokens)%s%n",
                    Path.of(args[m]).getFileName(), loadSeconds, best, rounds, tokens, sink == 42 ? " " : "");
        }
    }
}
