package org.tagrank.task.pos;

import java.util.List;
import java.util.Objects;

/**
 * The tags a {@link PosTagger} may give one token and what limits them ({@link PosTagger#allowedTags}): the user
 * lexicon, the tag dictionary (a frequent training word), or nothing (every tag of the model). A lexicon or
 * dictionary with one tag fixes it without scoring.
 *
 * @param tags in the lexicon's order, else the model's tag order
 */
public record AllowedTags(Source source, List<String> tags) {
    /** What limits the tags. */
    public enum Source { MODEL, TAG_DICTIONARY, LEXICON }

    public AllowedTags {
        Objects.requireNonNull(source, "source");
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
    }

    /** Whether the lexicon or tag dictionary fixes the tag (the features do not choose it). */
    public boolean fixed() {
        return source != Source.MODEL && tags.size() == 1;
    }
}
