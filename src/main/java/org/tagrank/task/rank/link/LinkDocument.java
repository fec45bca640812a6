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
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(mentions, "mentions");
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) == null) {
                throw new NullPointerException("document " + id + ": null token at position " + i);
            }
        }
        for (int j = 0; j < mentions.size(); j++) {
            if (mentions.get(j) == null) {
                throw new NullPointerException("document " + id + ": null mention at position " + j);
            }
        }
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        for (int j = 0; j < mentions.size(); j++) {
            LinkMention m = mentions.get(j);
            if (!m.docId().equals(id)) { // it would be linked in this document's context
                throw new IllegalArgumentException("mention " + j + " '" + m.text() + "' belongs to document '"
                        + m.docId() + "', not '" + id + "'");
            }
            if (!tokens.isEmpty() && m.tokEnd() > tokens.size()) { // no tokens: unknown, and so is any span
                throw new IllegalArgumentException("mention " + j + " '" + m.text() + "' has token span ["
                        + m.tokStart() + "," + m.tokEnd() + "), beyond the document's " + tokens.size() + " tokens");
            }
        }
    }
}
