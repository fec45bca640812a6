package org.tagrank.task.classify;

/**
 * Finds a header field's value in a mail or news message, as mail has it (one header a line) or with its
 * line breaks turned into spaces as in 20NG ("From: a Subject: b Organization: c Lines: 9 body..."): any
 * whitespace separates. A field starts at its {@code Name: } and ends where the next {@code Capitalised-Name: } starts. Only the start of
 * the message is searched, so a quoted "Subject:" deep in the body is not taken for a header.
 */
final class Headers {
    /** How far into the text headers are looked for. */
    static final int WINDOW = 1500;
    /** Longest field value taken, so a message without a following header does not lend its body. */
    static final int MAX_FIELD = 200;

    private Headers() {
    }

    /**
     * The field's value as {@code [start, end)} packed in a long (start in the high half), or
     * -1 when absent.
     */
    static long field(String text, String name) {
        return fieldAt(text, name + ": ");
    }

    /** As {@link #field(String, String)} with the field's {@code "Name: "} given. */
    static long fieldAt(String text, String key) {
        int limit = Math.min(text.length(), WINDOW);
        int at = -1;
        for (int i = text.indexOf(key); i >= 0 && i < limit; i = text.indexOf(key, i + 1)) {
            if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) { // a line break too: a raw message
                at = i;
                break;
            }
        }
        if (at < 0) {
            return -1;
        }
        int start = at + key.length();
        int end = Math.min(nextHeader(text, start, limit), start + MAX_FIELD);
        return ((long) start << 32) | end;
    }

    /** Position of the next " Name: " (whitespace, then a capitalised word of letters and hyphens) after start, else the limit. */
    private static int nextHeader(String text, int start, int limit) {
        for (int i = start; i < limit; i++) {
            if (!Character.isWhitespace(text.charAt(i)) || i + 1 >= text.length() || !Character.isUpperCase(text.charAt(i + 1))) {
                continue;
            }
            int j = i + 2;
            while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
                j++;
            }
            if (j + 1 < text.length() && text.charAt(j) == ':' && text.charAt(j + 1) == ' '
                    && !text.startsWith("Re:", i + 1)) { // "Subject: Re: Re: x" is one field
                return i;
            }
        }
        return Math.min(limit, text.length());
    }

    static int start(long range) {
        return (int) (range >>> 32);
    }

    static int end(long range) {
        return (int) range;
    }
}
