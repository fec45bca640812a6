package org.tagrank.learn;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that decides how a model is trained. Validated at construction with messages that
 * say which value is wrong; {@link #toMap()} goes into the model's provenance.
 *
 * @param learner       the loss / reduction
 * @param optimizer     the optimiser (ignored by the perceptron, which has its own update)
 * @param epochs        passes over the data (L-BFGS: iterations)
 * @param learningRate  initial step size (SGD, AdaGrad)
 * @param l2            L2 regularisation per example: objective = mean loss + l2/2 ‖w‖²
 * @param seed          shuffling seed; same data + same seed = same model
 * @param patience      epochs without dev improvement before stopping (0 = never stop early)
 * @param tolerance     how much the dev accuracy (a fraction: 0.001 = a tenth of a point) must rise over the best
 *                      so far for an epoch to count as an improvement (0: any rise)
 * @param threads       gradient threads (L-BFGS)
 * @param cost          ℓ(gold, predicted) for the SVM; null = 0/1
 * @param devTiesShareCredit early stopping's dev accuracy gives a gold candidate tied with t-1 others at the top 1/t
 *                      (MCTest's measure); false: the first candidate listed wins a tie, as prediction does
 */
public record TrainerConfig(Learner learner, OptimizerKind optimizer, int epochs, double learningRate, double l2,
                            long seed, int patience, double tolerance, int threads, CostFunction cost,
                            boolean devTiesShareCredit) {

    public enum Learner {
        PERCEPTRON("perceptron"), LR("lr"), SVM("svm"), OVA("ova"), AVA("ava");

        private final String id;

        Learner(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Learner parse(String s) {
            for (Learner l : values()) {
                if (l.id.equalsIgnoreCase(s)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("unknown learner '" + s + "' (expected perceptron, lr, svm, ova or ava)");
        }
    }

    public enum OptimizerKind {
        SGD("sgd"), ADAGRAD("adagrad"), LBFGS("lbfgs");

        private final String id;

        OptimizerKind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static OptimizerKind parse(String s) {
            for (OptimizerKind o : values()) {
                if (o.id.equalsIgnoreCase(s)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("unknown optimizer '" + s + "' (expected sgd, adagrad or lbfgs)");
        }
    }

    public TrainerConfig {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(optimizer, "optimizer");
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        }
        if (Double.isInfinite(learningRate) || Double.isInfinite(l2)) { // ">= 0, got Infinity" named no fault
            throw new IllegalArgumentException((Double.isInfinite(learningRate) ? "learning rate" : "l2")
                    + " must be finite, got " + (Double.isInfinite(learningRate) ? learningRate : l2));
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        }
        if (!(l2 >= 0)) {
            throw new IllegalArgumentException("l2 must be >= 0, got " + l2);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be >= 0, got " + patience);
        }
        if (!(tolerance >= 0 && tolerance < 1)) { // an accuracy rise of 1 or more cannot happen: it would never improve
            throw new IllegalArgumentException("tolerance must be in [0, 1) (an accuracy fraction), got " + tolerance);
        }
        org.tagrank.core.Checks.threads(threads, "threads");
        if (optimizer == OptimizerKind.LBFGS && learner == Learner.SVM) {
            throw new IllegalArgumentException("L-BFGS needs a smooth loss; the SVM hinge is not: use sgd or adagrad");
        }
        if (cost != null && learner != Learner.SVM) {
            throw new IllegalArgumentException("a cost function applies to the svm learner only, not " + learner.id());
        }
    }

    public static Builder builder(Learner learner) {
        return new Builder(learner);
    }

    /** This configuration with another seed. */
    public TrainerConfig withSeed(long s) {
        return new TrainerConfig(learner, optimizer, epochs, learningRate, l2, s, patience, tolerance, threads, cost, devTiesShareCredit);
    }

    /** This configuration with another cost function. */
    public TrainerConfig withCost(CostFunction c) {
        return new TrainerConfig(learner, optimizer, epochs, learningRate, l2, seed, patience, tolerance, threads, c, devTiesShareCredit);
    }

    /** This configuration with dev ties scored 1/t, or not. */
    public TrainerConfig withDevTiesShareCredit(boolean share) {
        return new TrainerConfig(learner, optimizer, epochs, learningRate, l2, seed, patience, tolerance, threads, cost, share);
    }

    public CostFunction costOrDefault() {
        return cost == null ? CostFunction.ZERO_ONE : cost;
    }

    /** The settings as strings, for a model's provenance. */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("trainer.learner", learner.id());
        if (learner != Learner.PERCEPTRON) {
            m.put("trainer.optimizer", optimizer.id());
            m.put("trainer.l2", fmt(l2));
            if (optimizer != OptimizerKind.LBFGS) {
                m.put("trainer.learning_rate", fmt(learningRate));
            }
        }
        m.put("trainer.epochs", Integer.toString(epochs));
        m.put("trainer.seed", Long.toString(seed));
        m.put("trainer.patience", Integer.toString(patience));
        if (tolerance > 0) { // only then: models trained before this setting keep their manifests
            m.put("trainer.tolerance", fmt(tolerance));
        }
        if (learner == Learner.SVM) {
            m.put("trainer.cost", costName(cost));
        }
        if (devTiesShareCredit) { // only then: models trained before this setting keep their manifests
            m.put("trainer.dev_ties", "share");
        }
        return m;
    }

    /**
     * The cost function as the model's provenance names it. A lambda or any class without its own toString has
     * Object's, {@code ...$$Lambda$25/0x...@6d06d69c}, which differs from one JVM run to the next: the same data and
     * seed gave model files that differed in that line. Such a function is "custom"; line breaks become spaces.
     */
    static String costName(CostFunction cost) {
        if (cost == null || cost == CostFunction.ZERO_ONE) {
            return "zero-one";
        }
        try {
            if (cost.getClass().getMethod("toString").getDeclaringClass() == Object.class) {
                return "custom";
            }
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e); // every class has toString
        }
        return cost.toString().replaceAll("[\\r\\n]+", " ");
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%s", d);
    }

    /**
     * Builder; every learner starts from the same defaults (AdaGrad, 10 epochs, rate 0.1, l2 1e-6, seed 1,
     * patience 3, tolerance 0, 1 thread, no cost function, first-wins dev ties).
     */
    public static final class Builder {
        private final Learner learner;
        private OptimizerKind optimizer = OptimizerKind.ADAGRAD;
        private int epochs = 10;
        private double learningRate = 0.1;
        private double l2 = 1e-6;
        private long seed = 1;
        private int patience = 3;
        private double tolerance;
        private int threads = 1;
        private CostFunction cost;
        private boolean devTiesShareCredit;

        private Builder(Learner learner) {
            this.learner = Objects.requireNonNull(learner, "learner");
        }

        public Builder optimizer(OptimizerKind v) {
            optimizer = v;
            return this;
        }

        public Builder epochs(int v) {
            epochs = v;
            return this;
        }

        public Builder learningRate(double v) {
            learningRate = v;
            return this;
        }

        public Builder l2(double v) {
            l2 = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder patience(int v) {
            patience = v;
            return this;
        }

        public Builder tolerance(double v) {
            tolerance = v;
            return this;
        }

        public Builder threads(int v) {
            threads = v;
            return this;
        }

        public Builder cost(CostFunction v) {
            cost = v;
            return this;
        }

        public Builder devTiesShareCredit(boolean v) {
            devTiesShareCredit = v;
            return this;
        }

        public TrainerConfig build() {
            return new TrainerConfig(learner, optimizer, epochs, learningRate, l2, seed, patience, tolerance, threads,
                    cost, devTiesShareCredit);
        }
    }
}
