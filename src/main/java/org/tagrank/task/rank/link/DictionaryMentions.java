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
     * Abbreviations (U.S.), words with inner ' & (O'Neill, AT&T), possessive 's, numbers, other characters. A
     * combining mark belongs to its word: {@code o} + U+0308 is not a token boundary. A hyphen is a token of its own,
     * as CoreNLP's tokenizer splits it, so that "New York-based" holds "New York".
     */
    private static final Pattern TOKEN = Pattern.compile("(?:\\p{L}\\p{M}*\\.){2,}"
            + "|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:(?:['’](?![sS]\\b)|&)\\p{L}[\\p{L}\\p{M}\\p{N}]*)*"
            + "|['’][sS]\\b|\\p{N}+(?:[.,]\\p{N}+)*|\\S\\p{M}*");

    private DictionaryMentions() {
    }

    /** Simple tokens of the text. */
    public static List<String> tokenize(String text) {
        java.util.Objects.requireNonNull(text, "text");
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * The document of the text: its tokens and the alias-table mentions with their candidates. The text is read in
     * Unicode NFC first, the form of the alias tables and titles (a decomposed {@code Björk} is the table's). A run is
     * looked up with its tokens joined by spaces, then, when a period token is written against the word before it
     * ("D.", "Corp.") or a hyphen between two words ("Coca-Cola"), as written, the form of alias texts such as
     * {@code Franklin D. Roosevelt}; such a period, hyphen and the word after the hyphen are part of the first word
     * for {@code maxWords}.
     */
    public static LinkDocument find(String docId, String text, AliasTable aliases, int maxWords) {
        if (maxWords < 1) {
            throw new IllegalArgumentException("maxWords must be >= 1, got " + maxWords);
        }
        java.util.Objects.requireNonNull(text, "text"); // was an NPE naming the JDK's normaliser's parameter
        java.util.Objects.requireNonNull(aliases, "aliases");
        String nfc = org.tagrank.io.UnicodeWords.nfc(text);
        List<String> tokens = new ArrayList<>();
        java.util.BitSet glued = new java.util.BitSet(); // "." or "-" right after a word, or a word right after such a "-"
        Matcher tm = TOKEN.matcher(nfc);
        int prevEnd = -1;
        while (tm.find()) {
            String tok = tm.group();
            glued.set(tokens.size(), tm.start() == prevEnd && !tokens.isEmpty() && glues(tokens, glued, tok));
            tokens.add(tok);
            prevEnd = tm.end();
        }
        List<LinkMention> mentions = new ArrayList<>();
        int longest = Math.min(maxWords, aliases.longestLookup()); // --max-words 100000 joined ever longer runs: hours
        int i = 0;
        while (i < tokens.size()) {
            int found = -1;
            String mention = null;
            if (Character.isUpperCase(tokens.get(i).codePointAt(0))) {
                int end = i + 1; // the longest run of at most `longest` words
                for (int words = 1; end < tokens.size(); end++) {
                    words += glued.get(end) ? 0 : 1;
                    if (words > longest) {
                        break;
                    }
                }
                for (int e = end; e > i && found < 0; e--) {
                    String spaced = String.join(" ", tokens.subList(i, e));
                    String written = asWritten(tokens, glued, i, e);
                    for (String s : written == null ? List.of(spaced) : List.of(spaced, written)) {
                        if (!aliases.candidates(s).isEmpty()) {
                            found = e - i;
                            mention = s;
                            break;
                        }
                    }
                }
            }
            if (found < 0) {
                i++;
                continue;
            }
            mentions.add(new LinkMention(docId, mentions.size(), i, i + found, mention, null, aliases.candidates(mention),
                    -1, 0));
            i += found;
        }
        return new LinkDocument(docId, tokens, mentions);
    }

    /** Whether {@code tok}, written right after the last token, belongs to its word: ".", "-", a word after "-". */
    private static boolean glues(List<String> tokens, java.util.BitSet glued, String tok) {
        int last = tokens.size() - 1;
        String prev = tokens.get(last);
        if (tok.equals(".") || tok.equals("-")) {
            return Character.isLetter(prev.codePointAt(0));
        }
        return prev.equals("-") && glued.get(last) && Character.isLetter(tok.codePointAt(0));
    }

    /** Tokens {@code [from, to)} joined by spaces, a glued token without one; null when the run has none. */
    private static String asWritten(List<String> tokens, java.util.BitSet glued, int from, int to) {
        StringBuilder sb = null;
        for (int k = from + 1; k < to; k++) {
            if (glued.get(k)) {
                sb = new StringBuilder();
                break;
            }
        }
        if (sb == null) {
            return null;
        }
        for (int k = from; k < to; k++) {
            if (k > from && !glued.get(k)) {
                sb.append(' ');
            }
            sb.append(tokens.get(k));
        }
        return sb.toString();
    }
}
