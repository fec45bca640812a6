package org.tagrank.task.rank.link;

import org.tagrank.feature.FeatureSink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Features of each (mention, candidate) pair, read against the whole document: priors and their
 * ranks, the alias prior, string match, context and coherence. One instance per document;
 * immutable and thread-safe once made (it holds only per-document state).
 */
public final class LinkFeatures {
    /**
     * Recorded in a model with optional feature groups ({@link LinkOptions}: the provenance says
     * which); bump when features change meaning.
     */
    public static final String VERSION = "link-features-4";
    /** Recorded in a model with the optional embedding features ({@link EmbeddingFeatures}), with or without others. */
    public static final String EMBEDDINGS = "link-features-5";
    /**
     * Recorded in a model with the optional co-occurrence features ({@link CoocFeatures}), with or without others: a
     * TagRank from before them accepts {@link #VERSION} and {@link #EMBEDDINGS} and would link such a model without
     * its {@code co.*} features, silently; this version makes it refuse the model.
     */
    public static final String COOC = "link-features-6";
    /** Recorded in a model with the optional sports features only (before the other groups existed). */
    public static final String SPORTS_ONLY = "link-features-3";
    /** Recorded in a model without them: the previous version's features, unchanged. */
    public static final String COMPATIBLE = "link-features-2";

    private final LinkDocument doc;
    private final AliasPrior.Lookup prior;
    private final Set<String> context = new HashSet<>();
    private final String[] keys;
    private final List<List<String>> words = new ArrayList<>();
    private final int[] likely;
    private final int[] priorTop;
    private final Map<String, Set<String>> candidateOf = new HashMap<>();
    private final Map<String, Set<String>> likelyOf = new HashMap<>();
    private final List<List<Integer>> longer = new ArrayList<>();
    private final List<String> topics;
    private final String topic;
    private final String numeric;
    private final Map<String, Set<String>> patternOf = new HashMap<>();
    /** Per mention and candidate, computed once: the title pattern (may be null) and the title's parts. */
    private final String[][] patterns;
    private final TitleWords.Parts[][] parts;
    /** The wikidict features, or null without a dictionary. */
    private final WikidictFeatures wikidict;
    /** The second-pass features, or null in a first pass. */
    private final FirstPassFeatures second;
    /** The optional sports-metonymy features, or null. */
    private final SportsFeatures sports;
    /** The optional entity-context, coreference and type features (null / false when off). */
    private final ContextFeatures contextFeatures;
    private final CorefFeatures coref;
    private final EmbeddingFeatures embeddings;
    private final CoocFeatures cooc;
    /** Per mention, its shape class for the type features; null without them. */
    private final String[] shapes;

    /**
     * The features of a training document: its own gold links are taken out of the alias prior (and out of the
     * entity context model, if any), as if it were new text.
     *
     * @param wikidict  CoreNLP's Wikipedia dictionary for the optional {@code wd.*} features, or null
     * @param firstPass for a second pass, the first pass's link (candidate index, -1 none) of every mention, which adds
     *                  the {@code fp.*} features; null for a first pass
     * @param options   the optional feature groups ({@link LinkOptions#NONE} for none)
     */
    public static LinkFeatures training(LinkDocument doc, AliasPrior prior, Wikidict wikidict, int[] firstPass,
                                        LinkOptions options) {
        return new LinkFeatures(doc, prior, wikidict, true, firstPass, options);
    }

    /** The features of a document to link (or a dev document): the prior is used whole. Parameters as {@link #training}. */
    public static LinkFeatures linking(LinkDocument doc, AliasPrior prior, Wikidict wikidict, int[] firstPass,
                                       LinkOptions options) {
        return new LinkFeatures(doc, prior, wikidict, false, firstPass, options);
    }

