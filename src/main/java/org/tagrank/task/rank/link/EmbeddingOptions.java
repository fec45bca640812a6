package org.tagrank.task.rank.link;

import java.util.List;
import java.util.Objects;

/**
 * The settings of the optional {@code emb.*} features ({@link EmbeddingFeatures}).
 *
 * @param vectors the word vectors and document frequencies
 * @param window  also the words this many tokens either side of the mention ({@code emb.win}); 0 for none
 * @param unseen  also each feature conjoined with "the candidate was never linked in the training mentions" ({@code |u})
 * @param groups  the feature groups emitted, a subset of {@link #ALL} ({@code doc}: title words against the
 *                document, {@code win}: against the window, {@code qual}: the qualifier against the document,
 *                {@code max}: the best single title word against the document, {@code full}: all the title's
 *                words, the mention's too, against the document, {@code topic}: the title words the mention does
 *                not explain against the document's topic word)
 * @param center  subtract the mean vector of the table from every vector ({@link org.tagrank.feature.WordVectors#centered})
 */
public record EmbeddingOptions(LinkEmbeddings vectors, int window, boolean unseen, List<String> groups,
                               boolean center) {
    /** Provenance key: the window (tokens either side of a mention); absent: 0. */
    public static final String WINDOW_KEY = "link.embeddings.window";
    /** Provenance key: "true" when the features are also conjoined with "candidate unseen in training". */
    public static final String UNSEEN_KEY = "link.embeddings.unseen";
    /** Provenance key: the feature groups. */
    public static final String GROUPS_KEY = "link.embeddings.groups";
    /** Provenance key: "all" when the model carries the whole vector table; absent: the training documents' words. */
    public static final String VOCAB_KEY = "link.embeddings.vocab";
    /** Provenance key: "true" with mean-centred vectors. */
    public static final String CENTER_KEY = "link.embeddings.center";

    /** The groups of the title words the mention does not explain. */
    public static final List<String> LEFTOVER = List.of("doc", "win", "qual", "max");
    /**
     * The groups used when none are named: {@code full} alone, the set chosen on testa and 20% of train held
     * out (docs/usage-link.md).
     */
    public static final List<String> DEFAULT = List.of("full");
    /** Every group there is. */
    public static final List<String> KNOWN = List.of("doc", "win", "qual", "max", "full", "topic");

    public EmbeddingOptions {
        Objects.requireNonNull(vectors, "vectors");
        if (window < 0) {
            throw new IllegalArgumentException("embedding window must be >= 0, got " + window);
        }
        groups = List.copyOf(groups);
        checkGroups(groups);
    }

    /** Refuses a group not {@link #KNOWN}: what the constructor checks, for a caller that has no vectors yet. */
    public static void checkGroups(List<String> groups) {
        for (String g : groups) {
            if (!KNOWN.contains(g)) {
                throw new IllegalArgumentException("unknown embedding feature group '" + g + "' (expected "
                        + String.join(", ", KNOWN) + ")");
            }
        }
    }

    /** The {@link #DEFAULT} groups, no conjunction, no centring. */
    public EmbeddingOptions(LinkEmbeddings vectors, int window) {
        this(vectors, window, false, DEFAULT, false);
    }

    /** Parses a comma-separated group list ("doc,win"); blank: {@link #DEFAULT}. */
    public static List<String> parseGroups(String s) {
        if (s == null || s.isBlank()) {
            return DEFAULT;
        }
        return List.of(s.strip().split("\\s*,\\s*"));
    }

    boolean has(String group) {
        return groups.contains(group);
    }

    /** Writes these settings as manifest entries (what {@link #fromProvenance} reads back). */
    void writeProvenance(java.util.Map<String, String> p) {
        if (window > 0) {
            p.put(WINDOW_KEY, Integer.toString(window));
        }
        if (unseen) {
            p.put(UNSEEN_KEY, "true");
        }
        if (center) {
            p.put(CENTER_KEY, "true");
        }
        p.put(GROUPS_KEY, String.join(",", groups));
        if (vectors.wholeTable()) {
            p.put(VOCAB_KEY, "all");
        }
    }

    /** The settings a model's manifest records, with the vectors it carries. */
    static EmbeddingOptions fromProvenance(java.util.Map<String, String> p, LinkEmbeddings vectors) {
        return new EmbeddingOptions(vectors, EntityLinker.window(p, WINDOW_KEY), "true".equals(p.get(UNSEEN_KEY)),
                parseGroups(p.get(GROUPS_KEY)), "true".equals(p.get(CENTER_KEY)));
    }
}
