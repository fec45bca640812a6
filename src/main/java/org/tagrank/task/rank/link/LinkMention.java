package org.tagrank.task.rank.link;

import java.util.List;
import java.util.Objects;

/**
 * A mention to link: where it is in its document, its text, its candidates and, for gold data,
 * the gold entity ({@code null} for NIL or unknown).
 *
 * @param tokStart  0-based token offset within the document, or -1 when unknown
 * @param tokEnd    exclusive end offset, or -1 when unknown
 * @param goldIndex the gold's position among the candidates, -1 when NIL, unknown or absent
 * @param line      1-based line in its source file (0 when not read from a file)
 */
public record LinkMention(String docId, int index, int tokStart, int tokEnd, String text, String gold,
                          List<LinkCandidate> candidates, int goldIndex, long line) {
    public LinkMention {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(candidates, "candidates");
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i) == null) {
                throw new NullPointerException("mention '" + text + "': null candidate at position " + i);
            }
        }
        candidates = List.copyOf(candidates);
        if (goldIndex < -1 || goldIndex >= candidates.size()) {
            throw new IllegalArgumentException("gold index " + goldIndex + " is not a candidate position (0.."
                    + (candidates.size() - 1) + ")");
        }
        if (goldIndex >= 0 && !candidates.get(goldIndex).title().equals(gold)) {
            String title = candidates.get(goldIndex).title();
            throw new IllegalArgumentException("candidate " + goldIndex + " is " + title + ", not the gold " + gold
                    + (gold != null && sameInNfc(title, gold) ? " (the same text in another Unicode normalization form, "
                    + "NFC vs NFD: write both in one form, NFC as Wikipedia titles are)" : ""));
        }
        if (tokStart < 0 && (tokStart != -1 || tokEnd != -1)) {
            throw new IllegalArgumentException("token span [" + tokStart + "," + tokEnd
                    + ") must be [-1,-1) (unknown) or start at 0 or later");
        }
        if (tokStart >= 0 && tokEnd <= tokStart) {
            throw new IllegalArgumentException("token span [" + tokStart + "," + tokEnd + ") is empty");
        }
    }

    /** Whether two titles that differ are the same text in NFC (one decomposed, one composed): for messages. */
    static boolean sameInNfc(String a, String b) {
        return org.tagrank.io.UnicodeWords.nfc(a).equals(org.tagrank.io.UnicodeWords.nfc(b));
    }

    /** A mention without gold or position, for inference. */
    public static LinkMention of(String docId, int index, String text, List<LinkCandidate> candidates) {
        return new LinkMention(docId, index, -1, -1, text, null, candidates, -1, 0);
    }

    /** Linked (not NIL) in the gold data. */
    public boolean linked() {
        return gold != null;
    }

    /**
     * The index of the most popular candidate (the first with the highest popularity, unknown
     * counting lowest), or -1 without candidates.
     */
    public int mostPopular() {
        int best = -1;
        for (int i = 0; i < candidates.size(); i++) {
            double p = candidates.get(i).popularity();
            if (best < 0 || (!Double.isNaN(p) && (Double.isNaN(candidates.get(best).popularity())
                    || p > candidates.get(best).popularity()))) {
                best = i;
            }
        }
        return best;
    }

    /** The index of the candidate with the most in-links (first on ties), or -1. */
    public int mostInLinks() {
        int best = -1;
        for (int i = 0; i < candidates.size(); i++) {
            if (best < 0 || candidates.get(i).inLinks() > candidates.get(best).inLinks()) {
                best = i;
            }
        }
        return best;
    }
}
