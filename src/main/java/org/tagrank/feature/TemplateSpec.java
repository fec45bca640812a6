package org.tagrank.feature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        List<String> names = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String[] lines = text.split("\n", -1); // a one-char split needs no regex (load time); strip() drops a '\r'

        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!known.contains(name)) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + "unknown feature template '" + name + "' (known: "
                        + listed(known) + ")");
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

    private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile("\\[([-+]?\\d+)\\]");

    /**
     * The known names for an error line, with word offsets written {@code [i]} ({@code lw[i]+suf3[i]}, "i an
     * offset in -2..+2"): POS knows ~700 names, which made a 13,000-character line.
     */
    static String listed(Set<String> known) {
        Set<String> forms = new LinkedHashSet<>();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (String n : known) {
            java.util.regex.Matcher m = OFFSET.matcher(n);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                int o = Integer.parseInt(m.group(1));
                min = Math.min(min, o);
                max = Math.max(max, o);
                m.appendReplacement(sb, "[i]");
            }
            m.appendTail(sb);
            forms.add(sb.toString());
        }
        if (forms.size() == known.size()) {
            return String.join(" ", known);
        }
        return String.join(" ", forms) + "; i an offset in " + min + ".." + (max > 0 ? "+" : "") + max;
    }

    public static List<String> read(Path file, Set<String> known) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), known);
    }

    /** The spec text for a list of names. */
    public static String format(List<String> names) {
        return String.join("\n", names) + "\n";
    }
}
