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
    private static String percent(double rate) {
        return Double.isNaN(rate) ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * rate);
    }

    /** A human-readable report. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "accuracy %s (%d/%d), macro-F1 %s%n", percent(accuracy()), correct, total,
                percent(macroF1())));
        List<LabelScores> rows = perLabel();
        int width = 16; // as wide as the longest label (20NG's reach 24 characters), so the columns line up
        for (LabelScores s : rows) {
            width = Math.max(width, s.label().length());
        }
        String header = "%-" + width + "s %8s %9s %9s %9s%n";
        String row = "%-" + width + "s %8d %8.2f%% %8.2f%% %8.2f%%%n";
        sb.append(String.format(Locale.ROOT, header, "label", "support", "precision", "recall", "F1"));
        for (LabelScores s : rows) {
            sb.append(String.format(Locale.ROOT, row, s.label(), s.support(), 100 * s.precision(), 100 * s.recall(),
                    100 * s.f1()));
        }
        sb.append("most frequent confusions (gold -> predicted):\n");
        List<Confusion> confusions = topConfusions(10);
        int gw = 8;
        int pw = 8;
        for (Confusion c : confusions) {
            gw = Math.max(gw, c.gold().length());
            pw = Math.max(pw, c.predicted().length());
        }
        for (Confusion c : confusions) {
            sb.append(String.format(Locale.ROOT, "  %-" + gw + "s -> %-" + pw + "s %6d%n", c.gold(), c.predicted(), c.count()));
        }
        return sb.toString();
    }
}
