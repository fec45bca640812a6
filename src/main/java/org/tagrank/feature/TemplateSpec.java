package org.tagrank.feature;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A plain-text list of feature template names, one per line; {@code #} starts a comment.
 * Parsed against the names a task knows, so a typo fails with its file and line number
 * (as an {@link IllegalArgumentException} whose message starts with {@code source:line:}).
 */
public final class TemplateSpec {
    private TemplateSpec() {
    }

    public static List<String> parse(String text, String source, Set<String> known) {
        return parse(text, source, known, null);
    }

    /**
     * As {@link #parse(String, String, Set)}; {@code grammar}, when given, is what an unknown name's error says
     * instead of listing every known name (a task with hundreds of names describes how they are made).
     */
    public static List<String> parse(String text, String source, Set<String> known, String grammar) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        // lines end at CR, LF or CRLF, as readLine (and the UTF-8 check's line numbers) end them
        String[] lines = text.lines().toArray(String[]::new);

        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!known.contains(name)) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + "unknown feature template '" + name + "' ("
                        + (grammar != null ? grammar : "known: " + String.join(" ", known)) + ")");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + "template '" + name + "' listed twice");
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException(source + ":1: " + "no feature templates listed");
        }
        return names;
    }

    /** The spec text for a list of names. */
    public static String format(List<String> names) {
        return String.join("\n", names) + "\n";
    }
}
