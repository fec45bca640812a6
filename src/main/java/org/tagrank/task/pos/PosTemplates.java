package org.tagrank.task.pos;

import org.tagrank.feature.TemplateSpec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The POS feature templates a model uses: word templates ({@code f[o]}: word function f of the
 * word at offset o, o in -2..+2), tag-history templates ({@code t[-1]}, {@code t[-2]},
 * {@code t[-2,-1]}, {@code t[-1]+w[0]}) and {@code bias}. Each feature is {@code name=value},
 * conjoined with the tag by the weight layout.
 */
public final class PosTemplates {
    /** Bumped when the meaning of a template changes; stored in models and checked on load. */
    public static final int VERSION = 1;
    public static final String BOUNDARY_LEFT = "<s>";
    public static final String BOUNDARY_RIGHT = "</s>";
    static final List<String> TAG_TEMPLATES = List.of("t[-1]", "t[-2]", "t[-2,-1]", "t[-1]+w[0]");

    /** Word templates in spec order. */
    record WordTemplate(String name, WordFunction function, int offset) {
    }

    /** Conjunction of two word templates ({@code lw[0]+lw[+1]}). */
    record PairTemplate(String name, WordTemplate first, WordTemplate second) {
    }

    /** Conjunction of the previous tag and a word template ({@code t[-1]+suf3[0]}). */
    record TagWordTemplate(String name, WordTemplate word) {
    }

    /** Functions that may appear in pair templates (kept few: the known-name list stays readable). */
    static final List<WordFunction> PAIR_FUNCTIONS = List.of(WordFunction.LW, WordFunction.SUF3, WordFunction.SHAPE,
            WordFunction.CL, WordFunction.CL2);
    static final List<WordFunction> TAG_WORD_FUNCTIONS = List.of(WordFunction.LW, WordFunction.SUF2, WordFunction.SUF3,
            WordFunction.SUF4, WordFunction.SHAPE, WordFunction.FLAGS, WordFunction.CL, WordFunction.CL2,
            WordFunction.WN);

    private final List<String> names;
    private final List<WordTemplate> wordTemplates;
    private final List<PairTemplate> pairTemplates;
    private final List<TagWordTemplate> tagWordTemplates;
    private final boolean bias;
    private final boolean prevTag;
    private final boolean prev2Tag;
    private final boolean tagPair;
    private final boolean prevTagWord;
    /** n of the {@code ngN[0]} template (character n-grams inside rare words), 0 without it. */
    private final int ngram;

    private PosTemplates(List<String> names) {
        this.names = List.copyOf(names);
        List<WordTemplate> wt = new ArrayList<>();
        List<PairTemplate> pt = new ArrayList<>();
        List<TagWordTemplate> tw = new ArrayList<>();
        for (String n : names) {
            int plus = n.indexOf("]+");
            if (plus >= 0 && n.startsWith("t[-1]+")) {
                if (!n.equals("t[-1]+w[0]")) { // the original t[-1]+w[0] keeps its own vocabulary-id table
                    tw.add(new TagWordTemplate(n, parseWordTemplate(n.substring(plus + 2))));
                }
            } else if (plus >= 0) {
                pt.add(new PairTemplate(n, parseWordTemplate(n.substring(0, plus + 1)), parseWordTemplate(n.substring(plus + 2))));
            } else {
                WordTemplate t = parseWordTemplate(n);
                if (t != null) {
                    wt.add(t);
                }
            }
        }
        this.wordTemplates = List.copyOf(wt);
        this.pairTemplates = List.copyOf(pt);
        this.tagWordTemplates = List.copyOf(tw);
        this.bias = names.contains("bias");
        this.prevTag = names.contains("t[-1]");
        this.prev2Tag = names.contains("t[-2]");
        this.tagPair = names.contains("t[-2,-1]");
        this.prevTagWord = names.contains("t[-1]+w[0]");
        int ng = 0;
        for (String n : NGRAM_TEMPLATES) {
            if (names.contains(n)) {
                if (ng != 0) {
                    throw new IllegalArgumentException("at most one character n-gram template, not " + n + " too");
                }
                ng = n.charAt(2) - '0';
            }
        }
        this.ngram = ng;
    }

