package org.tagrank.integration.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import edu.stanford.nlp.util.logging.Redwood;
import org.tagrank.task.pos.TaggedSentence;

/**
 * A CoreNLP annotator that sets {@code PartOfSpeechAnnotation} (XPOS) on every token with a TagRank
 * POS model, and optionally {@code CoarseTagAnnotation} (UPOS). Enable it with
 * <pre>
 * annotators = tokenize,ssplit,trpos,lemma,ner
 * customAnnotatorClass.trpos = org.tagrank.integration.corenlp.PosAnnotator
 * </pre>
 * and configure it with the {@code trpos.*} keys described in {@link PosAnnotatorConfig}.
 * Thread-safe: one instance may annotate several documents at once (as in the CoreNLP server).
 */
@SuppressWarnings("rawtypes") // Annotator's signatures use the raw CoreAnnotation type
public final class PosAnnotator implements Annotator {
    private static final Redwood.RedwoodChannels LOG = Redwood.channels(PosAnnotator.class);
    // ordered: CoreNLP reports the first missing requirement, and "TokensAnnotation" is the telling one
    private static final Set<Class<? extends CoreAnnotation>> REQUIRES = Collections.unmodifiableSet(
            new LinkedHashSet<>(List.of(
                    CoreAnnotations.TokensAnnotation.class,
                    CoreAnnotations.SentencesAnnotation.class,
                    CoreAnnotations.CharacterOffsetBeginAnnotation.class,
                    CoreAnnotations.CharacterOffsetEndAnnotation.class)));
    private static final Set<Class<? extends CoreAnnotation>> XPOS_ONLY = Set.of(
            CoreAnnotations.PartOfSpeechAnnotation.class);
    private static final Set<Class<? extends CoreAnnotation>> XPOS_AND_UPOS = Set.of(
            CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.CoarseTagAnnotation.class);

    private final PosAnnotatorConfig config;
    private final SentenceTagger tagger;
    private final ExecutorService pool;
    private final AtomicLong sentencesSplit = new AtomicLong();
    /** Seconds a tagging thread waits for work before it ends (a new one starts with the next document). */
    static final int IDLE_SECONDS = 2;

    /** The constructor CoreNLP calls for {@code customAnnotatorClass.<name>}; reads only {@code name.*} keys. */
    public PosAnnotator(String name, Properties props) {
        this(PosAnnotatorConfig.fromProperties(name, props));
    }

    public PosAnnotator(PosAnnotatorConfig config) {
        this(config, loadTagger(config));
    }

    PosAnnotator(PosAnnotatorConfig config, SentenceTagger tagger) {
        this.config = Objects.requireNonNull(config, "config");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        if (config.upos() && !tagger.hasUpos()) {
            throw new IllegalArgumentException(config.name() + ".upos=true but the model " + config.model()
                    + " does not predict UPOS tags");
        }
        this.pool = config.nthreads() > 1 ? newPool(config) : null;
    }

