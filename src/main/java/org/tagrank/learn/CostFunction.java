package org.tagrank.learn;

import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Instance;

/** The task loss ℓ(gold, predicted) &gt;= 0 with ℓ(y, y) = 0, used by the cost-sensitive SVM. */
@FunctionalInterface
public interface CostFunction {

    double cost(Instance x, int gold, int predicted);

    /** 0/1 loss, or the instance's own costs for candidate instances that carry them. */
    CostFunction ZERO_ONE = (x, gold, predicted) -> {
        if (x instanceof CandidateInstance ci && ci.costs() != null) {
            return ci.cost(predicted);
        }
        return gold == predicted ? 0.0 : 1.0;
    };
}
