package org.tagrank.integration.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import org.tagrank.io.ResourceLocator;
import org.tagrank.task.rank.link.AliasTable;
import org.tagrank.task.rank.link.EntityLinker;
import org.tagrank.task.rank.link.LinkDocument;
import org.tagrank.task.rank.link.LinkMention;
import org.tagrank.task.rank.link.Wikidict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Entity linking in a CoreNLP pipeline, a drop-in for CoreNLP's {@code entitylink}: after
 * {@code ner}, every entity mention gets candidates from an alias table, the TagRank link model
 * ranks them against the whole document, and the best one is set as
 * {@code WikipediaEntityAnnotation} on the mention and its tokens (other tokens get {@code O},
 * as {@code entitylink} does). A mention without candidates, or whose best candidate's
 * probability is under the threshold, stays unlinked.
 * <pre>
 * annotators = tokenize,ssplit,pos,lemma,ner,trlink
 * customAnnotatorClass.trlink = org.tagrank.integration.corenlp.EntityLinkAnnotator
 * # required: see docs/usage-link.md
 * trlink.aliases = aliases.tsv
 * trlink.model = models/en-aida-link-lr-1.lin.zip
 * # minimum probability of the best candidate
 * trlink.threshold = 0.0
 * # CoreNLP's wikidict: for a model trained with it, or for the next key
 * # trlink.wikidict = ...
 * # true: each mention's 1-best wikidict entity joins its candidates (default false)
 * # trlink.wikidict.candidates = true
 * </pre>
 * Immutable and thread-safe.
 */
