package org.tagrank.task.classify;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How documents become feature vectors.
 *
 * @param templates  n-gram templates, at least one, no repeats
 * @param weighting  count → value
 * @param normalise  scale every document vector to unit L2 length
 * @param cutoff     keep features occurring in at least this many training documents
 */
public record NgramConfig(List<Template> templates, Weighting weighting, boolean normalise, int cutoff) {
    /** Version of the feature extraction; bump when the same config would give other vectors. */
    public static final int VERSION = 1;

    public NgramConfig {
        templates = List.copyOf(org.tagrank.core.Checks.noNullsPrefixed(templates, "templates", "template"));
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("at least one n-gram template is needed");
        }
        if (EnumSet.copyOf(templates).size() != templates.size()) {
            throw new IllegalArgumentException("a template is listed twice: " + templates);
        }
        java.util.Objects.requireNonNull(weighting, "weighting");
        if (cutoff < 1) {
            throw new IllegalArgumentException("cutoff must be >= 1, got " + cutoff);
        }
    }

    /** Unigrams and bigrams, sublinear tf-idf, L2-normalised, cutoff 1. */
    public static NgramConfig defaults() {
        return new NgramConfig(List.of(Template.UNIGRAM, Template.BIGRAM), Weighting.LOG_TFIDF, true, 1);
    }

    public NgramConfig withCutoff(int c) {
        return new NgramConfig(templates, weighting, normalise, c);
    }

    public boolean has(Template t) {
        return templates.contains(t);
    }

    /** As properties, for the model file (and provenance). */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("features.version", Integer.toString(VERSION));
        m.put("features.templates", String.join(",", templates.stream().map(Template::id).toList()));
        m.put("features.weighting", weighting.id());
        m.put("features.normalise", Boolean.toString(normalise));
        m.put("features.cutoff", Integer.toString(cutoff));
        return m;
    }

    /** Reads {@link #toMap()}'s keys; fails on a missing or bad value or a newer version. */
    public static NgramConfig fromMap(Map<String, String> m) {
        int version = integer(m, "features.version");
        if (version > VERSION) {
            throw new IllegalArgumentException("feature extraction version " + version + " is newer than this TagRank's ("
                    + VERSION + ")");
        }
        List<Template> ts = java.util.Arrays.stream(get(m, "features.templates").split(","))
                .map(Template::parse).toList();
        String norm = get(m, "features.normalise").toLowerCase(Locale.ROOT);
        if (!norm.equals("true") && !norm.equals("false")) {
            throw new IllegalArgumentException("features.normalise must be true or false, got " + norm);
        }
        return new NgramConfig(ts, Weighting.parse(get(m, "features.weighting")), Boolean.parseBoolean(norm),
                integer(m, "features.cutoff"));
    }

    /** A whole number, or an error naming the key (Java's own said 'For input string: "x"'). */
    static int integer(Map<String, String> m, String key) {
        String v = get(m, key);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("classify.properties: " + key + " is not a number: '" + v + "'");
        }
    }

    private static String get(Map<String, String> m, String key) {
        String v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing '" + key + "'");
        }
        return v;
    }
}
