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
        if (!isTaskName(task)) {
            throw new IllegalArgumentException("bad task name '" + task + "'");
        }
        Objects.requireNonNull(attachments, "attachments");
        TreeMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> e : attachments.entrySet()) {
            if (e.getKey() == null) {
                throw new NullPointerException("attachments: null attachment name");
            }
            if (!isAttachmentName(e.getKey()) || ModelIO.RESERVED.contains(e.getKey())) {
                throw new IllegalArgumentException("bad attachment name '" + e.getKey() + "'");
            }
            copy.put(e.getKey(), Objects.requireNonNull(e.getValue(), () -> "attachments: attachment '" + e.getKey() + "' has no text (null)"));
        }
        attachments = java.util.Collections.unmodifiableMap(copy);
    }

    public ModelBundle(String task, LinearModel model) {
        this(task, model, Map.of());
    }

    /** The attachment, or a {@link ModelFormatException} naming what is missing. */
    public String attachment(String name) throws ModelFormatException {
        String s = attachments.get(Objects.requireNonNull(name, "name")); // the sorted map's own NPE named nothing
        if (s == null) {
            throw new ModelFormatException("the " + task + " model lacks its '" + name + "' entry");
        }
        return s;
    }

    /** [a-z][a-z0-9-]*, checked without a regex (on every model's load path). */
    private static boolean isTaskName(String s) {
        return !s.isEmpty() && s.charAt(0) >= 'a' && s.charAt(0) <= 'z' && restOf(s, "-");
    }

    /** [a-z0-9][a-z0-9._-]*. */
    private static boolean isAttachmentName(String s) {
        return !s.isEmpty() && isLowerOrDigit(s.charAt(0)) && restOf(s, "._-");
    }

    /** Whether every character after the first is a lower-case ASCII letter, a digit or in {@code punctuation}. */
    private static boolean restOf(String s, String punctuation) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isLowerOrDigit(c) && punctuation.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