    /**
     * Bag templates: the distinct character n-grams (n = 2, 3, 4) inside the lowercased word that are neither its
     * first nor its last n characters (prefixes and suffixes have templates of their own), for words the tag
     * dictionary does not list (rare and unknown words), at most {@link #MAX_NGRAMS}.
     */
    static final List<String> NGRAM_TEMPLATES = List.of("ng2[0]", "ng3[0]", "ng4[0]");
    static final int MAX_NGRAMS = 16;

    /** Every template name a spec may list (built on first use). */
    public static Set<String> known() {
        return PosTemplateNames.known();
    }

    /** Whether a spec may list this template name: the same as {@code known().contains(n)}. */
    static boolean isKnown(String n) {
        return PosTemplateNames.isKnown(n);
    }

    static String name(WordFunction f, int offset) {
        return f.id + "[" + (offset > 0 ? "+" + offset : Integer.toString(offset)) + "]";
    }

    static WordTemplate parseWordTemplate(String n) {
        int open = n.indexOf('[');
        if (open < 0 || !n.endsWith("]") || n.contains("]+") || n.startsWith("t[")) {
            return null;
        }
        WordFunction f = WordFunction.parse(n.substring(0, open));
        if (f == null) {
            return null;
        }
        int offset = Integer.parseInt(n.substring(open + 1, n.length() - 1).replace("+", ""));
        return new WordTemplate(n, f, offset);
    }

