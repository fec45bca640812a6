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
 * Steady-state single-thread tagging speed in this (fresh) JVM: 3 s (-Dwarmup=S) of warm-up passes over the
 * sentences of a CoNLL-U file, then passes for 5 s; prints tokens/s through tag() (tags and UPOS),
 * or through tagIds() with a third argument "ids". With -Dclock=cpu the seconds are the main thread's
 * CPU time instead of wall time: on a shared machine, time spent waiting for a core is left out (time
 * lost to a busy core's caches is not). Run by scripts/bench-pos-steady.
 */
public class PosSteady {
    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (ModelFormatException | CorpusFormatException e) { // their messages name the model or file:line
            System.err.println("bench-pos-steady: " + e.getMessage());
            System.exit(e instanceof ModelFormatException ? 3 : 2);
        }
    }

    private static void run(String[] args) throws Exception {
        List<List<String>> sentences = new ArrayList<>();
        for (ConlluSentence s : ConlluReader.readAll(Path.of(args[0]))) {
            sentences.add(new ArrayList<>(s.forms()));
        }
        long tokens = sentences.stream().mapToLong(List::size).sum();
        PosTagger tagger = PosTagger.load(args[1]);
        boolean ids = args.length > 2 && args[2].equals("ids");
        long sink = 0;
        long w0 = now();
        long warmup = (long) (Double.parseDouble(System.getProperty("warmup", "3")) * 1e9);
        while (now() - w0 < warmup) {
            sink += pass(tagger, sentences, ids);
        }
        long t0 = now();
        long done = 0;
        while (now() - t0 < 5_000_000_000L) {
            sink += pass(tagger, sentences, ids);
            done += tokens;
        }
        System.out.printf(Locale.ROOT, "%s\t%s\t%.0f tokens/s%s%s%n", Path.of(args[1]).getFileName(), ids ? "tagIds" : "tag",
                done / ((now() - t0) / 1e9), CPU ? " (thread CPU time)" : "", sink == 42 ? " " : "");
    }

    private static final boolean CPU = "cpu".equals(System.getProperty("clock"));
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long now() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static long pass(PosTagger tagger, List<List<String>> sentences, boolean ids) {
        long n = 0;
        for (List<String> s : sentences) {
            n += ids ? tagger.tagIds(s).length : tagger.tag(s).size();
        }
        return n;
    }
}
