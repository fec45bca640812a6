package org.tagrank.io;

import org.tagrank.core.LinearModel;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A model file's content: the linear model, the task it is for, and named text attachments a
 * task needs besides the weights (templates, tag dictionary, ...).
 */
public record ModelBundle(String task, LinearModel model, Map<String, String> attachments) {

    public ModelBundle {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(model, "model");
        if (!task.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("bad task name '" + task + "'");
        }
        TreeMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> e : attachments.entrySet()) {
            if (!e.getKey().matches("[a-z0-9][a-z0-9._-]*") || ModelIO.RESERVED.contains(e.getKey())) {
                throw new IllegalArgumentException("bad attachment name '" + e.getKey() + "'");
            }
            copy.put(e.getKey(), Objects.requireNonNull(e.getValue()));
        }
        attachments = java.util.Collections.unmodifiableMap(copy);
    }

    public ModelBundle(String task, LinearModel model) {
        this(task, model, Map.of());
    }

    /** The attachment, or a {@link ModelFormatException} naming what is missing. */
    public String attachment(String name) throws ModelFormatException {
        String s = attachments.get(name);
        if (s == null) {
            throw new ModelFormatException("the " + task + " model lacks its '" + name + "' entry");
        }
        return s;
    }
}
