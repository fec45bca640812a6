package org.tagrank.task.rank.link;

import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseVector;
import org.tagrank.feature.DatasetBuilder;
import org.tagrank.feature.FeatureSink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Linking data as ranking instances over {@link LinkFeatures}: the linked mentions whose gold is among two or more
 * candidates (a single candidate teaches nothing).
 */
public final class LinkDatasets {
    private LinkDatasets() {
    }

    /**
     * Training instances, with the prior leaving each document's own counts out.
     *
     * @param wd      CoreNLP's dictionary for the {@code wd.*} features, or null
     * @param options the optional feature groups ({@link LinkOptions#NONE} for none)
     */
    public static Dataset training(List<LinkDocument> docs, AliasPrior prior, Wikidict wd, LinkOptions options, int cutoff) {
        DatasetBuilder b = new DatasetBuilder();
        for (LinkDocument d : docs) {
            LinkFeatures f = LinkFeatures.training(d, prior, wd, null, options);
            for (int j = 0; j < d.mentions().size(); j++) {
                LinkMention m = d.mentions().get(j);
                if (m.goldIndex() >= 0 && m.candidates().size() > 1) {
                    List<Consumer<FeatureSink>> cs = new ArrayList<>();
                    for (int c = 0; c < m.candidates().size(); c++) {
                        int jj = j;
                        int cc = c;
                        cs.add(sink -> f.extract(jj, cc, sink));
                    }
                    b.addCandidateExample(cs, m.goldIndex(), null);
                }
            }
        }
        if (b.size() == 0) {
            throw new IllegalArgumentException("no linked mention with two or more candidates to train on");
        }
        return b.build(LabelSet.of(List.of()), cutoff);
    }

    /** Dev/test instances in an existing feature space (same selection and parameters as {@link #training}). */
    public static Dataset encode(List<LinkDocument> docs, AliasPrior prior, Wikidict wd, LinkOptions options, FeatureIndex index) {
        List<Instance> out = new ArrayList<>();
        for (LinkDocument d : docs) {
            LinkFeatures f = LinkFeatures.linking(d, prior, wd, null, options);
            for (int j = 0; j < d.mentions().size(); j++) {
                LinkMention m = d.mentions().get(j);
                if (m.goldIndex() >= 0 && m.candidates().size() > 1) {
                    SparseVector[] vs = new SparseVector[m.candidates().size()];
                    for (int c = 0; c < vs.length; c++) {
                        int jj = j;
                        int cc = c;
                        vs[c] = DatasetBuilder.encode(index, sink -> f.extract(jj, cc, sink));
                    }
                    out.add(new CandidateInstance(Arrays.asList(vs), m.goldIndex()));
                }
            }
        }
        return new Dataset(out, LabelSet.of(List.of()), index);
    }
}
