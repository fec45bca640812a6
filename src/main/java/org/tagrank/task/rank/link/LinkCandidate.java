package org.tagrank.task.rank.link;

import java.util.Objects;

/**
 * One candidate entity of a mention with its priors.
 *
 * @param title      Wikipedia title with underscores, e.g. {@code Lance_Armstrong}
 * @param popularity a popularity score (higher is more popular), NaN when unknown
 * @param inLinks    Wikipedia in-links, >= 0
 * @param outLinks   Wikipedia out-links, >= 0
 */
public record LinkCandidate(String title, double popularity, long inLinks, long outLinks) {
    public LinkCandidate {
        Objects.requireNonNull(title, "title");
        if (!isTitle(title)) { // the field and line format of mention files and alias tables has no room for them
            throw new IllegalArgumentException("bad candidate title '" + AliasTable.visible(title)
                    + "' (empty, or contains |, TAB, CR or LF)");
        }
        if (Double.isInfinite(popularity)) {
            throw new IllegalArgumentException("popularity of " + title + " is infinite");
        }
        if (!Double.isNaN(popularity) && !org.tagrank.core.SparseVector.fitsAFeature(popularity)) { // pop's value: refused later, naming no line
            throw new IllegalArgumentException("popularity of " + title + " is out of range ("
                    + org.tagrank.core.SparseVector.floatRange("popularity") + ")");
        }
        if (inLinks < 0 || outLinks < 0) {
            throw new IllegalArgumentException("link counts of " + title + " must be >= 0");
        }
    }

    /** Whether {@code title} can be a candidate's title: not empty, without '|', TAB, CR or LF. */
    static boolean isTitle(String title) {
        if (title.isEmpty()) {
            return false;
        }
        for (int i = 0; i < title.length(); i++) {
            char ch = title.charAt(i);
            if (ch == '|' || ch == '\t' || ch == '\r' || ch == '\n') {
                return false;
            }
        }
        return true;
    }

    /** {@code Title|popularity|in|out}, the field format of mention files and alias tables. */
    public String format() {
        return title + "|" + (Double.isNaN(popularity) ? "NA" : LinkNumbers.format(popularity)) + "|" + inLinks + "|"
                + outLinks;
    }

    /** Parses {@code Title|popularity|in|out}; throws IllegalArgumentException with a message. */
    public static LinkCandidate parse(String field) {
        String[] p = field.split("\\|", -1);
        if (p.length != 4) {
            throw new IllegalArgumentException("candidate '" + field + "' is not Title|popularity|inCount|outCount");
        }
        double pop;
        if (p[1].equals("NA")) {
            pop = Double.NaN;
        } else {
            if (!org.tagrank.task.rank.RankingReader.isDecimal(p[1])) { // Java would take NaN (an unknown, as NA), 2d, 0x10
                throw new IllegalArgumentException("candidate '" + field + "': popularity '" + p[1]
                        + "' is not a decimal number or NA");
            }
            pop = Double.parseDouble(p[1]); // a plain decimal always parses
        }
        long in;
        long out;
        try {
            in = Long.parseLong(p[2]);
            out = Long.parseLong(p[3]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("candidate '" + field + "': in/out counts must be integers");
        }
        return new LinkCandidate(p[0], pop, in, out);
    }
}
