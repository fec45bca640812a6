// Needs LIBLINEAR on the class path to compile (scripts/bench-classify fetches it).
// Benchmark for scripts/bench-classify: TagRank and its peers on the same train/test split, in one JVM,
// timed the same way. Run in Java source-file mode with the TagRank jar (and optionally LIBLINEAR) on
// the class path: java -cp tagrank-all.jar[:liblinear.jar] ClassifyBench.java TRAIN TEST [systems]
// Prints one tab-separated row per system: name, accuracy, train seconds (wall), train seconds (process
// CPU: all threads, GC and JIT included), predict docs/s (wall) and predict docs per CPU second of the
// predicting thread. CPU figures are less disturbed than wall time when other jobs share the machine.
// Benchmark code only: it lives outside src/main, so the OpenNLP import rule does not apply.

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseVector;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;
import org.tagrank.task.classify.Document;
import org.tagrank.task.classify.NewsgroupsReader;
import org.tagrank.task.classify.NgramConfig;
import org.tagrank.task.classify.NgramVectorizer;
import org.tagrank.task.classify.TextClassifier;
import org.tagrank.task.classify.Tokenizer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

public class ClassifyBench {
    static List<Document> train;
    static List<Document> test;

    public static void main(String[] args) throws Exception {
        train = NewsgroupsReader.read(Path.of(args[0]));
        test = NewsgroupsReader.read(Path.of(args[1]));
        String systems = args.length > 2 ? args[2] : "tagrank,opennlp,opennlp-alnum,liblinear-cs,liblinear-l2svc";
        // untimed: TagRank and LIBLINEAR share the n-gram vectorizer, so whichever ran first would pay its JIT
        // warm-up inside its training time
        NgramVectorizer warm = NgramVectorizer.fit(train.stream().map(Document::text).toList(), features());
        train.forEach(d -> warm.encode(d.text()));
        for (String s : systems.split(",")) {
            switch (s) {
                case "tagrank" -> tagrank();
                case "opennlp" -> opennlp(s, d -> d.text().split(" "));
                case "opennlp-alnum" -> opennlp(s, d -> Tokenizer.tokens(d.text()).toArray(new String[0]));
                case "liblinear-cs", "liblinear-l2svc" -> liblinear(s);
                default -> throw new IllegalArgumentException("unknown system " + s);
            }
        }
    }

    static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    static long trainCpuStart;

    static void startTraining() {
        trainCpuStart = OS.getProcessCpuTime();
    }

    static double trainingCpuSeconds() {
        return (OS.getProcessCpuTime() - trainCpuStart) / 1e9;
    }

    static void row(String name, double acc, double trainSeconds, double trainCpu, double[] r) {
        System.out.printf(Locale.ROOT, "%s\t%.4f\t%.1f\t%.1f\t%.0f\t%.0f%n", name, acc, trainSeconds, trainCpu, r[1], r[2]);
        System.out.flush();
    }

    /** Times the second of two passes over the test set (the first warms up the JIT). */
    static double[] accuracyAndSpeed(Function<Document, String> classify) {
        double[] out = new double[3];
        for (int pass = 0; pass < 2; pass++) {
            long start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            int correct = 0;
            for (Document d : test) {
                if (classify.apply(d).equals(d.label())) {
                    correct++;
                }
            }
            out[0] = correct / (double) test.size();
            out[1] = test.size() / ((System.nanoTime() - start) / 1e9);
            out[2] = test.size() / ((THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
        }
        return out;
    }

    /** The shipped model's features (scripts/train-models classify): uni+bigrams and subject words, cutoff 2. */
    static NgramConfig features() {
        return new NgramConfig(java.util.List.of(org.tagrank.task.classify.Template.UNIGRAM,
                org.tagrank.task.classify.Template.BIGRAM, org.tagrank.task.classify.Template.SUBJECT),
                org.tagrank.task.classify.Weighting.LOG_TFIDF, true, 2);
    }

    static void tagrank() {
        TrainerConfig t = TrainerConfig.builder(TrainerConfig.Learner.SVM).optimizer(TrainerConfig.OptimizerKind.SGD)
                .l2(1e-4).learningRate(1).epochs(12).patience(0).seed(1).build();
        startTraining();
        long start = System.nanoTime();
        TextClassifier c = TextClassifier.train(train, null, features(), t, TrainingListener.SILENT);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = trainingCpuSeconds();
        double[] r = accuracyAndSpeed(d -> c.classify(d.text()));
        row("tagrank", r[0], seconds, cpuSeconds, r);
    }

    static void opennlp(String name, Function<Document, String[]> tokens) throws Exception {
        List<DocumentSample> samples = new ArrayList<>();
        for (Document d : train) {
            samples.add(new DocumentSample(d.label(), tokens.apply(d)));
        }
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.THREADS_PARAM, 1);
        startTraining();
        long start = System.nanoTime();
        java.io.PrintStream out = System.out;
        System.setOut(System.err); // OpenNLP's trainer prints its progress on stdout
        DoccatModel model;
        try {
            model = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), p, new DoccatFactory());
        } finally {
            System.setOut(out);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = trainingCpuSeconds();
        DocumentCategorizerME me = new DocumentCategorizerME(model);
        double[] r = accuracyAndSpeed(d -> me.getBestCategory(me.categorize(tokens.apply(d))));
        row(name, r[0], seconds, cpuSeconds, r);
    }

    /** LIBLINEAR on TagRank's own feature vectors (same features: only the learner differs). */
    static void liblinear(String name) throws Exception {
        Class.forName("de.bwaldvogel.liblinear.Linear");
        TreeSet<String> names = new TreeSet<>();
        train.forEach(d -> names.add(d.label()));
        LabelSet labels = LabelSet.of(names);
        startTraining();
        long start = System.nanoTime();
        NgramVectorizer v = NgramVectorizer.fit(train.stream().map(Document::text).toList(), features());
        de.bwaldvogel.liblinear.Problem prob = new de.bwaldvogel.liblinear.Problem();
        prob.l = train.size();
        prob.n = v.index().size();
        prob.bias = -1;
        prob.x = new de.bwaldvogel.liblinear.Feature[prob.l][];
        prob.y = new double[prob.l];
        for (int i = 0; i < prob.l; i++) {
            prob.x[i] = nodes(v.encode(train.get(i).text()));
            prob.y[i] = labels.indexOf(train.get(i).label());
        }
        de.bwaldvogel.liblinear.SolverType solver = name.equals("liblinear-cs")
                ? de.bwaldvogel.liblinear.SolverType.MCSVM_CS : de.bwaldvogel.liblinear.SolverType.L2R_L2LOSS_SVC_DUAL;
        de.bwaldvogel.liblinear.Linear.disableDebugOutput();
        de.bwaldvogel.liblinear.Model m = de.bwaldvogel.liblinear.Linear.train(prob,
                new de.bwaldvogel.liblinear.Parameter(solver, 1.0, 0.1));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = trainingCpuSeconds();
        double[] r = accuracyAndSpeed(d -> labels.label((int) de.bwaldvogel.liblinear.Linear.predict(m, nodes(v.encode(d.text())))));
        row(name, r[0], seconds, cpuSeconds, r);
    }

    static de.bwaldvogel.liblinear.Feature[] nodes(SparseVector x) {
        de.bwaldvogel.liblinear.Feature[] f = new de.bwaldvogel.liblinear.Feature[x.size()];
        for (int i = 0; i < x.size(); i++) {
            f[i] = new de.bwaldvogel.liblinear.FeatureNode(x.id(i) + 1, x.value(i));
        }
        return f;
    }
}
