package org.tagrank.task.classify;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The n-gram feature templates. Each has a name (as used in template spec files) and a feature
 * name prefix. The header templates read one mail/news header field (see {@link Headers}); they
 * give the same words a separate weight when they occur in the subject or sender.
 */
public enum Template {
    /** Every token of the document. */
    UNIGRAM("unigram", "w="),
    /** Every pair of adjacent tokens. */
    BIGRAM("bigram", "b="),
    /** Tokens of the {@code Subject:} header. */
    SUBJECT("subject", "s="),
    /** Tokens of the {@code From:} header (names, mail address parts). */
    FROM("from", "f="),
    /** Tokens of the {@code Organization:} header. */
    ORGANIZATION("organization", "o=");

    private final String id;
    private final String prefix;

    Template(String id, String prefix) {
        this.id = id;
        this.prefix = prefix;
    }

    public String id() {
        return id;
    }

    /** Prefix of this template's feature names. */
    public String prefix() {
        return prefix;
    }

    public static Template parse(String s) {
        for (Template t : values()) {
            if (t.id.equals(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown template '" + s + "' (known: " + String.join(" ", names()) + ")");
    }

    /** The template owning a feature name, or null. */
    static Template ofFeature(String feature) {
        for (Template t : values()) {
            if (feature.startsWith(t.prefix)) {
                return t;
            }
        }
        return null;
    }

    public static Set<String> names() {
        Set<String> s = new LinkedHashSet<>();
        for (Template t : values()) {
            s.add(t.id);
        }
        return s;
    }
}
