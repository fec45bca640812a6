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

    /**
     * The attachment's lines split at tabs (trailing empty fields kept), in order: line number k is element k - 1.
     * Lines end as {@link java.io.BufferedReader#readLine} ends them, and no empty last line follows a final break.
     */
    static java.util.List<String[]> tabFields(String text) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        text.lines().forEach(line -> out.add(line.split("\t", -1)));
        return out;
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