    /** Templates by name; an unknown name, or one listed twice (its model's spec would not load), is an error. */
    public static PosTemplates of(List<String> names) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String n : names) {
            if (!isKnown(n)) {
                throw new IllegalArgumentException("unknown POS feature template '" + n + "'");
            }
            if (!seen.add(n)) { // as TemplateSpec.parse refuses it when the model is read back
                throw new IllegalArgumentException("template '" + n + "' listed twice");
            }
        }
        return new PosTemplates(names);
    }

    /** Parses a spec text (one name per line, # comments). */
    public static PosTemplates parse(String spec, String source) {
        return of(TemplateSpec.parse(spec, source, PosTemplateNames.CHECK, PosTemplateNames.grammar()));
    }

    /** The default templates, tuned on EWT dev. */
    public static PosTemplates defaults() {
        try (var in = PosTemplates.class.getResourceAsStream("default-templates.txt")) {
            if (in == null) {
                throw new IllegalStateException("default-templates.txt missing from the jar");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "default-templates.txt");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The default templates for training with unlabeled text: the defaults plus the word's
     * mid-sentence capitalisation rate ({@code cap[0]}) and inflection hint ({@code morph[0]}),
     * the unlabeled-text features that paid on dev (docs/bench-posacc.md).
     */
    public static PosTemplates defaultsWithUnlabeled() {
        List<String> names = new ArrayList<>(defaults().names());
        for (String n : List.of("cap[0]", "morph[0]")) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return of(names);
    }

    public List<String> names() {
        return names;
    }

    List<WordTemplate> wordTemplates() {
        return wordTemplates;
    }

    List<PairTemplate> pairTemplates() {
        return pairTemplates;
    }

    List<TagWordTemplate> tagWordTemplates() {
        return tagWordTemplates;
    }

    boolean bias() {
        return bias;
    }

    boolean prevTag() {
        return prevTag;
    }

    boolean prev2Tag() {
        return prev2Tag;
    }

    boolean tagPair() {
        return tagPair;
    }

    boolean prevTagWord() {
        return prevTagWord;
    }

    /** n of the character n-gram template, 0 when there is none. */
    int ngram() {
        return ngram;
    }

    /**
     * The {@code ngN[0]} feature names of a word (see {@link #NGRAM_TEMPLATES}); none for dictionary words, for
     * words of at most n + 1 characters, or without the template.
     */
    List<String> ngramFeatures(String word, WordSources src) {
        if (ngram == 0 || src.dictionary() != null && src.dictionary().allowed(word) != null) {
            return List.of();
        }
        String l = WordFunction.lower(word);
        Set<String> out = new LinkedHashSet<>();
        String prefix = "ng" + ngram + "[0]=";
        // n-grams of code points from the second to the last but one: a surrogate pair is one character, never cut
        int len = l.length();
        int start = nextChar(l, 0);
        int end = start;
        for (int k = 0; k < ngram && end < len; k++) {
            end = nextChar(l, end);
        }
        while (end < len && out.size() < MAX_NGRAMS) {
            out.add(prefix + l.substring(start, end));
            start = nextChar(l, start);
            end = nextChar(l, end);
        }
        return List.copyOf(out);
    }

    /** The index after the code point at {@code i}. */
    private static int nextChar(String s, int i) {
        return i + Character.charCount(s.codePointAt(i));
    }

    /** Whether any template looks at earlier tags (then decoding is sequential). */
    boolean usesHistory() {
        return prevTag || prev2Tag || tagPair || prevTagWord || !tagWordTemplates.isEmpty();
    }

    public String spec() {
        return TemplateSpec.format(names);
    }

    /** Whether some template needs a lexicon from automatically tagged unlabeled text. */
    public boolean needsAutoLexicon() {
        return wordTemplates.stream().anyMatch(t -> t.function().needsAutoLexicon());
    }

    /** Whether some template (word, pair or tag-word) needs word clusters. */
    public boolean needsClusters() {
        return names.stream().anyMatch(n -> uses(n, WordFunction::needsClusters));
    }

    /** Whether some template (word, pair or tag-word) needs the second set of word clusters. */
    public boolean needsClusters2() {
        return names.stream().anyMatch(n -> uses(n, WordFunction::needsClusters2));
    }

    /** Whether some template (word, pair or tag-word) needs the WordNet lexicon. */
    public boolean needsWordNet() {
        return names.stream().anyMatch(n -> uses(n, WordFunction::needsWordNet));
    }

    /** Whether the named template applies a function matching p. */
    boolean uses(String name, java.util.function.Predicate<WordFunction> p) {
        return wordTemplates.stream().anyMatch(t -> t.name().equals(name) && p.test(t.function()))
                || pairTemplates.stream().anyMatch(t -> t.name().equals(name)
                        && (p.test(t.first().function()) || p.test(t.second().function())))
                || tagWordTemplates.stream().anyMatch(t -> t.name().equals(name) && p.test(t.word().function()));
    }

    /** These templates without those applying a function matching p. */
    PosTemplates without(java.util.function.Predicate<WordFunction> p) {
        return of(names.stream().filter(n -> !uses(n, p)).toList());
    }

    /**
     * Templates on word clusters that paid on EWT dev together (docs/bench-posacc.md): the
     * clusters of the word and its neighbours at ±1 and ±2, the cluster pairs of the word with
     * each direct neighbour, and the previous tag with the next word's cluster.
     */
    static final List<String> CLUSTER_TEMPLATES = List.of("cl[0]", "cl[-1]", "cl[+1]", "cl[-2]", "cl[+2]",
            "cl[-1]+cl[0]", "cl[0]+cl[+1]", "t[-1]+cl[+1]");

    /** These templates plus {@link #CLUSTER_TEMPLATES}. */
    public PosTemplates withClusters() {
        return plus(CLUSTER_TEMPLATES);
    }

    /** These templates followed by those of more that they lack. */
    private PosTemplates plus(List<String> more) {
        List<String> out = new ArrayList<>(names);
        for (String n : more) {
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return of(out);
    }

    /**
     * Templates on the second cluster set ({@code cl2}) added by {@code --param clusters2=FILE}
     * without {@code --templates} (docs/bench-posacc.md).
     */
    static final List<String> CLUSTER2_TEMPLATES = List.of("cl2[0]", "cl2[-1]", "cl2[+1]");

    /** These templates plus {@link #CLUSTER2_TEMPLATES}. */
    public PosTemplates withClusters2() {
        return plus(CLUSTER2_TEMPLATES);
    }

    /**
     * Templates on the WordNet parts of speech ({@code wn}) added by {@code --param wordnet=DIR} without
     * {@code --templates}: the word's, and the word's conjoined with the previous tag (docs/bench-posacc.md).
     */
    static final List<String> WORDNET_TEMPLATES = List.of("wn[0]", "t[-1]+wn[0]");

    /** These templates plus {@link #WORDNET_TEMPLATES}. */
    public PosTemplates withWordNet() {
        return plus(WORDNET_TEMPLATES);
    }

    /** Value of word template t for the word at position i + offset (boundary markers outside). */
    static String wordValue(WordTemplate t, List<String> words, int i, WordSources src) {
        int j = i + t.offset();
        if (j < 0) {
            return BOUNDARY_LEFT;
        }
        if (j >= words.size()) {
            return BOUNDARY_RIGHT;
        }
        return t.function().apply(words.get(j), src);
    }
}
