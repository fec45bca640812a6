package org.tagrank.io;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer edge: raw English text to sentences of tokens with CoreNLP's PTBTokenizer and
 * WordToSentenceProcessor, the tokens of CoreNLP's tokenize annotator (forms as in UD treebanks: "(" not "-LRB-").
 * Thread-safe: state is per call.
 */
public final class CoreNlpTokenizer {
    /**
     * CoreNLP 4.5's English defaults, as its tokenize annotator uses them, which already leave brackets and quotes as
     * written. Characters it cannot tokenize (controls, bidi overrides, U+FFFD) are dropped as by that annotator, but
     * silently: it logs the first per tokenizer, here per paragraph. Nothing more: "invertible=false" made PTBLexer read
     * the '-37' of 'Sector-37' as a negative number, "ptb3Escaping=false" (and quotes=original, ...) kept Windows-1252's
     * U+0092 apostrophe and U+0093 quote as control characters and AT&amp;amp;T as written.
     */
    private static final String OPTIONS = "untokenizable=noneDelete";
    /** The options the bundled models' unlabeled text (scripts/train-models) was tokenized with: changed, their bytes would. */
    private static final String UNLABELED_OPTIONS = "invertible=false,ptb3Escaping=false,normalizeParentheses=false,"
            + "normalizeOtherBrackets=false,americanize=false,quotes=original,ellipses=original,dashes=original,"
            + "untokenizable=noneKeep,normalizeSpace=true";

    private CoreNlpTokenizer() {
    }

    /**
     * A sentence of raw text: its tokens, its text as written (from its first token's first character to its last
     * token's last; line breaks, tabs, other control characters and characters dropped between tokens become spaces:
     * CoNLL-U's {@code # text} is one line), and which tokens have no white space after them (CoNLL-U's {@code SpaceAfter=No}).
     */
    public static final class Sentence {
        private final List<String> words;
        private final String text;
        private final java.util.BitSet glued; // tokens with no white space after them; never handed out: immutable

        Sentence(List<String> words, String text, java.util.BitSet glued) {
            this.words = List.copyOf(words);
            this.text = text;
            this.glued = (java.util.BitSet) glued.clone();
        }

        public List<String> words() {
            return words;
        }

        public String text() {
            return text;
        }

        /** Whether white space (or the end of the text) follows token {@code i}. */
        public boolean spaceAfter(int i) {
            return !glued.get(i);
        }
    }

    /** Tokenizes and sentence-splits a piece of text, keeping each sentence's text and spacing. */
    public static List<Sentence> sentencesWithText(String text) {
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), OPTIONS);
        List<CoreLabel> tokens = tokenizer.tokenize();
        List<List<CoreLabel>> split = new WordToSentenceProcessor<CoreLabel>().process(tokens);
        List<Sentence> out = new ArrayList<>(split.size());
        int next = 0; // index in tokens of the token after the last one seen
        for (List<CoreLabel> s : split) {
            if (s.isEmpty()) {
                continue;
            }
            List<String> words = new ArrayList<>(s.size());
            java.util.BitSet glued = new java.util.BitSet(s.size());
            for (int i = 0; i < s.size(); i++) {
                CoreLabel t = s.get(i);
                words.add(t.word());
                while (next < tokens.size() && tokens.get(next) != t) { // the splitter keeps every token, in order
                    next++;
                }
                next++;
                if (next < tokens.size() && tokens.get(next).beginPosition() == t.endPosition()) {
                    glued.set(i);
                }
            }
            out.add(new Sentence(words, textLine(text, s), glued));
        }
        return out;
    }

    /** CoNLL-U's {@code # text} of sentence {@code s}: its span of {@code text}, on one line, as its tokens read it. */
    private static String textLine(String text, List<CoreLabel> s) {
        int from = s.get(0).beginPosition();
        StringBuilder line = new StringBuilder(text.substring(from, s.get(s.size() - 1).endPosition()));
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                line.setCharAt(i, ' ');
            }
        }
        for (CoreLabel t : s) { // Windows-1252's U+0092 in the text is the tokens' ’, not a space: as the word says
            String word = t.word();
            if (word.length() == t.endPosition() - t.beginPosition()) {
                for (int k = t.beginPosition(); k < t.endPosition(); k++) {
                    if (Character.isISOControl(text.charAt(k)) && !Character.isISOControl(word.charAt(k - t.beginPosition()))) {
                        line.setCharAt(k - from, word.charAt(k - t.beginPosition()));
                    }
                }
            }
        }
        for (int i = 0; i + 1 < s.size(); i++) { // a dropped character is a space, as the tokens' SpaceAfter say
            for (int k = s.get(i).endPosition(); k < s.get(i + 1).beginPosition(); k++) {
                if (!Character.isWhitespace(line.charAt(k - from))) {
                    line.setCharAt(k - from, ' ');
                }
            }
        }
        return line.toString();
    }

    /** Tokenizes and sentence-splits a piece of text into the sentences and tokens of CoreNLP's tokenize annotator. */
    public static List<List<String>> sentencesAsCoreNlp(String text) {
        return sentences(text, OPTIONS);
    }

    /**
     * Tokenizes and sentence-splits a line of unlabeled training text ({@code --param unlabeled}, {@code clusters}) as the
     * bundled models' was, unlike {@link #sentencesAsCoreNlp}: a hyphen before digits stays on them ('Sector', '-37'),
     * control characters are tokens (Windows-1252's quotes among them). Kept so that scripts/train-models stays byte-exact.
     */
    public static List<List<String>> sentences(String line) {
        return sentences(line, UNLABELED_OPTIONS);
    }

    private static List<List<String>> sentences(String text, String options) {
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), options);
        List<CoreLabel> tokens = tokenizer.tokenize();
        List<List<CoreLabel>> split = new WordToSentenceProcessor<CoreLabel>().process(tokens);
        List<List<String>> out = new ArrayList<>(split.size());
        for (List<CoreLabel> s : split) {
            List<String> words = new ArrayList<>(s.size());
            for (CoreLabel t : s) {
                words.add(t.word());
            }
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }
}
