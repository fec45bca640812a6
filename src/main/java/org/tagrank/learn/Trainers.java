package org.tagrank.learn;

import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.SparseVector;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Makes the trainer a configuration describes. */
public final class Trainers {
    private Trainers() {
    }

    /**
     * The trainer for a configuration. Training data without a single feature is refused (a count cutoff above
     * every feature's count leaves none): such a model scores every output 0 and was written without a word; so are
     * candidate data whose every example has a single candidate, or candidates that do not differ (nothing to
     * rank). Dev data must be in the training data's terms (same kind of instance, same labels in the same order, same
     * features, a gold output everywhere), and an SVM cost matrix must be over the training labels: ids meaning
     * other labels or features gave a dev accuracy of another problem, or an index error deep inside.
     */
    public static Trainer create(TrainerConfig config) {
        Trainer t = createFor(Objects.requireNonNull(config, "config"));
        return new Trainer() {
            @Override
            public LinearModel train(Dataset train, Dataset dev, TrainingListener listener) {
                Objects.requireNonNull(train, "train");
                Objects.requireNonNull(listener, "listener"); // else a bare NullPointerException after an epoch's work
                if (train.features().size() == 0) {
                    throw new IllegalArgumentException("the training data has no features to learn from (is the count "
                            + "cutoff above every feature's count?)");
                }
                if (train.kind() == LinearModel.Kind.CANDIDATES && train.maxOutputs(1) < 2) {
                    // lr, svm and the perceptron wrote an all-zero model, as for data without features
                    throw new IllegalArgumentException("every training example has a single candidate: there is "
                            + "nothing to rank (the model would score every candidate alike)");
                }
                if (train.kind() == LinearModel.Kind.CANDIDATES && !anyCandidatesDiffer(train)) {
                    // as above: only differences between an example's candidates are learnt (values of 0 are none)
                    throw new IllegalArgumentException("no training example has candidates whose features differ: "
                            + "there is nothing to rank (the model would score every candidate alike)");
                }
                if (config.learner() == TrainerConfig.Learner.AVA && train.kind() == LinearModel.Kind.CANDIDATES) {
                    // with a label set beside the candidates it trained label pairs on candidate positions
                    throw new IllegalArgumentException("all-vs-all needs label instances, not candidate instances");
                }
                checkCost(config, train);
                if (dev != null) {
                    checkDev(train, dev);
                }
                return t.train(train, dev, listener);
            }

            @Override
            public TrainerConfig config() {
                return t.config();
            }
        };
    }

    /** Whether some candidate example has two candidates with different feature vectors. */
    private static boolean anyCandidatesDiffer(Dataset train) {
        for (Instance x : train.instances()) {
            List<SparseVector> cands = ((CandidateInstance) x).candidates();
            for (int i = 1; i < cands.size(); i++) {
                if (!cands.get(i).equals(cands.get(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void checkCost(TrainerConfig config, Dataset train) {
        if (!(config.cost() instanceof CostMatrix m)) {
            return;
        }
        if (train.kind() == LinearModel.Kind.CANDIDATES) {
            throw new IllegalArgumentException("a cost matrix is over labels, but the training data are candidate "
                    + "instances (give each CandidateInstance its own costs instead)");
        }
        if (m.size() != train.labels().size()) {
            throw new IllegalArgumentException("the cost matrix is " + m.size() + " x " + m.size() + " but the training "
                    + "data have " + train.labels().size() + " labels");
        }
    }

    private static void checkDev(Dataset train, Dataset dev) {
        if (dev.kind() != train.kind()) {
            throw new IllegalArgumentException("the dev data are " + kindName(dev) + " instances but the training data "
                    + kindName(train) + " instances");
        }
        if (!dev.labels().equals(train.labels())) {
            throw new IllegalArgumentException("the dev data's labels " + dev.labels().labels() + " are not the training "
                    + "data's " + train.labels().labels() + " (encode dev data with the training label set)");
        }
        FeatureIndex a = train.features();
        FeatureIndex b = dev.features();
        if (a != b && (a.size() != b.size() || !a.names().equals(b.names()))) {
            throw new IllegalArgumentException("the dev data use another feature index (" + b.size() + " features) than "
                    + "the training data (" + a.size() + "): encode dev data with the training data's index");
        }
        dev.requireGold("dev data");
    }

    private static String kindName(Dataset d) {
        return d.kind() == LinearModel.Kind.LABELS ? "label" : "candidate";
    }

    private static Trainer createFor(TrainerConfig config) {
        if (config.learner() == TrainerConfig.Learner.PERCEPTRON) {
            return new AveragedPerceptronTrainer(config);
        }
        Function<LabelSet, Objective> objective = switch (config.learner()) {
            case LR -> labels -> new LogLoss();
            case SVM -> labels -> new CostSensitiveHinge(config.costOrDefault());
            case OVA -> labels -> new OneVsAllLogistic();
            case AVA -> AllVsAllTrainerSupport::objective;
            case PERCEPTRON -> throw new AssertionError();
        };
        if (config.optimizer() == TrainerConfig.OptimizerKind.LBFGS) {
            return new LbfgsTrainer(config, objective);
        }
        return new OnlineTrainer(config, objective);
    }

    /** The decoding a learner's model uses. */
    static LinearModel.Decoding decoding(TrainerConfig config) {
        return config.learner() == TrainerConfig.Learner.AVA ? LinearModel.Decoding.PAIRWISE_VOTE
                : LinearModel.Decoding.ARGMAX;
    }

    /** All-vs-all exists for label models only. */
    static final class AllVsAllTrainerSupport {
        private AllVsAllTrainerSupport() {
        }

        static Objective objective(LabelSet labels) {
            if (labels.size() < 2) {
                throw new IllegalArgumentException("all-vs-all needs a label set, not candidates");
            }
            return new AllVsAllLogistic(labels.size());
        }
    }
}
