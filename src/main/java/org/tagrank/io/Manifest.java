package org.tagrank.io;

import java.util.Map;
import java.util.TreeMap;

/** A sorted {@code key=value} text format with backslash escapes, written without dates so bytes are stable. */
final class Manifest {
    private Manifest() {
    }

    static String format(Map<String, String> entries) {
        StringBuilder sb = new StringBuilder("# TagRank model manifest\n");
        for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
            if (e.getKey().startsWith("#")) {
                sb.append('\\'); // "\#key" is read back as "#key", where "#key" would be a comment and lost
            }
            escape(e.getKey(), sb);
            sb.append('=');
            escape(e.getValue(), sb);
            sb.append('\n');
        }
        return sb.toString();
    }

    static Map<String, String> parse(String text, String source) throws ModelFormatException {
        Map<String, String> m = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = withoutCr(lines[i]);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ModelFormatException(source + ": manifest.properties line " + (i + 1) + " is not key=value");
            }
            m.put(unescape(line.substring(0, eq)), unescape(line.substring(eq + 1)));
        }
        return m;
    }

    /** The line without a CRLF's CR (a manifest edited on Windows); a CR in a value is written escaped, never raw. */
    static String withoutCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    static void escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
