package org.tagrank.task.pos;

/** Words in the model's TSV attachments: backslash escapes for \\, TAB and newline, so any form survives a column. */
final class TsvWords {
    private TsvWords() {
    }

    static String escape(String w) {
        return w.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    static String unescape(String w) {
        if (w.indexOf('\\') < 0) {
            return w;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\\' && i + 1 < w.length()) {
                char n = w.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Splits a line into exactly cols.length tab-separated columns; false when it has another number. */
    static boolean splitColumns(String line, String[] cols) {
        int start = 0;
        for (int c = 0; c < cols.length - 1; c++) {
            int tab = line.indexOf('\t', start);
            if (tab < 0) {
                return false;
            }
            cols[c] = line.substring(start, tab);
            start = tab + 1;
        }
        if (line.indexOf('\t', start) >= 0) {
            return false;
        }
        cols[cols.length - 1] = line.substring(start);
        return true;
    }

    /**
     * The lines of an attachment's text, split at '\n' by indexOf (no regex: this runs at every model load,
     * mostly before the JIT); empty lines are kept, so a line's index + 1 is its number.
     */
    static java.util.List<String> lines(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int at = 0; at < text.length(); ) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            out.add(text.substring(at, end));
            at = end + 1;
        }
        return out;
    }

    /** The prefix of the provenance header lines ({@code #source key=value}) of the unlabeled-text attachments. */
    static final String SOURCE = "#source ";

    /** Appends the sources as {@code #source key=value} lines, sorted by key (the same bytes for the same sources). */
    static void appendSources(StringBuilder sb, java.util.Map<String, String> sources) {
        for (java.util.Map.Entry<String, String> e : new java.util.TreeMap<>(sources).entrySet()) {
            sb.append(SOURCE).append(e.getKey()).append('=').append(e.getValue()).append('\n');
        }
    }

    /**
     * Reads a line starting with {@link #SOURCE} into {@code sources}; false, with nothing read, when it has
     * no '=' (the caller names the file and line).
     */
    static boolean readSource(String line, java.util.Map<String, String> sources) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            return false;
        }
        sources.put(line.substring(SOURCE.length(), eq), line.substring(eq + 1));
        return true;
    }
}
