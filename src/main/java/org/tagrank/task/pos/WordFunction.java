package org.tagrank.task.pos;

import java.util.Locale;

/** Functions of one word form that feature templates apply at an offset. */
enum WordFunction {
    W("w"), LW("lw"), SUF1("suf1"), SUF2("suf2"), SUF3("suf3"), SUF4("suf4"), SUF5("suf5"),
    PRE1("pre1"), PRE2("pre2"), PRE3("pre3"), PRE4("pre4"), SHAPE("shape"), FLAGS("flags"), LEN("len"),
    /** Ambiguity class: the tags the word had in training (frequent words only, see TagDictionary). */
    AC("ac"),
    /** The ambiguity class, or for words without one their auto tags from unlabeled text. */
    ACX("acx"),
    /** Frequent automatic tags of the word in unlabeled text (needs an {@link AutoLexicon}). */
    AT("at"),
    /** The most frequent automatic tag of the word in unlabeled text. */
    AT1("at1"),
    /** How often the word is capitalised mid-sentence in unlabeled text. */
    CAP("cap"),
    /** How frequent the word is in unlabeled text (log buckets). */
    UF("uf"),
    /** An inflectional suffix whose removal gives a word of the unlabeled text. */
    MORPH("morph"),
    /** The word's cluster in a word-cluster file (needs {@link WordClusters}). */
    CL("cl"),
    /** The word's cluster in a second word-cluster file (e.g. clusters induced from in-domain text). */
    CL2("cl2"),
    /** The WordNet parts of speech of the word and how morphy found them (needs a {@link WordNetLexicon}). */
    WN("wn");

    final String id;

    WordFunction(String id) {
        this.id = id;
    }

    /** Whether the function needs unlabeled text tagged by a first-pass model. */
    boolean needsAutoTags() {
        return this == ACX || this == AT || this == AT1;
    }

    /** Whether the function needs a lexicon from unlabeled text. */
    boolean needsAutoLexicon() {
        return this == ACX || this == AT || this == AT1 || this == CAP || this == UF || this == MORPH;
    }

    /** Whether the function needs word clusters (the first set). */
    boolean needsClusters() {
        return this == CL;
    }

    /** Whether the function needs the second set of word clusters. */
    boolean needsClusters2() {
        return this == CL2;
    }

    /** Whether the function needs the WordNet lexicon. */
    boolean needsWordNet() {
        return this == WN;
    }

    /** The function's value on a word, for functions of the word form alone. */
    String apply(String word) {
        return apply(word, WordSources.NONE);
    }

    /** The function's value on a word. */
    String apply(String word, WordSources src) {
        return apply(word, lower(word), src);
    }

    /**
     * The function's value on a word whose lowercased form ({@link #lower}) the caller has made once for all
     * functions (an unknown word's row applies about twenty).
     */
    String apply(String word, String lower, WordSources src) {
        return switch (this) {
            case W -> word;
            case LW -> lower;
            case SUF1 -> cutEnd(lower, 1);
            case SUF2 -> cutEnd(lower, 2);
            case SUF3 -> cutEnd(lower, 3);
            case SUF4 -> cutEnd(lower, 4);
            case SUF5 -> cutEnd(lower, 5);
            case PRE1 -> cutStart(lower, 1);
            case PRE2 -> cutStart(lower, 2);
            case PRE3 -> cutStart(lower, 3);
            case PRE4 -> cutStart(lower, 4);
            case SHAPE -> shape(word);
            case FLAGS -> flags(word);
            case LEN -> Integer.toString(Math.min(word.codePointCount(0, word.length()), 10)); // 😀 is one character
            case AC -> src.ambiguityClass(word);
            case ACX -> {
                String ac = src.ambiguityClass(word);
                yield !ac.equals(AutoLexicon.NONE) ? ac : "a:" + src.autoTags(word);
            }
            case AT -> src.autoTags(word);
            case AT1 -> src.autoTopTag(word);
            case CAP -> src.capitalisation(lower); // these sources look up the lowercased form
            case UF -> src.frequency(lower);
            case MORPH -> src.morphology(lower);
            case CL -> src.cluster(lower);
            case CL2 -> src.cluster2(lower);
            case WN -> src.wordNet(lower);
        };
    }

    static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    /**
     * The last n characters (code points) of the lowercased word; shorter words give their whole form. A surrogate
     * pair is never split: its halves alone are not text, and the model file would write both as '?'.
     */
    static String suffix(String w, int n) {
        return cutEnd(lower(w), n);
    }

    static String prefix(String w, int n) {
        return cutStart(lower(w), n);
    }

    private static String cutEnd(String l, int n) {
        int len = l.length();
        if (len <= n) {
            return l;
        }
        for (int i = len - n; i < len; i++) {
            if (Character.isSurrogate(l.charAt(i))) { // only then count code points; BMP words stay on the fast path
                return l.codePointCount(0, len) <= n ? l : l.substring(l.offsetByCodePoints(len, -n));
            }
        }
        return l.substring(len - n);
    }

    private static String cutStart(String l, int n) {
        int len = l.length();
        if (len <= n) {
            return l;
        }
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(l.charAt(i))) {
                return l.codePointCount(0, len) <= n ? l : l.substring(0, l.offsetByCodePoints(0, n));
            }
        }
        return l.substring(0, n);
    }

    /**
     * Character classes (X upper, x lower, d digit, other kept) with runs collapsed: "McDonald's" → "XxXx'x". Per
     * code point: a surrogate pair (𝐀, 😀) is one character, not two unclassified halves.
     */
    static String shape(String w) {
        StringBuilder sb = new StringBuilder(Math.min(w.length(), 16));
        int last = 0;
        for (int i = 0; i < w.length() && sb.length() < 12; ) {
            int c = w.codePointAt(i); // a char, unless it starts a pair
            i += Character.charCount(c);
            int k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'l' : c;
            if (k != last) {
                sb.appendCodePoint(k);
                last = k;
            }
        }
        return sb.toString();
    }

    /** Capitalisation, digit and hyphen flags as one value (per code point, as {@link #shape}). */
    static String flags(String w) {
        boolean upper = false;
        boolean lowerCase = false;
        boolean digit = false;
        boolean hyphen = false;
        boolean letter = false;
        for (int i = 0; i < w.length(); ) {
            int c = w.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lowerCase = true;
            }
            if (Character.isLetter(c)) {
                letter = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (c == '-') {
                hyphen = true;
            }
        }
        StringBuilder sb = new StringBuilder(6);
        sb.append(Character.isUpperCase(w.codePointAt(0)) ? 'C' : '-');
        sb.append(upper && !lowerCase ? 'A' : '-');
        sb.append(digit ? 'D' : '-');
        sb.append(hyphen ? 'H' : '-');
        sb.append(letter ? 'L' : '-');
        return sb.toString();
    }

    static WordFunction parse(String id) {
        for (WordFunction f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        return null;
    }
}
