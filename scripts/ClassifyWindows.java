import org.tagrank.task.classify.TextClassifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prediction speed of a text classifier in one JVM, one thread: after 3 s of warm-up, documents per second of
 * {@code TextClassifier.best} in five 3-s windows of passes over the texts of a {@code label<TAB>text} file.
 *
 * java -cp target/tagrank-0.1.0-all.jar scripts/ClassifyWindows.java DATA.tsv MODEL
 */
public class ClassifyWindows {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ClassifyWindows DATA.tsv MODEL");
            System.exit(1);
        }
        List<String> texts = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(args[0]))) {
            texts.add(l.substring(l.indexOf('\t') + 1));
        }
        TextClassifier c = TextClassifier.load(args[1]);
        long sink = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 3_000_000_000L) {
            for (String t : texts) {
                sink += c.best(t);
            }
        }
        StringBuilder out = new StringBuilder("docs/s");
        for (int w = 0; w < 5; w++) {
            long s = System.nanoTime();
            long n = 0;
            while (System.nanoTime() - s < 3_000_000_000L) {
                for (String t : texts) {
                    sink += c.best(t);
                }
                n += texts.size();
            }
            out.append(String.format(Locale.ROOT, " %.0f", n / ((System.nanoTime() - s) / 1e9)));
        }
        System.out.println(out + " (" + (sink & 1) + ")"); // the sink keeps the calls from being optimised away
    }
}
