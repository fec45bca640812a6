package org.tagrank.core;

import java.util.List;
import java.util.Objects;

/**
 * Instances together with the label set and feature index they are expressed in. All instances
 * are of one kind; label instances need at least two labels. Validated at construction so that
 * learners can run tight loops without checks.
 */
public record Dataset(List<Instance> instances, LabelSet labels, FeatureIndex features) {

    public Dataset {
        instances = List.copyOf(Checks.noNulls(instances, "instances", "instance"));
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(features, "features");
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("empty data set: no instances");
        }
        boolean labelsKind = instances.get(0) instanceof LabelInstance;
        for (int i = 0; i < instances.size(); i++) {
            Instance x = instances.get(i);
            if ((x instanceof LabelInstance) != labelsKind) {
                throw new IllegalArgumentException("instance " + i + " mixes label and candidate instances");
            }
            if (x.maxFeatureId() >= features.size()) {
                throw new IllegalArgumentException("instance " + i + " uses feature id " + x.maxFeatureId()
                        + " but the index has " + features.size() + " features");
            }
            if (labelsKind && x.gold() >= labels.size()) {
                throw new IllegalArgumentException("instance " + i + " has gold label id " + x.gold()
                        + " but there are " + labels.size() + " labels");
            }
        }
        if (labelsKind && labels.size() < 2) {
            throw new IllegalArgumentException("need at least 2 labels to train a classifier, got " + labels.size()
                    + (labels.size() == 1 ? " ('" + labels.label(0) + "')" : ""));
        }
    }

    public LinearModel.Kind kind() {
        return instances.get(0) instanceof LabelInstance ? LinearModel.Kind.LABELS : LinearModel.Kind.CANDIDATES;
    }

    public int size() {
        return instances.size();
    }

    /** The largest number of outputs of any instance given the column count. */
    public int maxOutputs(int columns) {
        int m = 0;
        for (Instance x : instances) {
            m = Math.max(m, x.numOutputs(columns));
        }
        return m;
    }

    /** Throws unless every instance has a gold output (needed for training). */
    public Dataset requireGold(String what) {
        for (int i = 0; i < instances.size(); i++) {
            if (instances.get(i).gold() < 0) {
                throw new IllegalArgumentException(what + ": instance " + i + " has no gold output");
            }
        }
        return this;
    }
}
