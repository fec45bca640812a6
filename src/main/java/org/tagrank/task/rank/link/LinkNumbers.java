package org.tagrank.task.rank.link;

import java.util.Locale;

/** Locale-independent number formatting and sorted line output for the link model's attachments. */
final class LinkNumbers {
    private LinkNumbers() {
    }

    static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%s", d);
    }

    /** The lines sorted, each ending in '\n': the attachment text of a model part, the same whatever map order made it. */
    static String sortedLines(java.util.List<String> lines) {
        lines.sort(null);
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }
}
