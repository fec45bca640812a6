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
 * WordToSentenceProcessor, without PTB escaping (forms stay as in UD treebanks: "(" not "-LRB-").
 * Thread-safe: state is per call.
 */
public final class CoreNlpTokenizer {
    private static final String OPTIONS = "invertible=false,ptb3Escaping=false,normalizeParentheses=false,"
            + "normalizeOtherBrackets=false,americanize=false,quotes=original,ellipses=original,dashes=original,untokenizable=noneKeep,"
            + "normalizeSpace=true";

    private CoreNlpTokenizer() {
    }

    /** Tokenizes and sentence-splits a piece of text. */
    public static List<List<String>> sentences(String text) {
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), OPTIONS);
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
