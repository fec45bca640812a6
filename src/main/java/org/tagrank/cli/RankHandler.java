package org.tagrank.cli;

import org.tagrank.core.CandidateInstance;
import org.tagrank.task.rank.CandidateRanker;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One {@code rank --task T} handler: reads its own input format and turns it into candidate sets
 * for a candidate model. {@link RankCommand} prints the ranking the same way for every task.
 * Register a new handler with one line in {@link #all()}.
 */
public interface RankHandler {

    /** The {@code --task} name. */
    String name();

    /** The bundled default model location, or null. */
    String defaultModel();

    /** Loads the model and reads the input ({@code input} null: standard input). */
    Job open(String model, Path input, Console console) throws Exception;

    /** The ranker and the examples to rank, in input order. */
    record Job(CandidateRanker ranker, List<Item> items) {
        public Job {
            items = List.copyOf(items);
        }
    }

    /**
     * One example to rank.
     *
     * @param texts a display text per candidate (e.g. the answer), or null
     */
    record Item(String id, CandidateInstance instance, List<String> candidateIds, List<String> texts) {
        public Item {
            candidateIds = List.copyOf(candidateIds);
            if (candidateIds.size() != instance.candidates().size()) {
                throw new IllegalArgumentException(id + ": " + candidateIds.size() + " ids for "
                        + instance.candidates().size() + " candidates");
            }
            texts = texts == null ? null : List.copyOf(texts);
        }
    }

    /** The known handlers: add one line per task. */
    static List<RankHandler> all() {
        return List.of(
                new RankTaskCli(),
                new MctestTaskCli()
        );
    }

    static RankHandler get(String name) {
        Map<String, RankHandler> m = new java.util.LinkedHashMap<>();
        for (RankHandler h : all()) {
            m.put(h.name(), h);
        }
        RankHandler h = m.get(name);
        if (h == null) {
            throw CliException.usage("rank: unknown task '" + name + "' (known: " + String.join(", ", m.keySet()) + ")");
        }
        return h;
    }
}
