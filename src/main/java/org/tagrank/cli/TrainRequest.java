package org.tagrank.cli;

import org.tagrank.learn.TrainerConfig;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code train} was asked for, task-independent.
 *
 * @param params task-specific {@code --param key=value} settings; a task rejects keys it does not know
 */
public record TrainRequest(Path data, Path dev, TrainerConfig trainer, int cutoff, Path templates, Path out,
                           Map<String, String> params, String commandLine) {
    public TrainRequest {
        params = Map.copyOf(params);
    }
}
