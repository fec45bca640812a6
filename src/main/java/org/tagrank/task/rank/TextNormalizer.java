package org.tagrank.task.rank;

import org.tagrank.io.UnicodeWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokenising and normalising for lexical matching, without models: lower-cased word tokens,
 * sentence splitting on end punctuation and blank lines, a stop word list, and a light stemmer
 * (a short irregular-form table plus suffix rules) that maps inflected forms to one key, so
 * {@code baked/bakes/baking/bake} all match. The keys are matching keys, not real lemmas.
 */
public final class TextNormalizer {
    private static final Pattern CASED_WORD = UnicodeWords.WORD;
    private static final Pattern NOT = Pattern.compile("n['\u2019]t", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"')\\]]*\\s+|\\n\\s*\\n");

    /** Function words ignored by the distance score and the content-word features. */
    public static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "then", "so", "than", "that", "this", "these", "those",
            "there", "here", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "up",
            "down", "out", "over", "about", "as", "off", "be", "is", "am", "are", "was", "were", "been", "being",
            "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "should", "may", "might",
            "must", "shall", "i", "me", "my", "mine", "you", "your", "he", "him", "his", "she", "her", "hers",
            "it", "its", "we", "us", "our", "they", "them", "their", "what", "who", "whom", "whose", "which",
            "where", "when", "why", "how", "all", "any", "some", "very", "too", "also", "just", "s", "t", "not",
            "no", "yes", "ca", "wo", "go", "get", "got", "went", "after", "before", "because", "while", "again");

    private static final Map<String, String> IRREGULAR = irregular();

    private TextNormalizer() {
    }

    /**
     * Lower-cased word tokens; {@code n't} becomes {@code not}, possessive {@code 's} is dropped. A word is a letter or
     * digit and the letters, digits and combining marks after it, in Unicode NFC ({@link UnicodeWords}).
     */
    public static List<String> words(String text) {
        List<String> out = casedWords(text);
        out.replaceAll(w -> w.toLowerCase(Locale.ROOT));
        return out;
    }

    /** The same tokens as {@link #words} with their case kept. */
    public static List<String> casedWords(String text) {
        String s = POSSESSIVE.matcher(NOT.matcher(UnicodeWords.nfc(text)).replaceAll(" not")).replaceAll(" ");
        List<String> out = new ArrayList<>();
        Matcher m = CASED_WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The text split into sentences (each non-empty after trimming). */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    public static boolean isStopword(String word) {
        return STOPWORDS.contains(word);
    }

    /** A matching key for a lower-cased word. */
    public static String stem(String w) {
        String irr = IRREGULAR.get(w);
        if (irr != null) {
            return irr;
        }
        if (w.length() <= 3 || !Character.isLetter(w.charAt(0))) {
            return w;
        }
        String s = w;
        if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "i";
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ing") && s.length() > 5) {
            s = undouble(s.substring(0, s.length() - 3));
        } else if (s.endsWith("ied") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "i";
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = undouble(s.substring(0, s.length() - 2));
        } else if (s.endsWith("ly") && s.length() > 5) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("y") && s.length() > 2) {
            s = s.substring(0, s.length() - 1) + "i";
        }
        if (s.endsWith("e") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0
                && "aeiou".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    private static Map<String, String> irregular() {
        String[] groups = {
                "be:is am are was were been being", "have:has had having", "do:does did done doing",
                "go:goes went gone going", "eat:ate eaten", "see:saw seen", "come:came", "take:took taken",
                "give:gave given", "make:made", "find:found", "get:got gotten", "run:ran", "say:said",
                "tell:told", "think:thought", "buy:bought", "bring:brought", "catch:caught", "know:knew known",
                "leave:left", "feel:felt", "keep:kept", "meet:met", "sit:sat", "stand:stood", "swim:swam swum",
                "sing:sang sung", "begin:began begun", "drink:drank drunk", "write:wrote written",
                "ride:rode ridden", "fly:flew flown flies", "fall:fell fallen", "throw:threw thrown", "win:won",
                "lose:lost", "sleep:slept", "wake:woke woken", "wear:wore worn", "drive:drove driven",
                "hear:heard", "build:built", "send:sent", "spend:spent", "hold:held", "hide:hid hidden",
                "break:broke broken", "choose:chose chosen", "grow:grew grown", "draw:drew drawn", "feed:fed",
                "lead:led", "pay:paid", "teach:taught", "fight:fought", "seek:sought", "sell:sold",
                "understand:understood", "forget:forgot forgotten", "shake:shook", "steal:stole stolen",
                "blow:blew blown", "dig:dug", "hang:hung", "light:lit", "lie:lay lain", "sweep:swept",
                "child:children", "man:men", "woman:women", "foot:feet", "tooth:teeth", "mouse:mice",
                "goose:geese", "person:people", "0:zero none", "1:one once", "2:two twice", "3:three",
                "4:four", "5:five", "6:six", "7:seven", "8:eight", "9:nine", "10:ten", "11:eleven",
                "12:twelve", "mom:mother mommy mum", "dad:father daddy"};
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        for (String g : groups) {
            int colon = g.indexOf(':');
            String base = g.substring(0, colon);
            String key = Character.isDigit(base.charAt(0)) ? base : stemRegular(base);
            m.put(base, key);
            for (String form : g.substring(colon + 1).split(" ")) {
                m.put(form, key);
            }
        }
        return Map.copyOf(m);
    }

    /** Stems a base form by the suffix rules only, so irregular forms map to the same key as regular ones. */
    private static String stemRegular(String base) {
        String s = base;
        if (s.length() > 3 && s.endsWith("y")) {
            s = s.substring(0, s.length() - 1) + "i";
        }
        if (s.length() > 3 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
