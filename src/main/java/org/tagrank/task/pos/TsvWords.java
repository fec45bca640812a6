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
}
