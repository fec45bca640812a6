package org.tagrank.task.pos;

import java.io.IOException;
import java.util.List;

/**
 * PUBLIC API CONTRACT (implementation in progress on main): an immutable, thread-safe POS tagger.
 */
public final class PosTagger {
    /** Classpath / file location of the bundled default model. */
    public static final String DEFAULT_MODEL = "models/en-ewt-pos-ap-1.lin.zip";

    private PosTagger() {
    }

    /** Loads a model from a file path, classpath resource or URL. */
    public static PosTagger load(String location) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Loads the bundled default model. */
    public static PosTagger loadDefault() throws IOException {
        return load(DEFAULT_MODEL);
    }

    /** A tagger that applies a user lexicon (forced or restricted tags per word) at tagging time. */
    public PosTagger withLexicon(Lexicon lexicon) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Whether {@link #tag} fills UPOS. */
    public boolean hasUpos() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Tags one tokenized sentence (any length; never degrades to placeholder tags). */
    public TaggedSentence tag(List<String> words) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
