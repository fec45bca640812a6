package org.tagrank.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The text form of a {@code train --folds K} result: one line per fold, then the pooled accuracy and the folds' spread. */
final class CrossValidationReport {
    private CrossValidationReport() {
    }

    static String text(Map<String, Object> result) {
        StringBuilder sb = new StringBuilder();
        List<?> folds = (List<?>) result.get("folds");
        for (Object o : folds) {
            Map<?, ?> f = (Map<?, ?>) o;
            sb.append(String.format(Locale.ROOT, "fold %s  n %s  accuracy %.2f%%", f.get("fold"), f.get("n"),
                    100 * (double) f.get("accuracy")));
            if (f.get("unknown_accuracy") instanceof Double u && !u.isNaN()) { // a fold without unknown words has none
                sb.append(String.format(Locale.ROOT, "  unknown-word accuracy %.2f%%", 100 * u));
            }
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "accuracy %.2f%% over all %s tokens (per-fold standard deviation %.2f points, %d folds)",
                100 * (double) result.get("accuracy"), result.get("n"), 100 * (double) result.get("accuracy_std"), folds.size()));
        if (result.get("unknown_accuracy") instanceof Double u && !u.isNaN()) {
            sb.append(String.format(Locale.ROOT, ", unknown words %.2f%%", 100 * u));
        }
        return sb.append('\n').toString();
    }
}
