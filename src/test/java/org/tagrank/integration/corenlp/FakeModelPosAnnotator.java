package org.tagrank.integration.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.Properties;
import java.util.Set;

/**
 * Loaded by CoreNLP through {@code customAnnotatorClass.<name>} in tests: a real {@link PosAnnotator}
 * configured from the properties, with {@link FakeTagger} in place of a trained model.
 */
@SuppressWarnings("rawtypes") // Annotator's signatures use the raw CoreAnnotation type
public final class FakeModelPosAnnotator implements Annotator {
    private final PosAnnotator delegate;

    public FakeModelPosAnnotator(String name, Properties props) {
        PosAnnotatorConfig config = PosAnnotatorConfig.fromProperties(name, props);
        delegate = new PosAnnotator(config, new FakeTagger(config.upos()));
    }

    @Override
    public void annotate(Annotation annotation) {
        delegate.annotate(annotation);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return delegate.requirementsSatisfied();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return delegate.requires();
    }
}