public final class EntityLinkAnnotator implements Annotator {
    /** The model used when {@code name.model} is not set. */
    public static final String DEFAULT_MODEL = "models/en-aida-link-lr-1.lin.zip";
    /** What {@code entitylink} writes on tokens outside linked mentions. */
    public static final String OUTSIDE = "O";
    /** NER classes that are values, not entities: never linked. */
    private static final Set<String> VALUE_TYPES = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "MONEY", "PERCENT");
    private static final Set<String> KEYS = Set.of("model", "aliases", "threshold", "wikidict", "wikidict.candidates");

    private final String name;
    private final EntityLinker linker;
    private final AliasTable aliases;
    private final double threshold;

    /** The constructor CoreNLP calls for {@code customAnnotatorClass.<name>}; reads only {@code name.*} keys. */
    public EntityLinkAnnotator(String name, Properties props) {
        this.name = Objects.requireNonNull(name, "name");
        for (String k : props.stringPropertyNames()) {
            if (k.startsWith(name + ".") && !KEYS.contains(k.substring(name.length() + 1))) {
                throw new IllegalArgumentException("unknown property " + k + " (known: " + name + ".model, " + name
                        + ".aliases, " + name + ".threshold, " + name + ".wikidict, " + name + ".wikidict.candidates)");
            }
        }
        for (String key : List.of("model", "wikidict")) { // an empty value is no setting: as PosAnnotator, refuse it
            String v = get(props, name + "." + key);
            if (v != null && v.isEmpty()) {
                throw new IllegalArgumentException(name + "." + key + " must not be blank when given");
            }
        }
        String model = Objects.requireNonNullElse(get(props, name + ".model"), DEFAULT_MODEL);
        String aliasLocation = get(props, name + ".aliases");
        if (aliasLocation == null || aliasLocation.isBlank()) {
            throw new IllegalArgumentException(name + ".aliases is required: an alias table (see docs/usage-link.md)");
        }
        String t = Objects.requireNonNullElse(get(props, name + ".threshold"), "0");
        try {
            threshold = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ".threshold must be a number in [0,1], got '" + t + "'");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException(name + ".threshold must be in [0,1], got " + threshold);
        }
        EntityLinker loaded;
        try {
            loaded = EntityLinker.load(model);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot load model " + model + ": " + e.getMessage(), e);
        }
        AliasTable table;
        try {
            ResourceLocator.Located l = ResourceLocator.open(aliasLocation);
            try (InputStream in = l.stream()) {
                table = AliasTable.read(in, aliasLocation);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read alias table " + aliasLocation + ": " + e.getMessage(), e);
        }
        String wd = get(props, name + ".wikidict");
        // any case, as CoreNLP's Boolean.parseBoolean and the POS annotator read booleans; but "ture" is an error
        String candidates = Objects.requireNonNullElse(get(props, name + ".wikidict.candidates"), "false");
        if (!candidates.equalsIgnoreCase("true") && !candidates.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(name + ".wikidict.candidates must be true or false, got '" + candidates + "'");
        }
        boolean dictionaryCandidates = candidates.equalsIgnoreCase("true");
        if (dictionaryCandidates && wd == null) {
            throw new IllegalArgumentException(name + ".wikidict.candidates needs " + name + ".wikidict (the "
                    + "models-english-kbp jar or its wikidict.tab.gz)");
        }
        if (wd == null && loaded.usesWikidict()) {
            throw new IllegalArgumentException(name + ": model " + model + " was trained with the wikidict features: set "
                    + name + ".wikidict (the models-english-kbp jar or its wikidict.tab.gz)");
        }
        if (wd != null && !dictionaryCandidates && !loaded.usesWikidict()) {
            // read nowhere else: better a clear refusal than a dictionary the user thinks is in use
            throw new IllegalArgumentException(name + ".wikidict is set but unused: model " + model + " has no wikidict "
                    + "features; set " + name + ".wikidict.candidates = true to use it as a candidate source, or remove it");
        }
        if (loaded.usesWikidictAliases()) {
            throw new IllegalArgumentException(name + ": model " + model + " was trained with the wikidict alias features "
                    + "(link.wikidict.aliases), which the annotator does not compute: use a model without them");
        }
        if (wd != null && (dictionaryCandidates || loaded.usesWikidict())) {
            AliasTable plain = table;
            try { // as candidates, any alias may be looked up (2.7 GB of heap); as features, only the table's aliases
                Wikidict dict = Wikidict.read(wd, dictionaryCandidates ? a -> true : a -> !plain.candidates(a).isEmpty());
                loaded = loaded.withWikidict(dict);
                table = dictionaryCandidates ? table.withDictionary(dict) : table;
            } catch (IOException e) {
                throw new UncheckedIOException(name + ": cannot read wikidict " + wd + ": " + e.getMessage(), e);
            }
        }
        aliases = table;
        linker = loaded;
    }

    /** The value trimmed (properties files keep trailing blanks), as {@link PosAnnotatorConfig} reads its keys. */
    private static String get(Properties props, String key) {
        String value = props.getProperty(key);
        return value == null ? null : value.trim();
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreLabel> docTokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        if (sentences == null || docTokens == null) {
            throw new IllegalArgumentException(name + ": the document has no tokens or sentences (run tokenize,ssplit first)");
        }
        List<String> words = new ArrayList<>(docTokens.size());
        for (CoreLabel tok : docTokens) {
            if (tok.word() == null) { // LinkDocument's NPE named neither the annotator nor where the token is
                throw new IllegalArgumentException(name + ": a token at character " + tok.beginPosition()
                        + " has no word (TextAnnotation)");
            }
            words.add(tok.word());
        }
        List<CoreMap> mentions = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (ms == null) {
                throw new IllegalArgumentException(name + ": a sentence has no entity mentions annotation (run ner first;"
                        + " with ner.buildEntityMentions=false it makes none: remove that or add entitymentions before " + name + ")");
            }
            for (CoreMap m : ms) {
                String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class); // null: not from ner, an entity
                if (type == null || !VALUE_TYPES.contains(type)) {
                    mentions.add(m);
                }
            }
        }
        String docId = Objects.requireNonNullElse(annotation.get(CoreAnnotations.DocIDAnnotation.class), "doc");
        List<LinkMention> lms = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            CoreMap m = mentions.get(i);
            String text = text(m);
            Integer b = m.get(CoreAnnotations.TokenBeginAnnotation.class);
            Integer e = m.get(CoreAnnotations.TokenEndAnnotation.class);
            boolean span = b != null && e != null && b >= 0 && e > b && e <= words.size();
            // the token span gives the neighbour-word features
            lms.add(new LinkMention(docId, i, span ? b : -1, span ? e : -1, text, null, aliases.candidates(text), -1, 0));
        }
        List<List<EntityLinker.Ranked>> ranked = linker.rank(new LinkDocument(docId, words, lms));
        // written only now that nothing can fail: an error leaves the document as it was
        for (CoreLabel tok : docTokens) {
            tok.set(CoreAnnotations.WikipediaEntityAnnotation.class, OUTSIDE);
        }
        for (int i = 0; i < mentions.size(); i++) {
            List<EntityLinker.Ranked> r = ranked.get(i);
            if (r.isEmpty() || r.get(0).probability() < threshold) {
                continue;
            }
            String entity = r.get(0).title();
            CoreMap m = mentions.get(i);
            m.set(CoreAnnotations.WikipediaEntityAnnotation.class, entity);
            List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
            if (toks != null) {
                for (CoreLabel tok : toks) {
                    tok.set(CoreAnnotations.WikipediaEntityAnnotation.class, entity);
                }
            }
        }
    }

    /** Runs of Unicode whitespace (no-break spaces, line breaks), compiled once rather than per mention. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("(?U)\\s+");

    private static String text(CoreMap mention) {
        String t = mention.get(CoreAnnotations.TextAnnotation.class);
        if (t != null && !t.isBlank()) {
            // ner copies the raw text (line breaks, no-break spaces, which the tokenizer splits at; soft hyphens,
            // which it drops from words); aliases, wikidict and training mentions are single-spaced
            return WHITESPACE.matcher(t.replace("\u00AD", "").strip()).replaceAll(" ");
        }
        List<CoreLabel> toks = mention.get(CoreAnnotations.TokensAnnotation.class);
        StringBuilder sb = new StringBuilder();
        for (CoreLabel tok : toks == null ? List.<CoreLabel>of() : toks) {
            sb.append(sb.length() > 0 ? " " : "").append(tok.word());
        }
        return sb.toString();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CoreAnnotations.WikipediaEntityAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.MentionsAnnotation.class);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "EntityLinkAnnotator(%s, %d aliases, threshold %s)", name, aliases.size(),
                threshold);
    }
}
