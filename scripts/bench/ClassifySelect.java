// Model selection for the 20 Newsgroups classifier by stratified k-fold cross-validation on the
// TRAINING file only (the test file is never read). Every candidate (feature configuration ×
// learner settings) is trained on k-1 folds and scored on the held-out fold, exactly as
// `train --task classify` would train it (same shuffle with the trainer's seed, same vectorizer
// fit on the training part only). Prints a markdown table, best mean accuracy first, and the pick.
// usage: java -cp target/tagrank-<version>-all.jar scripts/bench/ClassifySelect.java TRAIN [SPLIT [SEED [CANDIDATES]]]
//   SPLIT: comma-separated list (default "5,last20") of K (stratified K-fold CV, each label's
//          documents dealt to folds in a seeded random order) and/or "last20" (one held-out part:
//          the last 20% of every label in file order, i.e. the latest posts, as the bydate test split
//          is later than train). Candidates are ranked by their mean accuracy over the splits.
//   CANDIDATES: comma-separated candidate names (default: all)

import org.tagrank.core.Dataset;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;
import org.tagrank.learn.TrainingListener;
import org.tagrank.task.classify.Document;
import org.tagrank.task.classify.NewsgroupsReader;
import org.tagrank.task.classify.NgramConfig;
import org.tagrank.task.classify.NgramVectorizer;
import org.tagrank.task.classify.Template;
import org.tagrank.task.classify.TextClassifier;
import org.tagrank.task.classify.Weighting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

public class ClassifySelect {
    record Candidate(String name, NgramConfig features, TrainerConfig trainer, String flags) {
    }

    static final List<Template> UB = List.of(Template.UNIGRAM, Template.BIGRAM);

    static TrainerConfig svm(double l2, int epochs) {
        return TrainerConfig.builder(TrainerConfig.Learner.SVM).optimizer(TrainerConfig.OptimizerKind.SGD)
                .l2(l2).learningRate(1).epochs(epochs).patience(0).seed(1).build();
    }

    static TrainerConfig sgd(TrainerConfig.Learner learner, double l2, int epochs) {
        return TrainerConfig.builder(learner).optimizer(TrainerConfig.OptimizerKind.SGD)
                .l2(l2).learningRate(1).epochs(epochs).patience(0).seed(1).build();
    }

