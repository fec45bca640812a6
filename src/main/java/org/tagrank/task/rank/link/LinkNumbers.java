package org.tagrank.task.rank.link;

import java.util.Locale;

/** Locale-independent number formatting for the link files. */
final class LinkNumbers {
    private LinkNumbers() {
    }

    static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%s", d);
    }
}
