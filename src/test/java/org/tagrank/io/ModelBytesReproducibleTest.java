package org.tagrank.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.SparseVector;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;
import org.tagrank.learn.TrainingListener;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Same data + same seed = the same model file to the byte, for every learner and optimiser, on label and candidate
 * data, with dev data, with 1 or 3 threads, and in another JVM; a written model loads and scores bit-identically.
 */
class ModelBytesReproducibleTest {
    static final List<String> SPECS = List.of("perceptron", "lr-sgd", "lr-adagrad", "lr-lbfgs", "svm-sgd", "svm-adagrad",
            "ova-sgd", "ova-adagrad", "ova-lbfgs", "ava-sgd", "ava-adagrad", "ava-lbfgs");

    static TrainerConfig config(String spec, int threads, long seed) {
        String[] a = spec.split("-");
        TrainerConfig.Builder b = TrainerConfig.builder(TrainerConfig.Learner.parse(a[0])).epochs(6).threads(threads)
                .seed(seed).patience(0);
        if (a.length > 1) {
            b.optimizer(TrainerConfig.OptimizerKind.parse(a[1]));
        }
        return b.build();
    }

    /** Four noisy classes over real-valued and binary features. */
    static Dataset labels(long seed) {
        Random r = new Random(seed);
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            int y = r.nextInt(4);
            xs.add(new LabelInstance(SparseVector.of(new int[]{y, 4, 5, 6 + r.nextInt(3)},
                    new double[]{1, r.nextGaussian(), 1, 0.5 + r.nextDouble()}), y));
        }
        return new Dataset(xs, LabelSet.of("a", "b", "c", "d"),
                FeatureIndex.of(List.of("y0", "y1", "y2", "y3", "noise", "bias", "r0", "r1", "r2")));
    }

    /** Ranking examples with 2 to 5 candidates whose first feature leans towards the gold. */
    static Dataset candidates(long seed) {
        Random r = new Random(seed);
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = 2 + r.nextInt(4);
            int gold = r.nextInt(n);
            List<SparseVector> cs = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                cs.add(SparseVector.of(new int[]{0, 1, 2 + k % 2},
                        new double[]{r.nextGaussian() + (k == gold ? 1 : 0), r.nextGaussian(), 1}));
            }
            xs.add(new CandidateInstance(cs, gold));
        }
        return new Dataset(xs, LabelSet.of(List.of()), FeatureIndex.of(List.of("lean", "noise", "even", "odd")));
    }

    static byte[] bytes(LinearModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelIO.write(new ModelBundle("toy", m), out);
        return out.toByteArray();
    }

    /** Every spec's model files, by name, trained in this JVM. */
    static Map<String, byte[]> models(int threads) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        Dataset train = labels(1);
        Dataset dev = labels(2);
        Dataset ctrain = candidates(3);
        Dataset cdev = candidates(4);
        for (String spec : SPECS) {
            out.put(spec + "-labels", bytes(Trainers.create(config(spec, threads, 7)).train(train, dev, TrainingListener.SILENT)));
            if (!spec.startsWith("ava")) {
                out.put(spec + "-candidates", bytes(Trainers.create(config(spec, threads, 7))
                        .train(ctrain, cdev, TrainingListener.SILENT)));
            }
        }
        // an SVM with a cost function given as a lambda: its provenance once held the lambda's identity hash
        TrainerConfig lambdaCost = TrainerConfig.builder(TrainerConfig.Learner.SVM).epochs(6).seed(7).patience(0)
                .cost((x, gold, predicted) -> gold == predicted ? 0 : 1 + Math.abs(gold - predicted)).build();
        out.put("svm-lambda-cost-labels", bytes(Trainers.create(lambdaCost).train(train, dev, TrainingListener.SILENT)));
        return out;
    }

    @Test
    void sameDataAndSeedGiveTheSameBytesWithAnyNumberOfThreads() throws IOException {
        Map<String, byte[]> a = models(1);
        Map<String, byte[]> b = models(1);
        Map<String, byte[]> c = models(3);
        assertEquals(22, a.size()); // 12 on label data, all but the 3 all-vs-all on candidates, one lambda cost
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name);
            assertArrayEquals(a.get(name), c.get(name), name + " with 3 threads");
        }
    }

    @Test
    void anotherSeedGivesAnotherModelForTheShufflingLearners() throws IOException {
        Dataset train = labels(1);
        for (String spec : List.of("perceptron", "lr-sgd", "svm-adagrad")) {
            LinearModel a = Trainers.create(config(spec, 1, 7)).train(train, null, TrainingListener.SILENT);
            LinearModel b = Trainers.create(config(spec, 1, 8)).train(train, null, TrainingListener.SILENT);
            assertNotEquals(java.util.Arrays.toString(a.weights()), java.util.Arrays.toString(b.weights()), spec);
        }
    }

    @Test
    void aWrittenModelLoadsAndScoresBitIdentically() throws IOException {
        Dataset dev = labels(2);
        Dataset cdev = candidates(4);
        for (Map.Entry<String, byte[]> e : models(1).entrySet()) {
            LinearModel m = ModelIO.read(new ByteArrayInputStream(e.getValue()), "toy", e.getKey()).model();
            LinearModel again = ModelIO.read(new ByteArrayInputStream(bytes(m)), "toy", e.getKey()).model();
            assertArrayEquals(e.getValue(), bytes(again), e.getKey() + ": written again, the same bytes");
            LinearModel trained = trainedAgain(e.getKey());
            for (Instance x : (e.getKey().endsWith("-labels") ? dev : cdev).instances()) {
                assertArrayEquals(trained.scores(x), m.scores(x), 0.0, e.getKey());
                assertEquals(trained.topK(x, 3), m.topK(x, 3), e.getKey());
                assertEquals(trained.argmax(x), m.argmax(x), e.getKey());
            }
        }
    }

    private static LinearModel trainedAgain(String name) {
        if (name.startsWith("svm-lambda-cost")) {
            return Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.SVM).epochs(6).seed(7).patience(0)
                    .cost((x, gold, predicted) -> gold == predicted ? 0 : 1 + Math.abs(gold - predicted)).build())
                    .train(labels(1), labels(2), TrainingListener.SILENT);
        }
        boolean labels = name.endsWith("-labels");
        String spec = name.substring(0, name.lastIndexOf('-'));
        return Trainers.create(config(spec, 1, 7)).train(labels ? labels(1) : candidates(3),
                labels ? labels(2) : candidates(4), TrainingListener.SILENT);
    }

    @Test
    void anotherJvmWritesTheSameBytes(@TempDir Path dir) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish");
        assertEquals(0, p.exitValue(), output);
        Map<String, byte[]> here = models(1);
        for (Map.Entry<String, byte[]> e : here.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(dir.resolve(e.getKey() + ".lin.zip")), e.getKey());
        }
    }

    /** The child JVM: writes every model into the directory given. */
    public static final class Writer {
        public static void main(String[] args) throws IOException {
            for (Map.Entry<String, byte[]> e : models(1).entrySet()) {
                Files.write(Path.of(args[0], e.getKey() + ".lin.zip"), e.getValue());
            }
        }
    }
}
