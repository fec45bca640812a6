package org.tagrank.task.rank.link;

import java.util.List;
import java.util.Objects;

/**
 * A document's tokens (possibly empty when only the mention file is known) and its mentions in
 * document order. Context and coherence features read the whole document.
 */
public record LinkDocument(String id, List<String> tokens, List<LinkMention> mentions) {
    public LinkDocument {
        Objects.requireNonNull(id, "id");
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
    }
}
