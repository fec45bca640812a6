package org.tagrank.task.rank.link;

import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.SparseVector;
import org.tagrank.feature.DatasetBuilder;
import org.tagrank.feature.FeatureSink;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;
import org.tagrank.learn.TrainingListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains a two-pass linker in one model: the first-pass features carry the prefix
 * {@link EntityLinker#PASS1}, the second pass adds {@link FirstPassFeatures} (coherence with the
 * other mentions' first-pass links). The two feature blocks are disjoint, so training on the union
 * of both passes' instances trains two independent rankers. On training documents the first-pass
 * links come from models trained on the other folds (cross-fitting), so that the second pass
 * learns from first-pass errors as they are on unseen text; on dev documents they come from a
 * first-pass model trained on all of train.
 */
public final class TwoPassTraining {
    private TwoPassTraining() {
    }

    public static LinearModel train(List<LinkDocument> train, List<LinkDocument> dev, AliasPrior prior, Wikidict wd,
                                    int cutoff, TrainerConfig config, int folds, TrainingListener listener,
                                    Consumer<String> progress) {
        if (folds < 2) {
            throw new IllegalArgumentException("two-pass training needs 2 or more folds, got " + folds);
        }
        int[][] trainFp = new int[train.size()][];
        for (int k = 0; k < folds; k++) {
            List<LinkDocument> in = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                if (i % folds != k) {
                    in.add(train.get(i));
                }
            }
            progress.accept("first pass, fold " + (k + 1) + "/" + folds);
            LinearModel mk = Trainers.create(config).train(LinkDatasets.training(in, prior, wd, LinkOptions.NONE, cutoff), null,
                    TrainingListener.SILENT);
            for (int i = k; i < train.size(); i += folds) {
                trainFp[i] = EntityLinker.firstPass(mk, LinkFeatures.training(train.get(i), prior, wd, null, LinkOptions.NONE), "");
            }
        }
        int[][] devFp = null;
        if (dev != null) {
            progress.accept("first pass on all of train, for the dev links");
            Dataset all = LinkDatasets.training(train, prior, wd, LinkOptions.NONE, cutoff);
            LinearModel m0 = Trainers.create(config).train(all, LinkDatasets.encode(dev, prior, wd, LinkOptions.NONE, all.features()),
                    TrainingListener.SILENT);
            devFp = new int[dev.size()][];
            for (int i = 0; i < dev.size(); i++) {
                devFp[i] = EntityLinker.firstPass(m0, LinkFeatures.linking(dev.get(i), prior, wd, null, LinkOptions.NONE), "");
            }
        }
        DatasetBuilder b = new DatasetBuilder();
        for (int i = 0; i < train.size(); i++) {
            LinkDocument d = train.get(i);
            add(b, LinkFeatures.training(d, prior, wd, null, LinkOptions.NONE), EntityLinker.PASS1);
            add(b, LinkFeatures.training(d, prior, wd, trainFp[i], LinkOptions.NONE), "");
        }
        Dataset trainSet = b.build(LabelSet.of(List.of()), cutoff);
        Dataset devSet = null;
        if (dev != null) {
            List<Instance> out = new ArrayList<>();
            for (int i = 0; i < dev.size(); i++) {
                LinkDocument d = dev.get(i);
                encode(out, LinkFeatures.linking(d, prior, wd, null, LinkOptions.NONE), EntityLinker.PASS1, trainSet.features());
                encode(out, LinkFeatures.linking(d, prior, wd, devFp[i], LinkOptions.NONE), "", trainSet.features());
            }
            devSet = new Dataset(out, LabelSet.of(List.of()), trainSet.features());
        }
        progress.accept(trainSet.size() + " instances (both passes), " + trainSet.features().size() + " features");
        return Trainers.create(config).train(trainSet, devSet, listener);
    }

    private static boolean trainable(LinkMention m) {
        return m.goldIndex() >= 0 && m.candidates().size() > 1;
    }

    private static void add(DatasetBuilder b, LinkFeatures f, String prefix) {
        List<LinkMention> ms = f.document().mentions();
        for (int j = 0; j < ms.size(); j++) {
            LinkMention m = ms.get(j);
            if (!trainable(m)) {
                continue;
            }
            List<Consumer<FeatureSink>> cs = new ArrayList<>();
            for (int c = 0; c < m.candidates().size(); c++) {
                int jj = j;
                int cc = c;
                cs.add(sink -> f.extract(jj, cc, EntityLinker.prefixed(sink, prefix)));
            }
            b.addCandidateExample(cs, m.goldIndex(), null);
        }
    }

    private static void encode(List<Instance> out, LinkFeatures f, String prefix, FeatureIndex index) {
        List<LinkMention> ms = f.document().mentions();
        for (int j = 0; j < ms.size(); j++) {
            LinkMention m = ms.get(j);
            if (!trainable(m)) {
                continue;
            }
            SparseVector[] vs = new SparseVector[m.candidates().size()];
            for (int c = 0; c < vs.length; c++) {
                int jj = j;
                int cc = c;
                vs[c] = DatasetBuilder.encode(index, sink -> f.extract(jj, cc, EntityLinker.prefixed(sink, prefix)));
            }
            out.add(new CandidateInstance(Arrays.asList(vs), m.goldIndex()));
        }
    }
}
