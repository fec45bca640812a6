package org.tagrank.integration.opennlp;

import org.tagrank.core.Checks;
import opennlp.tools.doccat.DocumentCategorizer;
import org.tagrank.task.classify.TextClassifier;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * OpenNLP's {@link DocumentCategorizer} over a TagRank {@link TextClassifier}, so code written for
 * {@code DocumentCategorizerME} (and OpenNLP's evaluators) can use TagRank models. Thread-safe:
 * it keeps no per-call state.
 *
 * <p>OpenNLP passes a document as tokens; they are joined with single spaces and tokenised
 * again by TagRank's own tokeniser, so the result equals classifying the original text when
 * that text was split on single spaces.
 */
public final class TagRankDocumentCategorizer implements DocumentCategorizer {
    private final TextClassifier classifier;

    public TagRankDocumentCategorizer(TextClassifier classifier) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    /** Loads a TagRank classify model from a file path, classpath resource or URL. */
    public static TagRankDocumentCategorizer load(String location) throws IOException {
        return new TagRankDocumentCategorizer(TextClassifier.load(location));
    }

    /** Loads a TagRank classify model from a stream, as {@code new DoccatModel(in)} (not closed; {@code name} for errors). */
    public static TagRankDocumentCategorizer load(java.io.InputStream in, String name) throws IOException {
        return new TagRankDocumentCategorizer(TextClassifier.load(in, name));
    }

    public TextClassifier classifier() {
        return classifier;
    }

    /** Probabilities of every category, indexed as {@link #getCategory(int)}; extra context is ignored. */
    @Override
    public double[] categorize(String[] text, Map<String, Object> extraInformation) {
        return categorize(text);
    }

    @Override
    public double[] categorize(String[] text) {
        Checks.noNulls(text, "text", "token"); // String.join would classify the word "null"
        return classifier.probabilities(String.join(" ", text));
    }

    /** The category with the highest probability (the first on ties, as OpenNLP does). */
    @Override
    public String getBestCategory(double[] outcome) {
        checkLength(outcome);
        int best = 0;
        for (int i = 1; i < outcome.length; i++) {
            if (outcome[i] > outcome[best]) {
                best = i;
            }
        }
        return getCategory(best);
    }

    /** The index of a category, or -1 when the model does not know it. */
    @Override
    public int getIndex(String category) {
        return classifier.labels().indexOf(category);
    }

    @Override
    public String getCategory(int index) {
        return classifier.labels().label(index);
    }

    @Override
    public int getNumberOfCategories() {
        return classifier.labels().size();
    }

    /** Every category with its probability, {@code label[0.1234]} separated by two spaces (OpenNLP's layout). */
    @Override
    public String getAllResults(double[] outcome) {
        checkLength(outcome);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < outcome.length; i++) {
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(getCategory(i)).append('[').append(String.format(Locale.ROOT, "%.4f", outcome[i])).append(']');
        }
        return sb.toString();
    }

    /** Category → probability in category order; a new map the caller may change, as {@code DocumentCategorizerME}'s. */
    @Override
    public Map<String, Double> scoreMap(String[] text) {
        double[] p = categorize(text);
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            m.put(getCategory(i), p[i]);
        }
        return m;
    }

    /** Probability → categories with that probability, ascending as in OpenNLP. */
    @Override
    public SortedMap<Double, Set<String>> sortedScoreMap(String[] text) {
        double[] p = categorize(text);
        TreeMap<Double, Set<String>> m = new TreeMap<>();
        for (int i = 0; i < p.length; i++) {
            m.computeIfAbsent(p[i], k -> new TreeSet<>()).add(getCategory(i));
        }
        return m;
    }

    private void checkLength(double[] outcome) {
        if (outcome.length != getNumberOfCategories()) {
            throw new IllegalArgumentException("expected " + getNumberOfCategories() + " probabilities, got " + outcome.length);
        }
    }
}
