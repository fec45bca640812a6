package org.tagrank.cli;

import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.eval.RankingEval;
import org.tagrank.io.ModelIO;
import org.tagrank.task.rank.CandidateRanker;
import org.tagrank.task.rank.RankingCandidate;
import org.tagrank.task.rank.RankingExample;
import org.tagrank.task.rank.RankingReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code --task rank}: the generic ranking format (docs/usage-rank.md), features given by the user.
 * Train, eval (P@1 as accuracy, MRR) and rank.
 */
public final class RankTaskCli implements TaskCli, RankHandler {
    public static final String NAME = "rank";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String defaultModel() {
        return null;
    }

    static List<RankingExample> read(List<Path> files, RankingReader.GoldPolicy policy) throws java.io.IOException {
        List<RankingExample> out = new ArrayList<>();
        for (Path p : files) {
            try (java.io.Reader r = StdinData.open(p, null)) { // a file, or '-': standard input
                out.addAll(RankingReader.read(r, StdinData.source(p), policy));
            }
        }
        return out;
    }

    @Override
    public void train(TrainRequest r, Console c) throws Exception {
        List<Path> trainFiles = RankTraining.files(r.data());
        List<Path> devFiles = RankTraining.split(r.dev());
        RankTraining.requireFiles(trainFiles, devFiles);
        Dataset train = CandidateRanker.trainingSet(read(trainFiles, RankingReader.GoldPolicy.REQUIRED), r.cutoff());
        Dataset dev = null;
        if (r.dev() != null) {
            dev = CandidateRanker.encodeAll(train.features(),
                    read(RankTraining.files(r.dev()), RankingReader.GoldPolicy.REQUIRED));
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("train.data", RankTraining.names(trainFiles));
        Provenances.putSum(p, "train.data.sha256", Provenances.sha256(trainFiles));
        p.put("train.examples", Integer.toString(train.size()));
        if (r.dev() != null) { // the data the dev scores below are of, as the other tasks record it (read above)
            p.put("dev.data", RankTraining.names(devFiles));
            Provenances.putSum(p, "dev.data.sha256", Provenances.sha256(devFiles));
        }
        Dataset devSet = dev;
        RankTraining.trainAndWrite(NAME, train, dev, r, r.trainer(), c, p, m -> {
            if (devSet == null) {
                return Map.of();
            }
            RankingEval e = evaluate(new CandidateRanker(m), devSet);
            c.progress(String.format(Locale.ROOT, "dev: P@1 %.2f%%  MRR %.4f", 100 * e.accuracy(), e.mrr()));
            return Map.of("score.dev.accuracy", fmt(e.accuracy()), "score.dev.mrr", fmt(e.mrr()));
        });
    }

    private static RankingEval evaluate(CandidateRanker ranker, Dataset d) {
        List<CandidateInstance> xs = new ArrayList<>();
        for (org.tagrank.core.Instance x : d.instances()) {
            xs.add((CandidateInstance) x);
        }
        return ranker.evaluate(xs);
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.6f", d);
    }

    @Override
    public Map<String, Object> eval(EvalRequest r, Console c) throws Exception {
        List<Path> files = RankTraining.files(r.data());
        RankTraining.requireFiles(files);
        CandidateRanker ranker = new CandidateRanker(ModelIO.read(r.model(), NAME).model());
        RankingEval e = new RankingEval();
        long blind = 0;
        for (RankingExample ex : read(files, RankingReader.GoldPolicy.REQUIRED)) {
            CandidateInstance x = ranker.encode(ex);
            if (x.featureless()) {
                blind++;
            }
            double[] s = ranker.model().scores(x);
            e.add(RankingEval.rankOf(s, s.length, x.gold()));
        }
        if (blind > 0) { // scored by where the data lists the gold candidate, as rank warns of their order
            c.warn(String.format(Locale.ROOT, "warning: %s: %,d of %,d examples have no feature the model knows: their "
                    + "candidates all score 0, so their P@1 and MRR are those of the input order (features named as in "
                    + "the model's training data?)", StdinData.source(r.data()), blind, e.total()));
        }
        Map<String, Object> m = new LinkedHashMap<>(e.toMap());
        m.put("p_at_1", e.accuracy());
        return m;
    }

    @Override
    public String report(Map<String, Object> m) {
        return String.format(Locale.ROOT, "%s: P@1 %.2f%% over %s examples, MRR %.4f%n", m.get("model"),
                100 * TaskCli.number(m, "accuracy"), m.get("n"), TaskCli.number(m, "mrr"));
    }

    @Override
    public ComparisonData comparisonData(Path train, Path test, Map<String, String> params, Console c) throws Exception {
        RankTraining.requireFiles(RankTraining.files(train), RankTraining.files(test));
        Dataset tr = CandidateRanker.trainingSet(read(RankTraining.files(train), RankingReader.GoldPolicy.REQUIRED), 1);
        Dataset te = CandidateRanker.encodeAll(tr.features(),
                read(RankTraining.files(test), RankingReader.GoldPolicy.REQUIRED));
        return new ComparisonData(tr, te);
    }

    @Override
    public Job open(String model, Path input, Console c) throws Exception {
        CandidateRanker ranker = new CandidateRanker(ModelIO.read(model, NAME).model());
        List<RankingExample> examples = input == null
                ? RankingReader.read(org.tagrank.io.Readers.utf8(System.in), "<stdin>",
                RankingReader.GoldPolicy.OPTIONAL)
                : RankingReader.read(input, RankingReader.GoldPolicy.OPTIONAL);
        List<Item> items = new ArrayList<>();
        for (RankingExample e : examples) {
            List<String> ids = new ArrayList<>();
            for (RankingCandidate cand : e.candidates()) {
                ids.add(cand.id());
            }
            items.add(new Item(e.id(), ranker.encode(e), ids, null));
        }
        return new Job(ranker, items);
    }
}
