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
     * @param instance its candidates, or null for an example without any (a mention the alias table does not
     *                 know): then {@code candidateIds} holds the one placeholder printed for it (e.g. {@code --NME--})
     * @param texts a display text per candidate (e.g. the answer), or null
     * @param gold the gold column of an example without candidates ({@code ?}, or {@code 0} when its gold is known
     *             but not a candidate); for an example with candidates null (the instance's gold decides, {@code ?}
     *             without one) or {@code 0} (its gold is known and none of them: every candidate is marked 0)
     */
    record Item(String id, CandidateInstance instance, List<String> candidateIds, List<String> texts, String gold) {
        public Item {
            candidateIds = List.copyOf(candidateIds);
            if (instance == null ? candidateIds.size() != 1 || gold == null
                    : candidateIds.size() != instance.candidates().size()
                    || gold != null && (!gold.equals("0") || instance.gold() >= 0)) {
                throw new IllegalArgumentException(id + ": " + candidateIds.size() + " ids for "
                        + (instance == null ? "no candidates (expected one placeholder and its gold mark)"
                        : instance.candidates().size() + " candidates" + (gold != null ? " and gold mark " + gold : "")));
            }
            texts = texts == null ? null : List.copyOf(texts);
        }

        public Item(String id, CandidateInstance instance, List<String> candidateIds, List<String> texts) {
            this(id, instance, candidateIds, texts, null);
        }

        /** An example without candidates: printed as one line with {@code placeholder}, so no example is dropped. */
        public static Item withoutCandidates(String id, String placeholder, String gold) {
            return new Item(id, null, List.of(placeholder), null, gold);
        }
    }

    /** The known handlers: add one line per task. */
    static List<RankHandler> all() {
        return List.of(
                new RankTaskCli(),
                new MctestTaskCli(),
                new LinkTaskCli()
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
