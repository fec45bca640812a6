package org.tagrank.task.rank.link;

import org.tagrank.feature.FeatureSink;

import java.util.List;

/** The prior features of a candidate against the mention's other candidates (part of {@link LinkFeatures}). */
final class PriorFeatures {
    private PriorFeatures() {
    }

    private static double logPop(LinkCandidate c) {
        return Double.isNaN(c.popularity()) ? 0 : Math.max(0, c.popularity());
    }

    /** The popularity and in-link priors of candidate c, and their gaps and ranks among the candidates. */
    static void emit(List<LinkCandidate> cands, int c, FeatureSink sink) {
        LinkCandidate e = cands.get(c);
        double pop = logPop(e);
        double in = Math.log1p(e.inLinks());
        int popRank = 0;
        int inRank = 0;
        double maxPop = 0;
        double maxIn = 0;
        for (LinkCandidate o : cands) {
            double op = logPop(o);
            double oi = Math.log1p(o.inLinks());
            if (op > pop) {
                popRank++;
            }
            if (oi > in) {
                inRank++;
            }
            maxPop = Math.max(maxPop, op);
            maxIn = Math.max(maxIn, oi);
        }
        if (Double.isNaN(e.popularity())) {
            sink.add("pop.na");
        }
        sink.add("pop", pop / 10);
        sink.add("in", in / 10);
        sink.add("out", Math.log1p(e.outLinks()) / 10);
        sink.add("pop.gap", (pop - maxPop) / 10);
        sink.add("in.gap", (in - maxIn) / 10);
        sink.add("pop.rank=" + Math.min(popRank, 4));
        sink.add("in.rank=" + Math.min(inRank, 4));
        sink.add("ranks=" + Math.min(popRank, 3) + "," + Math.min(inRank, 3));
    }
}
