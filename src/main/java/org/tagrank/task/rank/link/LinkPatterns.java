package org.tagrank.task.rank.link;

import java.util.ArrayList;
import java.util.List;

/** Title patterns and document-shape signals used by {@link LinkFeatures}. */
final class LinkPatterns {
    private LinkPatterns() {
    }

    /**
     * The title with the mention's words replaced by {@code *} ("* national football team" for
     * a country name), or null when the title does not contain the mention's words or adds none.
     */
    static String pattern(String title, List<String> mentionWords) {
        List<String> tw = TitleWords.words(title);
        StringBuilder sb = new StringBuilder();
        boolean star = false;
        boolean other = false;
        boolean prevStar = false;
        for (String w : tw) {
            if (mentionWords.contains(w)) {
                star = true;
                if (!prevStar) {
                    sb.append(sb.length() > 0 ? " *" : "*");
                }
                prevStar = true;
            } else {
                other = true;
                sb.append(sb.length() > 0 ? " " : "").append(w);
                prevStar = false;
            }
        }
        return star && other ? sb.toString() : null;
    }

    /** The document's first content word (a headline's topic); adding its most frequent words did not help on dev. */
    static List<String> topics(List<String> tokens) {
        it.unimi.dsi.fastutil.objects.Object2IntLinkedOpenHashMap<String> counts =
                new it.unimi.dsi.fastutil.objects.Object2IntLinkedOpenHashMap<>();
        String first = null;
        for (String t : tokens) {
            for (String w : TitleWords.words(t)) {
                if (w.length() > 2 && !TitleWords.STOP.contains(w) && Character.isLetter(w.charAt(0))) {
                    counts.addTo(w, 1);
                    if (first == null) {
                        first = w;
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        if (first != null) {
            out.add(first);
        }
        List<String> byCount = new ArrayList<>(counts.keySet());
        byCount.sort((a, b) -> Integer.compare(counts.getInt(b), counts.getInt(a))); // stable: first seen wins ties
        for (String w : byCount) {
            if (out.size() >= 1) {
                break;
            }
            if (!out.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** How number-heavy the document is: result tables and sports scores (bucketed share of numeric tokens). */
    static String numeric(List<String> tokens) {
        if (tokens.isEmpty()) {
            return "none";
        }
        int num = 0;
        for (String t : tokens) {
            if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
                num++;
            }
        }
        double f = num / (double) tokens.size();
        return f < 0.05 ? "lo" : f < 0.15 ? "mid" : f < 0.3 ? "hi" : "table";
    }

    /** Upper-case mentions are typical of headlines and result tables. */
    static String casing(String text) {
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            lower |= Character.isLowerCase(ch);
            upper |= Character.isUpperCase(ch);
        }
        return upper && !lower ? "upper" : lower && !upper ? "lower" : "mixed";
    }

    /** "words before * / words after *", e.g. {@code 0*3} for "* national football team". */
    static String shape(String pat) {
        String[] pw = pat.split(" ");
        int star = -1;
        for (int i = 0; i < pw.length; i++) {
            if (pw[i].equals("*")) {
                star = i;
                break;
            }
        }
        return Math.min(star, 3) + "*" + Math.min(pw.length - star - 1, 3);
    }

    /** The token at {@code i} for a neighbour feature: case-folded, digits as {@code #}, {@code <s>} outside the text. */
    static String neighbour(List<String> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return "<s>";
        }
        String t = tokens.get(i).toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder(t.length());
        for (int k = 0; k < t.length(); k++) {
            char ch = t.charAt(k);
            sb.append(Character.isDigit(ch) ? '#' : ch);
        }
        return sb.toString();
    }
}
