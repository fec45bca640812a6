package org.tagrank.task.rank.link;

import org.tagrank.feature.FeatureSink;

import java.util.List;

/**
 * The optional {@code ty.*} features: a coarse type of the mention read from its shape (number of
 * words, casing, demonym-like ending, short all-capitals acronym), the AIDA files carrying no NER
 * type, conjoined with the candidate's class read from its title (the title pattern's last word,
 * the title itself, or its qualifier's first word).
 */
final class TypeFeatures {
    private TypeFeatures() {
    }

    /** The mention's shape class, e.g. {@code 1u} (one word, upper case), {@code 1md} (a demonym). */
    static String shape(String text, List<String> words) {
        String casing = LinkPatterns.casing(text);
        StringBuilder sb = new StringBuilder();
        sb.append(Math.min(words.size(), 3)).append(casing.charAt(0));
        if (words.size() == 1) {
            String w = words.get(0);
            if (w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("ch") || w.endsWith("i")) {
                sb.append('d');
            }
            if (casing.equals("upper") && text.replace(".", "").length() <= 4) {
                sb.append('a');
            }
        }
        return sb.toString();
    }

    /** The candidate's class: its pattern's last word, {@code =} (title = mention), {@code q:WORD} (qualifier) or {@code -}. */
    static String kind(String pattern, TitleWords.Parts parts, List<String> mentionWords) {
        if (pattern != null) {
            return pattern.substring(pattern.lastIndexOf(' ') + 1);
        }
        if (!parts.qualifierWords().isEmpty()) {
            return "q:" + parts.qualifierWords().get(0);
        }
        return parts.baseWords().equals(mentionWords) ? "=" : "-";
    }

    static void emit(String shape, String pattern, TitleWords.Parts parts, List<String> mentionWords, FeatureSink sink) {
        String kind = kind(pattern, parts, mentionWords);
        sink.add("ty=" + shape + "|" + kind);
    }
}
