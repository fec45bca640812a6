package org.tagrank.task.rank;

import org.tagrank.core.Checks;
import java.util.List;
import java.util.Objects;

/**
 * One MCTest question: its text without the {@code one:}/{@code multiple:} prefix, that mark,
 * its four answers and the gold answer index (-1 when no answer key was found).
 */
public record McTestQuestion(String text, Type type, List<String> answers, int gold) {

    /** Whether the author marked the question as needing one or several story sentences. */
    public enum Type {
        ONE("one"), MULTIPLE("multiple");

        private final String id;

        Type(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public McTestQuestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Checks.noNulls(answers, "answers", "answer");
        answers = List.copyOf(answers);
        if (answers.size() != 4) {
            throw new IllegalArgumentException("an MCTest question has 4 answers, got " + answers.size());
        }
        if (gold < -1 || gold >= answers.size()) {
            throw new IllegalArgumentException("bad gold answer index " + gold);
        }
    }

    /** Letter A-D of an answer index (0-3); another index is an IllegalArgumentException. */
    public static String letter(int answer) {
        if (answer < 0 || answer > 3) {
            throw new IllegalArgumentException("answer index " + answer + " is not 0..3 (A-D)");
        }
        return String.valueOf((char) ('A' + answer));
    }
}
