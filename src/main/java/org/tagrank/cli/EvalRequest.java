package org.tagrank.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code eval} was asked for; {@code model} null means the task's bundled default; {@code misclassified}:
 * also list the misclassified examples on stderr (tasks that cannot say so refuse it).
 */
public record EvalRequest(String model, Path data, Path report, Map<String, String> params, boolean misclassified) {
    public EvalRequest {
        params = Map.copyOf(params);
    }
}
