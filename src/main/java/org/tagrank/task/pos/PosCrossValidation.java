package org.tagrank.task.pos;

import org.tagrank.io.ConlluSentence;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.ModelFormatException;
import org.tagrank.learn.TrainingListener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * K-fold cross-validation of POS training settings: sentence i is in fold i mod K (OpenNLP's partitioning), and
 * each fold is tagged by a model trained on the other folds (early stopping on a separate dev set when given).
 * Accuracies are pooled over all tokens, as OpenNLP's cross-validator reports them, with the standard deviation
 * of the per-fold accuracies.
 */
public final class PosCrossValidation {
    /** One fold's scores; unknown words are those the fold's model did not see in training. */
    public record Fold(int fold, long tokens, double accuracy, long unknownTokens, double unknownAccuracy) {
    }

    /** The folds' scores, in fold order. */
    public record Result(List<Fold> folds) {
        public Result {
            folds = List.copyOf(folds);
        }

        public long tokens() {
            return folds.stream().mapToLong(Fold::tokens).sum();
        }

        /** Token accuracy over all folds together. */
        public double accuracy() {
            double right = 0;
            for (Fold f : folds) {
                right += f.accuracy() * f.tokens();
            }
            return right / tokens();
        }

        /** Unknown-word accuracy over all folds together (NaN when no fold had an unknown word). */
        public double unknownAccuracy() {
            long n = 0;
            double right = 0;
            for (Fold f : folds) {
                n += f.unknownTokens();
                right += f.unknownTokens() == 0 ? 0 : f.unknownAccuracy() * f.unknownTokens();
            }
            return n == 0 ? Double.NaN : right / n;
        }

        /** Sample standard deviation of the per-fold accuracies. */
        public double accuracyStd() {
            double mean = folds.stream().mapToDouble(Fold::accuracy).average().orElse(Double.NaN);
            double sum = 0;
            for (Fold f : folds) {
                sum += (f.accuracy() - mean) * (f.accuracy() - mean);
            }
            return Math.sqrt(sum / (folds.size() - 1));
        }

        /** JSON-ready: n, accuracy, accuracy_std, unknown_accuracy, folds (fold, n, accuracy, unknown_accuracy). */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", tokens());
            m.put("accuracy", accuracy());
            m.put("accuracy_std", accuracyStd());
            m.put("unknown_accuracy", unknownAccuracy());
            List<Map<String, Object>> list = new ArrayList<>();
            for (Fold f : folds) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("fold", f.fold());
                fm.put("n", f.tokens());
                fm.put("accuracy", f.accuracy());
                fm.put("unknown_accuracy", f.unknownAccuracy());
                list.add(fm);
            }
            m.put("folds", list);
            return m;
        }
    }

    private PosCrossValidation() {
    }

    /**
     * Cross-validates {@code settings} on {@code data} (named {@code source}) over {@code k} folds (2..number of
     * sentences); {@code progress} gets one line per fold.
     */
    public static Result run(List<ConlluSentence> data, List<ConlluSentence> dev, PosTrainerSettings settings, int k,
                             String source, Consumer<String> progress) throws CorpusFormatException, ModelFormatException {
        if (k < 2 || k > data.size()) {
            throw new IllegalArgumentException(source + ": " + data.size() + (data.size() == 1 ? " sentence" : " sentences") + " cannot make " + k + " folds");
        }
        List<Fold> folds = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            List<ConlluSentence> train = new ArrayList<>();
            List<ConlluSentence> test = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                (i % k == fold ? test : train).add(data.get(i));
            }
            progress.accept(String.format(Locale.ROOT, "fold %d/%d: training on %,d sentences", fold + 1, k, train.size()));
            PosTagger tagger = PosTagger.fromBundle(PosTrainer.train(train, dev, settings, TrainingListener.SILENT, Map.of(),
                    source + " without fold " + (fold + 1)));
            PosEvaluation e = PosEvaluation.run(tagger, test);
            folds.add(new Fold(fold + 1, e.tokens(), e.accuracy(), e.unknownTokens(), e.unknownAccuracy()));
            progress.accept(String.format(Locale.ROOT, "fold %d/%d: accuracy %.2f%%", fold + 1, k, 100 * e.accuracy()));
        }
        return new Result(folds);
    }
}
