package org.tagrank.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
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

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Engine micro-benchmarks on synthetic data shaped like POS tagging (50 labels, 25 active
 * binary features out of 200k): scoring one example, and one training epoch of each learner
 * over 20k examples.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoringBenchmark {
    static final int LABELS = 50;
    static final int FEATURES = 200_000;

    LinearModel model;
    LabelInstance example;
    double[] scores;
    Dataset data;

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(1);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < FEATURES; i++) {
            names.add("f" + i);
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < LABELS; i++) {
            labels.add("L" + i);
        }
        float[] w = new float[FEATURES * LABELS];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) r.nextGaussian();
        }
        FeatureIndex index = FeatureIndex.of(names);
        LabelSet labelSet = LabelSet.of(labels);
        model = LinearModel.forLabels(labelSet, index, LinearModel.Decoding.ARGMAX, w, org.tagrank.core.Provenance.empty());
        example = randomInstance(r, 0);
        scores = new double[LABELS];
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            xs.add(randomInstance(r, r.nextInt(LABELS)));
        }
        data = new Dataset(xs, labelSet, index);
    }

    private static LabelInstance randomInstance(SplittableRandom r, int gold) {
        int[] ids = new int[25];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = k < 5 ? gold * 1000 + k : r.nextInt(FEATURES);
        }
        return new LabelInstance(SparseVector.binary(ids), gold);
    }

    @Benchmark
    public double[] scoreOneExample() {
        model.scores(example, scores);
        return scores;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public LinearModel perceptronEpoch() {
        return Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(1).patience(0).build())
                .train(data, null, TrainingListener.SILENT);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public LinearModel logisticAdaGradEpoch() {
        return Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(1).patience(0).build())
                .train(data, null, TrainingListener.SILENT);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public LinearModel svmAdaGradEpoch() {
        return Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.SVM).epochs(1).patience(0).build())
                .train(data, null, TrainingListener.SILENT);
    }
}
