package org.tagrank.learn;

import org.tagrank.core.Dataset;
import org.tagrank.core.LinearModel;

/** Trains a linear model. Deterministic for a given configuration and data. */
public interface Trainer {

    /**
     * @param train    training data (every instance must have a gold output)
     * @param dev      development data for early stopping and model selection, or null; in the training data's
     *                 terms (same kind of instance, equal label set, same feature names in the same order) and with
     *                 a gold output everywhere, else an IllegalArgumentException (from {@link Trainers#create})
     * @param listener progress receiver
     */
    LinearModel train(Dataset train, Dataset dev, TrainingListener listener);

    TrainerConfig config();
}
