package org.tagrank.task.classify;

import org.junit.jupiter.api.Assumptions;
import org.tagrank.io.Corpora;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.TrainingListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The 20 Newsgroups corpus for *IT tests, and one model trained on it, shared within a JVM. */
public final class TwentyNewsgroups {
    private static TextClassifier model;

    private TwentyNewsgroups() {
    }

    public static Path train() {
        return require("20newsgroups/train.tsv");
    }

    public static Path test() {
        return require("20newsgroups/test.tsv");
    }

    private static Path require(String relative) {
        Path p = Corpora.file(relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), "20 Newsgroups corpus not found at " + p
                + " (set TAGRANK_CORPORA); skipping");
        return p;
    }

    /** The recommended recipe (see docs/bench-classify.md), trained once per JVM. */
    public static synchronized TextClassifier model() throws IOException {
        if (model == null) {
            List<Document> docs = NewsgroupsReader.read(train());
            model = TextClassifier.train(docs, null, recommendedFeatures(), recommendedTrainer(), TrainingListener.SILENT);
        }
        return model;
    }

    /** The shipped model's features (scripts/train-models classify): uni+bigrams and subject words, cutoff 2. */
    public static NgramConfig recommendedFeatures() {
        return new NgramConfig(List.of(Template.UNIGRAM, Template.BIGRAM, Template.SUBJECT), Weighting.LOG_TFIDF, true, 2);
    }

    public static TrainerConfig recommendedTrainer() {
        return TrainerConfig.builder(TrainerConfig.Learner.SVM).optimizer(TrainerConfig.OptimizerKind.SGD)
                .l2(1e-4).learningRate(1).epochs(12).patience(0).seed(1).build();
    }
}
