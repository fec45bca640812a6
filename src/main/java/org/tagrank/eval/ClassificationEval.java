package org.tagrank.eval;

import org.tagrank.core.LabelSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Accumulates (gold, predicted) label pairs: accuracy, per-label precision/recall/F1, macro-F1
 * and confusion counts. Not thread-safe; merge per-thread instances with {@link #addAll}.
 */
public final class ClassificationEval {
    private final LabelSet labels;
    private final long[][] confusion;
    private long total;
    private long correct;

    public ClassificationEval(LabelSet labels) {
        this.labels = java.util.Objects.requireNonNull(labels, "labels");
        this.confusion = new long[labels.size()][labels.size()];
    }

    public void add(int gold, int predicted) {
        add(gold, predicted, 1);
    }

    /** Adds {@code count} (&gt;= 0) occurrences of the pair at once. */
    public void add(int gold, int predicted, long count) {
        if (gold < 0 || gold >= confusion.length || predicted < 0 || predicted >= confusion.length) {
            throw new IllegalArgumentException("label ids must be in [0, " + confusion.length + "): gold " + gold
                    + ", predicted " + predicted);
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        confusion[gold][predicted] += count;
        total += count;
        if (gold == predicted) {
            correct += count;
        }
    }

    /** Adds another evaluation's counts; it must be over the same labels, in the same order (ids index both). */
    public void addAll(ClassificationEval other) {
        if (!other.labels.equals(labels)) {
            throw new IllegalArgumentException("cannot merge evaluations over different label sets: " + labels
                    + " and " + other.labels);
        }
        for (int g = 0; g < confusion.length; g++) {
            for (int p = 0; p < confusion.length; p++) {
                confusion[g][p] += other.confusion[g][p];
            }
        }
        total += other.total;
        correct += other.correct;
    }

    public long total() {
        return total;
    }

    public long correct() {
        return correct;
    }

    public double accuracy() {
        return total == 0 ? Double.NaN : correct / (double) total;
    }

    public long confusion(int gold, int predicted) {
        return confusion[gold][predicted];
    }

    /** Per-label scores; a label never predicted has precision 0 (and F1 0). */
    public record LabelScores(String label, long support, double precision, double recall, double f1) {
    }

    public List<LabelScores> perLabel() {
        List<LabelScores> out = new ArrayList<>();
        for (int y = 0; y < confusion.length; y++) {
            long tp = confusion[y][y];
            long goldCount = 0;
            long predCount = 0;
            for (int o = 0; o < confusion.length; o++) {
                goldCount += confusion[y][o];
                predCount += confusion[o][y];
            }
            if (goldCount == 0 && predCount == 0) {
                continue;
            }
            double p = predCount == 0 ? 0 : tp / (double) predCount;
            double r = goldCount == 0 ? 0 : tp / (double) goldCount;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            out.add(new LabelScores(labels.label(y), goldCount, p, r, f));
        }
        return out;
    }

    /**
     * Mean F1 over the labels {@link #perLabel} lists, those in the gold or the predictions (a label predicted but
     * never gold scores 0), as scikit-learn's macro average: the mean of the per-label F1 the reports show.
     */
    public double macroF1() {
        List<LabelScores> all = perLabel();
        double sum = 0;
        for (LabelScores s : all) {
            sum += s.f1();
        }
        return all.isEmpty() ? Double.NaN : sum / all.size();
    }

    public record Confusion(String gold, String predicted, long count) {
    }

    /** The most frequent off-diagonal (gold, predicted) pairs. */
    public List<Confusion> topConfusions(int n) {
        List<Confusion> all = new ArrayList<>();
        for (int g = 0; g < confusion.length; g++) {
            for (int p = 0; p < confusion.length; p++) {
                if (g != p && confusion[g][p] > 0) {
                    all.add(new Confusion(labels.label(g), labels.label(p), confusion[g][p]));
                }
            }
        }
        all.sort(Comparator.comparingLong(Confusion::count).reversed().thenComparing(Confusion::gold)
                .thenComparing(Confusion::predicted));
        return all.subList(0, Math.min(n, all.size()));
    }

    /** Results as a JSON-ready map (accuracy, macro_f1, per_label, confusions). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", total);
        m.put("accuracy", accuracy());
        m.put("macro_f1", macroF1());
        List<Object> per = new ArrayList<>();
        for (LabelScores s : perLabel()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("label", s.label());
            e.put("support", s.support());
            e.put("precision", s.precision());
            e.put("recall", s.recall());
            e.put("f1", s.f1());
            per.add(e);
        }
        m.put("per_label", per);
        List<Object> conf = new ArrayList<>();
        for (Confusion c : topConfusions(20)) {
            Map<String, Object> e = new LinkedHashMap<>(); // not Map.of: its order changes from JVM to JVM
            e.put("gold", c.gold());
            e.put("predicted", c.predicted());
            e.put("count", c.count());
            conf.add(e);
        }
        m.put("top_confusions", conf);
        return m;
    }

    /** "95.12%", or "n/a" for a rate over nothing (no pairs added), not "NaN%". */
    /** A human-readable report. */
    public String report() {
        Map<String, Object> m = toMap();
        return String.format(Locale.ROOT, "accuracy %s (%d/%d), macro-F1 %s%n", percent(accuracy()), correct, total,
                percent(macroF1())) + tables((List<?>) m.get("per_label"), (List<?>) m.get("top_confusions"), "label", 16, 8);
    }

    /**
     * The per-label table and the ten most frequent confusions of a result in {@link #toMap}'s form ({@code per_label},
     * {@code top_confusions}), as every task's text report shows them: columns as wide as the longest name, at least
     * {@code minWidth} (labels) and {@code minConfusionWidth} (confusions); a rate that is not a finite number is n/a.
     */
    public static String tables(List<?> perLabel, List<?> confusions, String firstColumn, int minWidth,
                                int minConfusionWidth) {
        StringBuilder sb = new StringBuilder();
        int width = minWidth;
        for (Object o : perLabel) {
            width = Math.max(width, String.valueOf(((Map<?, ?>) o).get("label")).length());
        }
        String row = "%-" + width + "s %8s %9s %9s %9s%n";
        sb.append(String.format(Locale.ROOT, row, firstColumn, "support", "precision", "recall", "F1"));
        for (Object o : perLabel) {
            Map<?, ?> r = (Map<?, ?>) o;
            sb.append(String.format(Locale.ROOT, row, r.get("label"), r.get("support"), percent(r.get("precision")),
                    percent(r.get("recall")), percent(r.get("f1"))));
        }
        sb.append("most frequent confusions (gold -> predicted):\n");
        List<?> top = confusions.subList(0, Math.min(10, confusions.size()));
        int gw = minConfusionWidth;
        int pw = minConfusionWidth;
        for (Object o : top) {
            gw = Math.max(gw, String.valueOf(((Map<?, ?>) o).get("gold")).length());
            pw = Math.max(pw, String.valueOf(((Map<?, ?>) o).get("predicted")).length());
        }
        for (Object o : top) {
            Map<?, ?> c = (Map<?, ?>) o;
            sb.append(String.format(Locale.ROOT, "  %-" + gw + "s -> %-" + pw + "s %6s%n", c.get("gold"), c.get("predicted"),
                    c.get("count")));
        }
        return sb.toString();
    }

    private static String percent(Object rate) {
        return rate instanceof Number n && Double.isFinite(n.doubleValue())
                ? String.format(Locale.ROOT, "%.2f%%", 100 * n.doubleValue()) : "n/a";
    }
}
