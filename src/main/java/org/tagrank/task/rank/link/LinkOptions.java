package org.tagrank.task.rank.link;

/**
 * The optional feature groups of a one-pass link model, beside {@code link-features-2}.
 *
 * @param sports  the {@code sp.*} sports-metonymy features ({@link SportsFeatures})
 * @param context the entity context model for the {@code ectx.*} features ({@link ContextFeatures}), or null
 * @param contextWindow with a context model, also score the words this many tokens either side of the
 *                      mention ({@code ectx.win}); 0 for the whole document only
 * @param coref   the {@code cr.*} features of a short mention's earlier longer mention ({@link CorefFeatures})
 * @param types   the {@code ty.*} mention-shape x candidate-class features ({@link TypeFeatures})
 * @param embeddings the settings of the {@code emb.*} word-vector features ({@link EmbeddingFeatures}), or null
 * @param cooc    the entity co-occurrence table for the {@code co.*} features ({@link CoocFeatures}), or null
 */
public record LinkOptions(boolean sports, EntityContext context, int contextWindow, boolean coref, boolean types,
                          EmbeddingOptions embeddings, EntityCooc cooc) {
    /** No optional features: the {@code link-features-2} set. */
    public static final LinkOptions NONE = new LinkOptions(false, null, 0, false, false);

    public LinkOptions {
        if (contextWindow < 0) {
            throw new IllegalArgumentException("context window must be >= 0, got " + contextWindow);
        }
    }

    /** Without the co-occurrence features. */
    public LinkOptions(boolean sports, EntityContext context, int contextWindow, boolean coref, boolean types,
                       EmbeddingOptions embeddings) {
        this(sports, context, contextWindow, coref, types, embeddings, null);
    }

    /** Without the embedding and co-occurrence features. */
    public LinkOptions(boolean sports, EntityContext context, int contextWindow, boolean coref, boolean types) {
        this(sports, context, contextWindow, coref, types, null, null);
    }

    public static LinkOptions sportsOnly(boolean sports) {
        return sports ? new LinkOptions(true, null, 0, false, false) : NONE;
    }

    /** Does any optional group change the features of {@code link-features-2}? */
    public boolean any() {
        return sports || context != null || coref || types || embeddings != null || cooc != null;
    }
}
