// Per-stage prediction speed of a TagRank classify model, in documents per CPU-second of the
// measuring thread (less disturbed than wall time on a shared machine). Three rounds; the first
// warms up the JIT.
// usage: cut -f2 test.tsv > test.txt
//        java -cp target/tagrank-<version>-all.jar scripts/bench/ClassifySpeed.java MODEL test.txt

import org.tagrank.task.classify.TextClassifier;
import org.tagrank.task.classify.Tokenizer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

public class ClassifySpeed {
    public static void main(String[] args) throws Exception {
        TextClassifier c = TextClassifier.load(args[0]);
        List<String> docs = Files.readAllLines(Path.of(args[1]));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] scores = new double[c.labels().size()];
        for (int round = 1; round <= 3; round++) {
            long sink = 0;
            long t0 = mx.getCurrentThreadCpuTime();
            for (String d : docs) {
                int[] n = {0};
                Tokenizer.spans(d, 0, d.length(), (s, e) -> n[0]++);
                sink += n[0];
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (String d : docs) {
                sink += c.vectorizer().encode(d).size();
            }
            long t2 = mx.getCurrentThreadCpuTime();
            for (String d : docs) {
                c.model().scores(c.instance(d), scores);
                sink += (long) scores[0];
            }
            long t3 = mx.getCurrentThreadCpuTime();
            for (String d : docs) {
                sink += c.classify(d).length();
            }
            long t4 = mx.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "round %d  docs/cpu-s: tokenize %.0f  encode %.0f  encode+score %.0f  classify %.0f  (%d)%n",
                    round, rate(docs, t1 - t0), rate(docs, t2 - t1), rate(docs, t3 - t2), rate(docs, t4 - t3), sink);
        }
    }

    static double rate(List<String> docs, long nanos) {
        return docs.size() / (nanos / 1e9);
    }
}