    private static SentenceTagger loadTagger(PosAnnotatorConfig config) {
        try {
            return SentenceTagger.load(config);
        } catch (IOException e) {
            throw new UncheckedIOException(config.name() + ": cannot load model " + config.model()
                    + (config.lexicon() == null ? "" : " or lexicon " + config.lexicon()) + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) { // a lexicon tag the model lacks: named at file:line, here by annotator too
            throw new IllegalArgumentException(config.name() + ": " + e.getMessage(), e);
        }
    }

    private static ExecutorService newPool(PosAnnotatorConfig config) {
        AtomicInteger count = new AtomicInteger();
        // CoreNLP drops annotators without unmount (clearAnnotatorPool, its soft-reference cache): idle threads
        // end, or each re-created annotator would leave its threads behind; daemons never hold up JVM exit
        ThreadPoolExecutor p = new ThreadPoolExecutor(config.nthreads(), config.nthreads(), IDLE_SECONDS,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, config.name() + "-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        p.allowCoreThreadTimeOut(true);
        return p;
    }

    public PosAnnotatorConfig config() {
        return config;
    }

    /** How many sentences longer than {@code maxlen} this annotator has tagged in pieces so far. */
    public long sentencesSplit() {
        return sentencesSplit.get();
    }

    @Override
    public void annotate(Annotation document) {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            throw new IllegalArgumentException(config.name() + ": the document has no SentencesAnnotation;"
                    + " run tokenize and ssplit before " + config.name());
        }
        List<List<CoreLabel>> tokenLists = new ArrayList<>(sentences.size());
        int overlong = 0;
        int longest = 0;
        for (int i = 0; i < sentences.size(); i++) {
            List<CoreLabel> tokens = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
            if (tokens == null) {
                throw new IllegalArgumentException(config.name() + ": sentence " + (i + 1)
                        + " has no TokensAnnotation; run tokenize before " + config.name());
            }
            checkLength(i, tokens);
            if (tokens.size() > config.maxlen()) {
                overlong++;
                longest = Math.max(longest, tokens.size());
            }
            tokenLists.add(tokens);
        }
        if (overlong > 0) {
            // the split policy changes the tags near the cuts: say so rather than degrade silently
            sentencesSplit.addAndGet(overlong);
            LOG.warn(String.format(java.util.Locale.ROOT,
                    "%s: tagging %d sentence(s) longer than %s.maxlen=%d in pieces (longest: %d tokens)",
                    config.name(), overlong, config.name(), config.maxlen(), longest));
        }
        // tag everything first, then write: a failure leaves the document untouched
        List<TaggedSentence> tagged = pool == null || pool.isShutdown() || tokenLists.size() < 2
                ? tagSequentially(tokenLists) : tagInParallel(tokenLists);
        for (int i = 0; i < tokenLists.size(); i++) {
            apply(tokenLists.get(i), tagged.get(i));
        }
    }

    private void checkLength(int index, List<CoreLabel> tokens) {
        if (tokens.size() > config.maxlen() && config.policy() == PosAnnotatorConfig.MaxLengthPolicy.FAIL) {
            CoreLabel first = tokens.get(0);
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s: sentence %d (characters %d-%d) has %d tokens, more than %s.maxlen=%d;"
                            + " raise %s.maxlen or set %s.maxlen.policy=split",
                    config.name(), index + 1, first.beginPosition(), tokens.get(tokens.size() - 1).endPosition(),
                    tokens.size(), config.name(), config.maxlen(), config.name(), config.name()));
        }
    }

    private List<TaggedSentence> tagSequentially(List<List<CoreLabel>> tokenLists) {
        List<TaggedSentence> out = new ArrayList<>(tokenLists.size());
        for (List<CoreLabel> tokens : tokenLists) {
            out.add(tagSentence(tokens));
        }
        return out;
    }

    /** Package-private for a test: unmount() between annotate's isShutdown check and a submit. */
    List<TaggedSentence> tagInParallel(List<List<CoreLabel>> tokenLists) {
        int n = tokenLists.size();
        // a few contiguous chunks per thread balance uneven sentence lengths without per-sentence overhead
        int chunks = Math.min(n, config.nthreads() * 4);
        TaggedSentence[] out = new TaggedSentence[n];
        List<Future<?>> futures = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) n * c / chunks);
            int to = (int) ((long) n * (c + 1) / chunks);
            Runnable chunk = () -> {
                for (int i = from; i < to; i++) {
                    out[i] = tagSentence(tokenLists.get(i));
                }
            };
            try {
                futures.add(pool.submit(chunk));
            } catch (RejectedExecutionException e) {
                chunk.run(); // unmount() from another thread mid-document: the rest here, as later documents are
            }
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException(config.name() + ": interrupted while tagging", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(config.name() + ": tagging failed", e.getCause());
        }
        return List.of(out);
    }

    private TaggedSentence tagSentence(List<CoreLabel> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        for (CoreLabel token : tokens) {
            String word = token.word();
            if (word == null || word.isEmpty()) { // here, not in the tagger: its index is the piece's under split
                throw new IllegalArgumentException(config.name() + ": a token at character " + token.beginPosition()
                        + (word == null ? " has no word" : " has an empty word") + " (TextAnnotation)");
            }
            words.add(word);
        }
        if (words.size() <= config.maxlen()) {
            return tagger.tag(words);
        }
        // SPLIT policy (FAIL was checked before tagging began)
        List<String> xpos = new ArrayList<>(words.size());
        List<String> upos = config.upos() ? new ArrayList<>(words.size()) : null;
        for (int from = 0; from < words.size(); from += config.maxlen()) {
            TaggedSentence piece = tagger.tag(words.subList(from, Math.min(words.size(), from + config.maxlen())));
            xpos.addAll(piece.xpos());
            if (upos != null) {
                upos.addAll(piece.upos());
            }
        }
        return new TaggedSentence(words, xpos, upos);
    }

    private void apply(List<CoreLabel> tokens, TaggedSentence tagged) {
        if (tagged.size() != tokens.size()) {
            throw new IllegalStateException(config.name() + ": tagger returned " + tagged.size()
                    + " tags for " + tokens.size() + " tokens");
        }
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            token.setTag(tagged.xpos().get(i));
            if (config.upos()) {
                token.set(CoreAnnotations.CoarseTagAnnotation.class, tagged.upos().get(i));
            }
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return REQUIRES;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return config.upos() ? XPOS_AND_UPOS : XPOS_ONLY;
    }

    /**
     * Stops the tagging threads; later documents are tagged on the calling thread. CoreNLP 4.5 never
     * calls this itself, which is why idle threads end by themselves.
     */
    @Override
    public void unmount() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
