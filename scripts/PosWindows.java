import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.task.pos.PosTagger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How steady one JVM's tagging speed is: after 3 s of warm-up, the tokens per second of each of N consecutive
 * 5-s windows of passes over a CoNLL-U file, one thread. With --probe MB instead, the same windows for a loop of
 * dependent loads over an int array of that many MB (no TagRank code): what the host's memory does by itself.
 *
 * java -cp target/tagrank-0.1.0-all.jar scripts/PosWindows.java [windows] DATA.conllu MODEL
 * java -cp target/tagrank-0.1.0-all.jar scripts/PosWindows.java [windows] --probe MB
 */
public class PosWindows {
    public static void main(String[] args) throws Exception {
        int a = 0;
        int windows = args.length > 2 && args[0].matches("\\d+") ? Integer.parseInt(args[a++]) : 6;
        if (args.length - a != 2) {
            System.err.println("usage: PosWindows [windows] DATA.conllu MODEL | [windows] --probe MB");
            System.exit(1);
        }
        StringBuilder out = new StringBuilder();
        if (args[a].equals("--probe")) {
            int n = Integer.parseInt(args[a + 1]) * 1024 * 1024 / 4;
            int[] next = new int[n];
            for (int i = 0; i < n; i++) {
                next[i] = (int) ((i * 2654435761L + 12345) % n);
            }
            int[] x = {0};
            Runnable pass = () -> {
                int y = x[0];
                for (int k = 0; k < 1_000_000; k++) {
                    y = next[(y + k) % n];
                }
                x[0] = y;
            };
            run(pass, 1_000_000, windows, out, "M loads/s");
            out.append(" (").append(x[0] & 1).append(")");
        } else {
            List<List<String>> sentences = new ArrayList<>();
            long tokens = 0;
            for (ConlluSentence s : ConlluReader.readAll(Path.of(args[a]))) {
                sentences.add(new ArrayList<>(s.forms()));
                tokens += s.size();
            }
            PosTagger tagger = PosTagger.load(args[a + 1]);
            run(() -> {
                for (List<String> s : sentences) {
                    tagger.tag(s);
                }
            }, tokens, windows, out, "M tokens/s");
        }
        System.out.println(out);
    }

    /** Windows of 5 s after 3 s of warm-up; each figure is units per second of that window. */
    static void run(Runnable pass, long unitsPerPass, int windows, StringBuilder out, String unit) {
        long w0 = System.nanoTime();
        while (System.nanoTime() - w0 < 3_000_000_000L) {
            pass.run();
        }
        for (int w = 0; w < windows; w++) {
            long t0 = System.nanoTime();
            long done = 0;
            while (System.nanoTime() - t0 < 5_000_000_000L) {
                pass.run();
                done += unitsPerPass;
            }
            out.append(String.format(Locale.ROOT, "%s%.2f", w == 0 ? "" : " ", done / ((System.nanoTime() - t0) / 1e9) / 1e6));
        }
        out.append(' ').append(unit);
    }
}
