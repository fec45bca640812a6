package org.tagrank.task.pos;

/**
 * Emoji and other pictographs, which EWT (the training data of the bundled models) does not contain: a word
 * made of them alone and unknown to the model is tagged with the features of the emoticon {@code :)}, which EWT
 * tags NFP (UPOS SYM) as its guidelines tag emoji. Without this, "😀" got the features of an unknown
 * punctuation mark and the tags {@code :} or {@code .}.
 */
final class Pictographs {
    /** The word whose features stand in for a pictograph's. */
    static final String STAND_IN = ":)";

    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private Pictographs() {
    }

    /**
     * Whether the word holds at least one pictograph and otherwise only what joins or modifies them (zero-width
     * joiner, variation selectors, skin-tone modifiers).
     */
    static boolean only(String word) {
        boolean pictograph = false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (isPictograph(cp)) {
                pictograph = true;
            } else if (!joinsOrModifies(cp)) {
                return false;
            }
        }
        return pictograph;
    }

    /** Other symbols (So) in the blocks of emoji and dingbats: ☺ ♥ ✔ ★ 😀 🇫 (regional indicators) ... */
    private static boolean isPictograph(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL
                && (cp >= 0x2600 && cp <= 0x27BF || cp >= 0x2B00 && cp <= 0x2BFF || cp >= 0x1F000 && cp <= 0x1FAFF);
    }

    private static boolean joinsOrModifies(int cp) {
        return cp == ZERO_WIDTH_JOINER || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0x1F3FB && cp <= 0x1F3FF;
    }
}
