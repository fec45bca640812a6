package org.tagrank.integration.corenlp;

import java.io.IOException;
import java.util.List;
import org.tagrank.task.pos.Lexicon;
import org.tagrank.task.pos.PosTagger;
import org.tagrank.task.pos.TaggedSentence;

/**
 * What {@link PosAnnotator} needs from a tagger: a seam so the annotator's CoreNLP plumbing can be
 * unit-tested without a trained model. Implementations must be thread-safe.
 */
interface SentenceTagger {
    TaggedSentence tag(List<String> words);

    boolean hasUpos();

    /** Loads the model (and lexicon) named by {@code config}. */
    static SentenceTagger load(PosAnnotatorConfig config) throws IOException {
        PosTagger tagger = PosTagger.load(config.model());
        if (config.beam() > 0) {
            tagger = tagger.withBeam(config.beam());
        }
        if (config.lexicon() != null) {
            tagger = tagger.withLexicon(Lexicon.read(config.lexicon()));
        }
        PosTagger loaded = tagger;
        return new SentenceTagger() {
            @Override
            public TaggedSentence tag(List<String> words) {
                return loaded.tag(words);
            }

            @Override
            public boolean hasUpos() {
                return loaded.hasUpos();
            }
        };
    }
}