    static String flags(TrainerConfig t, NgramConfig f) {
        // every setting that differs from train's defaults (learning rate: 0.1 there), so the flags re-make the candidate
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "--learner %s --optimizer %s --l2 %s --learning-rate %s --epochs %d --cutoff %d", t.learner().id(),
                t.optimizer().id(), Double.toString(t.l2()), Double.toString(t.learningRate()), t.epochs(), f.cutoff()));
        if (!f.templates().equals(UB)) {
            s.append(" --param templates=").append(String.join(",", f.templates().stream().map(Template::id).toList()));
        }
        if (f.weighting() != Weighting.LOG_TFIDF) {
            s.append(" --param weighting=").append(f.weighting().id());
        }
        return s.toString();
    }

    static List<Candidate> candidates() {
        NgramConfig base = new NgramConfig(UB, Weighting.LOG_TFIDF, true, 2);
        NgramConfig cut3 = base.withCutoff(3);
        NgramConfig tfidf = new NgramConfig(UB, Weighting.TFIDF, true, 2);
        NgramConfig subj = new NgramConfig(List.of(Template.UNIGRAM, Template.BIGRAM, Template.SUBJECT), Weighting.LOG_TFIDF, true, 2);
        NgramConfig headers = new NgramConfig(List.of(Template.UNIGRAM, Template.BIGRAM, Template.SUBJECT, Template.FROM,
                Template.ORGANIZATION), Weighting.LOG_TFIDF, true, 2);
        Object[][] grid = {
                {"svm-1e-4-e12", base, svm(1e-4, 12)},   // the previous recipe
                {"svm-5e-5-e12", base, svm(5e-5, 12)},
                {"svm-2e-4-e12", base, svm(2e-4, 12)},
                {"svm-1e-4-e25", base, svm(1e-4, 25)},
                {"svm-5e-5-e25", base, svm(5e-5, 25)},
                {"svm-3e-5-e25", base, svm(3e-5, 25)},
                {"lr-1e-5-e12", base, sgd(TrainerConfig.Learner.LR, 1e-5, 12)},
                {"lr-3e-6-e25", base, sgd(TrainerConfig.Learner.LR, 3e-6, 25)},
                {"ova-1e-5-e12", base, sgd(TrainerConfig.Learner.OVA, 1e-5, 12)},
                {"svm-1e-4-e12-cutoff3", cut3, svm(1e-4, 12)},
                {"svm-1e-4-e12-tfidf", tfidf, svm(1e-4, 12)},
                {"svm-1e-4-e12-subject", subj, svm(1e-4, 12)},
                {"svm-1e-4-e12-headers", headers, svm(1e-4, 12)},
                {"svm-5e-5-e12-subject", subj, svm(5e-5, 12)},
                {"svm-1e-4-e25-subject", subj, svm(1e-4, 25)},
        };
        List<Candidate> out = new ArrayList<>();
        for (Object[] g : grid) {
            NgramConfig f = (NgramConfig) g[1];
            TrainerConfig t = (TrainerConfig) g[2];
            out.add(new Candidate((String) g[0], f, t, flags(t, f)));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        List<Document> train = NewsgroupsReader.read(Path.of(args[0]));
        String[] splits = (args.length > 1 ? args[1] : "5,last20").split(",");
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        List<Candidate> cands = candidates();
        if (args.length > 3) {
            List<String> keep = List.of(args[3].split(","));
            List<String> known = cands.stream().map(Candidate::name).toList();
            for (String k : keep) { // a misspelt name was dropped, or (alone) crashed after the table's header
                if (!known.contains(k)) {
                    System.err.println("select-classify: unknown candidate '" + k + "' (known: " + String.join(", ", known) + ")");
                    System.exit(1);
                }
            }
            cands = cands.stream().filter(c -> keep.contains(c.name())).toList();
        }
        TreeSet<String> names = new TreeSet<>();
        train.forEach(d -> names.add(d.label()));
        LabelSet labels = LabelSet.of(names);
        // one vectorizer fit per (feature configuration, fold)
        Map<NgramConfig, List<Candidate>> byFeatures = new LinkedHashMap<>();
        for (Candidate c : cands) {
            byFeatures.computeIfAbsent(c.features(), x -> new ArrayList<>()).add(c);
        }
        long t0 = System.nanoTime();
        // accuracy[candidate][split], plus per-fold detail
        Map<String, double[]> accuracy = new LinkedHashMap<>();
        Map<String, Integer> featureCounts = new TreeMap<>();
        List<String> detail = new ArrayList<>();
        for (int si = 0; si < splits.length; si++) {
            boolean last20 = splits[si].equals("last20");
            int k = last20 ? 1 : Integer.parseInt(splits[si]);
            int[] fold = last20 ? lastPart(train, 0.8) : stratifiedFolds(train, k, seed);
            String splitName = last20 ? "last 20%" : k + "-fold CV";
            int held = 0;
            for (int f : fold) {
                held += f >= 0 ? 1 : 0;
            }
            Map<String, int[]> correct = new LinkedHashMap<>();
            for (int f = 0; f < k; f++) {
                List<Document> part = new ArrayList<>();
                List<Document> out = new ArrayList<>();
                for (int i = 0; i < train.size(); i++) {
                    (fold[i] == f ? out : part).add(train.get(i));
                }
                for (var e : byFeatures.entrySet()) {
                    // the same shuffle as TextClassifier.train (candidates sharing features share the seed)
                    long trainSeed = e.getValue().get(0).trainer().seed();
                    List<Document> shuffled = new ArrayList<>(part);
                    SplittableRandom random = new SplittableRandom(trainSeed);
                    for (int i = shuffled.size() - 1; i > 0; i--) {
                        Collections.swap(shuffled, i, random.nextInt(i + 1));
                    }
                    NgramVectorizer v = NgramVectorizer.fit(shuffled.stream().map(Document::text).toList(), e.getKey());
                    Dataset ds = TextClassifier.dataset(shuffled, labels, v, "training");
                    Dataset hs = TextClassifier.dataset(out, labels, v, "held-out");
                    for (Candidate c : e.getValue()) {
                        if (c.trainer().seed() != trainSeed) {
                            throw new IllegalStateException("candidates sharing features must share the seed");
                        }
                        LinearModel m = Trainers.create(c.trainer()).train(ds, null, TrainingListener.SILENT);
                        int ok = 0;
                        for (Instance x : hs.instances()) {
                            if (m.argmax(x) == ((LabelInstance) x).gold()) {
                                ok++;
                            }
                        }
                        correct.computeIfAbsent(c.name(), x -> new int[k])[f] = ok;
                        if (si == 0) {
                            featureCounts.merge(c.name(), v.index().size(), Integer::sum);
                        }
                        System.err.printf(Locale.ROOT, "%s %d/%d %-24s %.2f%%  (%.0f s)%n", splitName, f + 1, k, c.name(),
                                100.0 * ok / out.size(), (System.nanoTime() - t0) / 1e9);
                    }
                }
            }
            for (Candidate c : cands) {
                int[] ok = correct.get(c.name());
                accuracy.computeIfAbsent(c.name(), x -> new double[splits.length])[si] = 100.0 * sum(ok) / held;
                if (k > 1) {
                    StringBuilder row = new StringBuilder(c.name()).append(":");
                    for (int f = 0; f < k; f++) {
                        int size = 0;
                        for (int x : fold) {
                            size += x == f ? 1 : 0;
                        }
                        row.append(String.format(Locale.ROOT, " %.2f", 100.0 * ok[f] / size));
                    }
                    detail.add(splitName + " per fold, " + row);
                }
            }
            if (si == 0) {
                for (var e : featureCounts.entrySet()) {
                    e.setValue(e.getValue() / k);
                }
            }
        }
        List<Candidate> order = new ArrayList<>(cands);
        order.sort((a, b) -> Double.compare(mean(accuracy.get(b.name())), mean(accuracy.get(a.name()))));
        System.out.printf(Locale.ROOT, "held-out parts of %s only (%d documents; test never read); seed %d; splits: %s%n"
                + "(k-fold: each label's documents dealt to folds in a seeded random order; last20: the last 20%% of "
                + "every label in file order held out once)%n%n", Path.of(args[0]).getFileName(), train.size(), seed,
                String.join(", ", splits));
        StringBuilder head = new StringBuilder("| candidate |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String sp : splits) {
            head.append(sp.equals("last20") ? " last 20% |" : " " + sp + "-fold CV |");
            rule.append("---|");
        }
        head.append(" mean | features | train flags |");
        rule.append("---|---|---|");
        System.out.println(head);
        System.out.println(rule);
        for (Candidate c : order) {
            StringBuilder row = new StringBuilder("| " + c.name() + " |");
            for (double a : accuracy.get(c.name())) {
                row.append(String.format(Locale.ROOT, " %.2f%% |", a));
            }
            row.append(String.format(Locale.ROOT, " **%.2f%%** | %d | `%s` |", mean(accuracy.get(c.name())),
                    featureCounts.get(c.name()), c.flags()));
            System.out.println(row);
        }
        System.out.println();
        detail.forEach(System.out::println);
        Candidate best = order.get(0);
        System.out.printf(Locale.ROOT, "%npick (highest mean held-out accuracy over the splits): %s  ->  train %s%n",
                best.name(), best.flags());
        System.out.printf(Locale.ROOT, "(%.0f s)%n", (System.nanoTime() - t0) / 1e9);
    }

    static double mean(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x;
        }
        return s / a.length;
    }

    static int sum(int[] a) {
        int s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }

    /** 0 (held out) for every document after the first {@code keep} share of its label in file order, else -1. */
    static int[] lastPart(List<Document> docs, double keep) {
        Map<String, Integer> count = new TreeMap<>();
        docs.forEach(d -> count.merge(d.label(), 1, Integer::sum));
        Map<String, Integer> seen = new TreeMap<>();
        int[] fold = new int[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            int p = seen.merge(docs.get(i).label(), 1, Integer::sum);
            fold[i] = p > count.get(docs.get(i).label()) * keep ? 0 : -1;
        }
        return fold;
    }

    /** Fold of every document: each label's documents in a seeded random order, dealt round-robin. */
    static int[] stratifiedFolds(List<Document> docs, int k, long seed) {
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            byLabel.computeIfAbsent(docs.get(i).label(), x -> new ArrayList<>()).add(i);
        }
        int[] fold = new int[docs.size()];
        SplittableRandom random = new SplittableRandom(seed);
        int next = 0;
        for (List<Integer> ids : byLabel.values()) {
            for (int i = ids.size() - 1; i > 0; i--) {
                Collections.swap(ids, i, random.nextInt(i + 1));
            }
            for (int id : ids) {
                fold[id] = next;
                next = (next + 1) % k;
            }
        }
        return fold;
    }
}
