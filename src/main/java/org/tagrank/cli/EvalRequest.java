package org.tagrank.cli;

import java.nio.file.Path;
import java.util.Map;

/** What {@code eval} was asked for; {@code model} null means the task's bundled default. */
public record EvalRequest(String model, Path data, Path report, Map<String, String> params) {
    public EvalRequest {
        params = Map.copyOf(params);
    }
}
