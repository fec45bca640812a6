import org.tagrank.feature.WordVectors;
import org.tagrank.task.rank.link.EntityLinker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Load times behind docs/bench-link.md: a link model loaded three times in one JVM ({@code EntityLinker.load}), or with
 * {@code --vectors FILE} a vector table (e.g. a model's {@code link-vectors.tsv}, unzipped) read and parsed five times.
 *
 * java -Xmx3g -cp target/tagrank-0.1.0-all.jar scripts/LinkLoad.java MODEL | --vectors FILE
 */
public class LinkLoad {
    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                EntityLinker.load(args[0]);
                System.out.printf(Locale.ROOT, "%s load %.2f s%n", args[0], (System.nanoTime() - t) / 1e9);
            }
        } else if (args.length == 2 && args[0].equals("--vectors")) {
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                String s = Files.readString(Path.of(args[1]));
                long t1 = System.nanoTime();
                WordVectors v = WordVectors.parse(s, args[1]);
                System.out.printf(Locale.ROOT, "read %.3f s parse %.3f s (%d rows)%n", (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9, v.size());
            }
        } else {
            System.err.println("usage: LinkLoad MODEL | --vectors FILE");
            System.exit(2);
        }
    }
}
