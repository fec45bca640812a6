package org.tagrank.task.pos;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tokenized unlabeled sentences for semi-supervised word statistics ({@link AutoLexicon}): the
 * trainer tags them with first-pass models trained without the statistics. The first-pass
 * models are jackknifed: the training sentences of fold k get statistics from a model that did
 * not see fold k, so that the final model learns how far to trust them on words it has not
 * seen, as at tagging time; the model stores statistics from a first pass on all the data.
 *
 * @param sentences tokenized sentences
 * @param sources   where they came from (file names, sha256), recorded in the model
 * @param minCount  a word needs this many occurrences to get statistics
 * @param folds     jackknife folds (1 = no jackknifing: one first-pass model on all the data)
 * @param markKnown whether auto-tag values say if the first-pass model knew the word ("k:NN" / "u:NN")
 */
public record UnlabeledText(List<List<String>> sentences, Map<String, String> sources, int minCount, int folds,
                            boolean markKnown) {
    public UnlabeledText {
        Objects.requireNonNull(sentences, "sentences");
        sources = Map.copyOf(sources);
        if (minCount < 1) {
            throw new IllegalArgumentException("unlabeled minCount must be >= 1, got " + minCount);
        }
        if (folds < 1 || folds > 10) {
            throw new IllegalArgumentException("jackknife folds must be in 1..10, got " + folds);
        }
    }
}
