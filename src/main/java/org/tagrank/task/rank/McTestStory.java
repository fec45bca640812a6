package org.tagrank.task.rank;

import java.util.List;
import java.util.Objects;

/**
 * One MCTest story set: id (e.g. {@code mc160.dev.0}), the properties field as given, the story
 * text with {@code \newline}/{@code \tab} escapes decoded, and its four questions.
 */
public record McTestStory(String id, String properties, String text, List<McTestQuestion> questions) {
    public McTestStory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(text, "text");
        questions = List.copyOf(org.tagrank.core.Checks.noNulls(questions, "questions", "question"));
    }

    /** True when every question has a gold answer. */
    public boolean hasAnswers() {
        return questions.stream().allMatch(q -> q.gold() >= 0);
    }
}