    private LinkFeatures(LinkDocument doc, AliasPrior prior, Wikidict wikidict, boolean leaveOut, int[] firstPass,
                         LinkOptions options) {
        this.doc = doc;
        this.prior = prior.lookup(doc, leaveOut);
        for (String t : doc.tokens()) {
            for (String w : TitleWords.words(t)) {
                if (w.length() > 2 && !TitleWords.STOP.contains(w)) {
                    context.add(w);
                    context.add(TitleWords.stem(w));
                }
            }
        }
        topics = LinkPatterns.topics(doc.tokens());
        topic = AliasPrior.topic(doc);
        numeric = LinkPatterns.numeric(doc.tokens());
        int n = doc.mentions().size();
        keys = new String[n];
        likely = new int[n];
        priorTop = new int[n];
        patterns = new String[n][];
        parts = new TitleWords.Parts[n][];
        for (int i = 0; i < n; i++) {
            LinkMention m = doc.mentions().get(i);
            keys[i] = AliasPrior.key(m.text());
            words.add(TitleWords.words(m.text()));
            priorTop[i] = priorTop(m, keys[i]);
            likely[i] = priorTop[i] >= 0 ? priorTop[i] : m.mostInLinks();
            patterns[i] = new String[m.candidates().size()];
            parts[i] = new TitleWords.Parts[m.candidates().size()];
            for (int k = 0; k < m.candidates().size(); k++) {
                LinkCandidate c = m.candidates().get(k);
                candidateOf.computeIfAbsent(c.title(), x -> new HashSet<>()).add(keys[i]);
                parts[i][k] = TitleWords.parts(c.title());
                String pat = LinkPatterns.pattern(c.title(), words.get(i));
                patterns[i][k] = pat;
                if (pat != null) {
                    patternOf.computeIfAbsent(pat, x -> new HashSet<>()).add(keys[i]);
                }
            }
            if (likely[i] >= 0) {
                likelyOf.computeIfAbsent(m.candidates().get(likely[i]).title(), k -> new HashSet<>()).add(keys[i]);
            }
        }
        longer.addAll(longerMentions(words));
        this.wikidict = wikidict == null ? null : new WikidictFeatures(doc, wikidict);
        this.second = firstPass == null ? null : new FirstPassFeatures(doc, keys, patterns, longer, firstPass);
        this.sports = options.sports() ? new SportsFeatures(doc, words, patterns, likely) : null;
        this.contextFeatures = options.context() == null ? null
                : new ContextFeatures(doc, options.context().view(doc, leaveOut), patterns,
                options.contextWindow());
        this.coref = options.coref() ? new CorefFeatures(doc, words, keys, this.prior, priorTop) : null;
        this.embeddings = options.embeddings() == null ? null
                : new EmbeddingFeatures(doc, options.embeddings());
        this.cooc = options.cooc() == null ? null
                : new CoocFeatures(doc, options.cooc().view(doc, leaveOut), keys, likely);
        this.shapes = options.types() ? new String[n] : null;
        for (int i = 0; shapes != null && i < n; i++) {
            shapes[i] = TypeFeatures.shape(doc.mentions().get(i).text(), words.get(i));
        }
    }

    private int priorTop(LinkMention m, String key) {
        if (prior.mentionCount(key) == 0) {
            return -1;
        }
        int best = -1;
        int bestCount = 0;
        for (int c = 0; c < m.candidates().size(); c++) {
            int pc = prior.pairCount(key, m.candidates().get(c).title());
            if (pc > bestCount) {
                best = c;
                bestCount = pc;
            }
        }
        return best;
    }

