package org.tagrank.task.rank.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splitting titles and mentions into case-folded words, and the parts of a Wikipedia title. */
final class TitleWords {
    /** Words that carry no evidence in context matching. */
    static final Set<String> STOP = Set.of("the", "of", "and", "a", "an", "in", "on", "at", "to", "for", "by", "de",
            "la", "le", "du", "der", "die", "das", "von", "van", "from", "with", "is", "was", "as", "it", "its",
            "that", "this", "said", "he", "she", "they", "but", "or", "be", "has", "had", "have", "not", "after",
            "will", "his", "her", "their", "were", "are", "been", "who", "which", "also", "into", "than", "more");

    private TitleWords() {
    }

    /** The parts of a title such as {@code Armstrong_County,_Pennsylvania} or {@code Mercury_(planet)}. */
    record Parts(String base, List<String> baseWords, List<String> qualifierWords, boolean parenthetical,
                 boolean comma) {
    }

    static Parts parts(String title) {
        String t = title.replace('_', ' ').strip();
        boolean paren = false;
        boolean comma = false;
        String qualifier = "";
        int open = t.lastIndexOf(" (");
        if (open > 0 && t.endsWith(")")) {
            qualifier = t.substring(open + 2, t.length() - 1);
            t = t.substring(0, open).strip();
            paren = true;
        }
        int c = t.indexOf(", ");
        if (c > 0) {
            qualifier = (qualifier + " " + t.substring(c + 2)).strip();
            t = t.substring(0, c).strip();
            comma = true;
        }
        return new Parts(t, words(t), words(qualifier), paren, comma);
    }

    /** Case-folded letter/digit runs. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * A crude suffix stripper so that a qualifier such as "cricketer" or "athlete" meets
     * "cricket" or "athletics" in the text; stems shorter than four letters are not cut.
     */
    static String stem(String w) {
        for (String suffix : new String[]{"ers", "er", "ics", "es", "e", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** Is {@code mention} an acronym of the words (e.g. "UN" for united nations, skipping "of", "the")? */
    static boolean acronym(String mention, List<String> words) {
        String m = mention.replace(".", "").strip();
        if (m.length() < 2 || m.length() > 8 || words.size() < 2) {
            return false;
        }
        for (int i = 0; i < m.length(); i++) {
            if (!Character.isUpperCase(m.charAt(i))) {
                return false;
            }
        }
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (String w : words) {
            all.append(w.charAt(0));
            if (!STOP.contains(w)) {
                content.append(w.charAt(0));
            }
        }
        String lm = m.toLowerCase(Locale.ROOT);
        return lm.contentEquals(all) || lm.contentEquals(content);
    }
}
