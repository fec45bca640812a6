package org.tagrank.task.rank.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions in raw text without an NER model: tokens are split off with a simple pattern, and a
 * mention is the longest run of at most {@code maxWords} tokens, starting with an upper-case
 * letter, that the alias table knows (exact or case-folded). A CoreNLP pipeline with {@code ner}
 * and {@code EntityLinkAnnotator} finds mentions better; this is for quick use from the shell.
 */
public final class DictionaryMentions {
    /**
     * Abbreviations (U.S.), words with inner ' & - (O'Neill, AT&T), possessive 's, numbers, other characters. A
     * combining mark belongs to its word: {@code o} + U+0308 is not a token boundary.
     */
    private static final Pattern TOKEN = Pattern.compile("(?:\\p{L}\\p{M}*\\.){2,}"
            + "|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:(?:['’](?![sS]\\b)|[&-])\\p{L}[\\p{L}\\p{M}\\p{N}]*)*"
            + "|['’][sS]\\b|\\p{N}+(?:[.,]\\p{N}+)*|\\S\\p{M}*");

    private DictionaryMentions() {
    }

    /** Simple tokens of the text. */
    public static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * The document of the text: its tokens and the alias-table mentions with their candidates. The text is read in
     * Unicode NFC first, the form of the alias tables and titles (a decomposed {@code Björk} is the table's).
     */
    public static LinkDocument find(String docId, String text, AliasTable aliases, int maxWords) {
        if (maxWords < 1) {
            throw new IllegalArgumentException("maxWords must be >= 1, got " + maxWords);
        }
        List<String> tokens = tokenize(org.tagrank.io.UnicodeWords.nfc(text));
        List<LinkMention> mentions = new ArrayList<>();
        int longest = Math.min(maxWords, aliases.longestLookup()); // --max-words 100000 joined ever longer runs: hours
        int i = 0;
        while (i < tokens.size()) {
            int found = -1;
            if (Character.isUpperCase(tokens.get(i).codePointAt(0))) {
                for (int n = Math.min(longest, tokens.size() - i); n >= 1; n--) {
                    String s = String.join(" ", tokens.subList(i, i + n));
                    if (!aliases.candidates(s).isEmpty()) {
                        found = n;
                        break;
                    }
                }
            }
            if (found < 0) {
                i++;
                continue;
            }
            String s = String.join(" ", tokens.subList(i, i + found));
            mentions.add(new LinkMention(docId, mentions.size(), i, i + found, s, null, aliases.candidates(s), -1, 0));
            i += found;
        }
        return new LinkDocument(docId, tokens, mentions);
    }
}