    /**
     * For each mention j, the mentions i, in ascending order, whose words are more than j's and hold j's as a run. The
     * mentions are grouped by their word lists first, and a list is sought only in the lists holding its first word:
     * every mention against every other took seconds on documents of ten thousand mentions.
     */
    static List<List<Integer>> longerMentions(List<List<String>> words) {
        int n = words.size();
        Map<List<String>, Integer> ids = new HashMap<>();
        List<List<String>> distinct = new ArrayList<>();
        List<List<Integer>> mentionsOf = new ArrayList<>();
        int[] idOf = new int[n];
        for (int i = 0; i < n; i++) {
            Integer id = ids.get(words.get(i));
            if (id == null) {
                id = distinct.size();
                ids.put(words.get(i), id);
                distinct.add(words.get(i));
                mentionsOf.add(new ArrayList<>());
            }
            idOf[i] = id;
            mentionsOf.get(id).add(i);
        }
        Map<String, List<Integer>> listsWith = new HashMap<>(); // word -> the distinct lists holding it
        for (int d = 0; d < distinct.size(); d++) {
            for (String w : new java.util.LinkedHashSet<>(distinct.get(d))) {
                listsWith.computeIfAbsent(w, k -> new ArrayList<>()).add(d);
            }
        }
        List<List<Integer>> byList = new ArrayList<>(distinct.size());
        for (List<String> needle : distinct) {
            List<Integer> out = new ArrayList<>();
            for (int h : needle.isEmpty() ? List.<Integer>of() : listsWith.get(needle.get(0))) {
                List<String> hay = distinct.get(h);
                if (hay.size() > needle.size() && contains(hay, needle)) {
                    out.addAll(mentionsOf.get(h));
                }
            }
            java.util.Collections.sort(out); // mention order, as one mention against every other gave it
            byList.add(List.copyOf(out)); // shared by the mentions with this list: read only
        }
        List<List<Integer>> longer = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            longer.add(byList.get(idOf[j]));
        }
        return longer;
    }

    private static boolean contains(List<String> hay, List<String> needle) {
        if (needle.isEmpty()) {
            return false;
        }
        outer:
        for (int s = 0; s + needle.size() <= hay.size(); s++) {
            for (int k = 0; k < needle.size(); k++) {
                if (!hay.get(s + k).equals(needle.get(k))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public LinkDocument document() {
        return doc;
    }

    /** Emits the features of candidate {@code c} of mention {@code j}. */
    public void extract(int j, int c, FeatureSink sink) {
        LinkMention m = doc.mentions().get(j);
        List<LinkCandidate> cands = m.candidates();
        LinkCandidate e = cands.get(c);
        PriorFeatures.emit(cands, c, sink);
        aliasPrior(j, e, c, sink);
        TitleMatch.emit(m, words.get(j), e, parts[j][c], context, sink);
        coherence(j, e, sink);
        patterns(j, e, patterns[j][c], sink);
        if (sports != null) {
            sports.extract(j, c, sink);
        }
        if (contextFeatures != null) {
            contextFeatures.extract(j, c, sink);
        }
        if (coref != null) {
            coref.extract(j, c, sink);
        }
        if (embeddings != null) {
            embeddings.extract(j, c, embeddings.conjoinUnseen() && prior.entityCount(e.title()) == 0, sink);
        }
        if (cooc != null) {
            cooc.extract(j, c, sink);
        }
        if (shapes != null) {
            TypeFeatures.emit(shapes[j], patterns[j][c], parts[j][c], words.get(j), sink);
        }
        if (wikidict != null) {
            wikidict.extract(j, c, sink);
        }
        if (second != null) {
            second.extract(j, c, e.title(), sink);
        }
    }

    private void patterns(int j, LinkCandidate e, String pat, FeatureSink sink) {
        String shape = pat == null ? "none" : pat.equals("*") ? "same" : LinkPatterns.shape(pat);
        sink.add("shape=" + shape + "|" + numeric);
        sink.add("shape=" + shape + "|" + numeric + "|" + LinkPatterns.casing(doc.mentions().get(j).text()));
        String last = pat == null ? "none" : pat.substring(pat.lastIndexOf(' ') + 1);
        if (pat != null) {
            sink.add("last=" + last + "|" + numeric);
        }
        // the words just before and after the mention ("Romania beat", "Israel 2 ,") with the
        // title pattern's last word ("team", "club", none): metonymy in sports reports
        LinkMention m = doc.mentions().get(j);
        if (m.tokStart() >= 0 && !doc.tokens().isEmpty()) {
            sink.add("l=" + LinkPatterns.neighbour(doc.tokens(), m.tokStart() - 1) + "|" + last);
            sink.add("r=" + LinkPatterns.neighbour(doc.tokens(), m.tokEnd()) + "|" + last);
        }
        if (pat == null) {
            sink.add("pat.none");
            for (String t : topics) {
                sink.add("pat.none|" + t);
            }
            return;
        }
        sink.add("pat=" + pat);
        for (String t : topics) {
            sink.add("pat=" + pat + "|" + t);
        }
        int n = others(patternOf.get(pat), keys[j]);
        if (n > 0) {
            sink.add("coh.pattern", Math.log1p(n) / 3);
        }
    }

    private void aliasPrior(int j, LinkCandidate e, int c, FeatureSink sink) {
        int ec = prior.entityCount(e.title());
        sink.add("ent", Math.log1p(ec) / 5);
        if (ec == 0) {
            sink.add("ent.zero");
        }
        if (topic != null) {
            String tk = topic + AliasPrior.TOPIC + keys[j];
            int tc = prior.mentionCount(tk);
            if (tc > 0) {
                double tp = prior.pairCount(tk, e.title()) / (double) tc;
                sink.add("prior.topic", tp);
                sink.add("prior.topic.conf", tp * Math.min(1, Math.log1p(tc) / 3));
            }
            int etc = prior.entityCount(topic + AliasPrior.TOPIC + e.title());
            if (etc > 0) {
                sink.add("ent.topic", Math.log1p(etc) / 5);
            }
        }
        int mc = prior.mentionCount(keys[j]);
        if (mc == 0) {
            return;
        }
        double p = prior.pairCount(keys[j], e.title()) / (double) mc;
        sink.add("prior", p);
        sink.add("prior.conf", p * Math.min(1, Math.log1p(mc) / 3));
        if (p == 0) {
            sink.add("prior.zero");
        }
        if (c == priorTop[j]) {
            sink.add("prior.top");
        }
    }

    private void coherence(int j, LinkCandidate e, FeatureSink sink) {
        int nc = others(candidateOf.get(e.title()), keys[j]);
        int nl = others(likelyOf.get(e.title()), keys[j]);
        if (nc > 0) {
            sink.add("coh.cand", Math.log1p(nc) / 3);
        }
        if (nl > 0) {
            sink.add("coh.likely", Math.log1p(nl) / 3);
        }
        boolean corefCand = false;
        boolean corefLikely = false;
        for (int i : longer.get(j)) {
            LinkMention o = doc.mentions().get(i);
            for (LinkCandidate oc : o.candidates()) {
                if (oc.title().equals(e.title())) {
                    corefCand = true;
                    break;
                }
            }
            if (likely[i] >= 0 && o.candidates().get(likely[i]).title().equals(e.title())) {
                corefLikely = true;
            }
        }
        if (corefCand) {
            sink.add("coref.cand");
        }
        if (corefLikely) {
            sink.add("coref.likely");
        }
        if (!longer.get(j).isEmpty() && !corefCand) {
            sink.add("coref.missing");
        }
    }

    private static int others(Set<String> keysWith, String own) {
        if (keysWith == null) {
            return 0;
        }
        return keysWith.size() - (keysWith.contains(own) ? 1 : 0);
    }
}
