package org.tagrank.cli;

import org.tagrank.task.rank.link.EmbeddingOptions;
import org.tagrank.task.rank.link.WikidictAliases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code train --task link}'s {@code --param} keys ask for, read and checked in one place before any data is read
 * (a bad value is a usage error naming its key).
 *
 * @param passes      1, or 2 (a second pass over first-pass predictions of held-out folds)
 * @param folds       folds of the first pass when {@code passes} is 2, else 0
 * @param contextTop  words kept per entity's context bag
 * @param window      context window in tokens either side of the mention (0: the whole document)
 * @param vectors     the word-vector file, or null without embeddings
 * @param embWindow   embedding window in tokens either side of the mention (0: none)
 * @param embAllWords keep the whole vector table (true) or the training documents' words
 * @param aliasGroups the {@code wda.*} feature groups (empty: off)
 */
record LinkTrainSettings(int passes, int folds, boolean sports, boolean coref, boolean types, boolean context,
                         int contextTop, int window, String vectors, int embWindow, List<String> embGroups,
                         boolean embUnseen, boolean embCenter, boolean embAllWords, boolean cooc, int coocMin,
                         Set<String> aliasGroups) {

    static LinkTrainSettings parse(Map<String, String> params) {
        Params.needs(params, "folds.", "passes", "2"); // each did nothing and said nothing
        Params.needs(params, "context.", "context", "true");
        Params.needs(params, "cooc.", "cooc", "true");
        Params.needsAny(params, "embeddings.", "embeddings", "PATH");
        int passes = Params.integer(params, "passes", 1, 1, 2);
        int folds = passes == 2 ? Params.integer(params, "folds", 5, 2, 100) : 0;
        Set<String> aliasGroups = aliasGroups(params);
        boolean sports = Params.bool(params, "sports", false);
        boolean coref = Params.bool(params, "coref", false);
        boolean types = Params.bool(params, "types", false);
        boolean context = Params.bool(params, "context", false);
        int contextTop = Params.integer(params, "context.top", 100, 1, 100000);
        int window = Params.integer(params, "context.window", 0, 0, 100000);
        String vectors = params.get("embeddings");
        int embWindow = Params.integer(params, "embeddings.window", 0, 0, 100000);
        List<String> groups = EmbeddingOptions.parseGroups(params.get("embeddings.groups"));
        if (vectors != null) { // the window feeds the win group alone: either without the other trained nothing of it
            try { // else found after the data and the whole vector table had been read
                EmbeddingOptions.checkGroups(groups);
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--param embeddings.groups: " + e.getMessage());
            }
            boolean win = groups.contains("win");
            if (embWindow > 0 && !win) {
                throw CliException.usage("--param embeddings.window does nothing without the win group "
                        + "(--param embeddings.groups=...,win)");
            }
            if (win && embWindow == 0) {
                throw CliException.usage("--param embeddings.groups=" + params.get("embeddings.groups")
                        + ": the win group needs --param embeddings.window=N (N >= 1 tokens either side of the mention)");
            }
        }
        boolean cooc = Params.bool(params, "cooc", false);
        int coocMin = Params.integer(params, "cooc.min", 1, 1, 100000);
        if ((sports || coref || types || context || vectors != null || cooc) && passes == 2) {
            throw CliException.usage("--param sports|context|coref|types|embeddings|cooc work with one pass only (--param passes=1)");
        }
        boolean unseen = false;
        boolean center = false;
        boolean allWords = false;
        if (vectors != null) {
            if (vectors.isBlank()) {
                throw CliException.usage("--param embeddings needs a path (a word<TAB>numbers file: scripts/extract-embeddings)");
            }
            if (!Files.isRegularFile(Path.of(vectors))) {
                throw CliException.usage("--param embeddings: " + vectors + " not found (make it with scripts/extract-embeddings)");
            }
            unseen = Params.bool(params, "embeddings.unseen", false);
            center = Params.bool(params, "embeddings.center", false);
            allWords = embeddingVocabulary(params);
        }
        return new LinkTrainSettings(passes, folds, sports, coref, types, context, contextTop, window, vectors, embWindow,
                groups, unseen, center, allWords, cooc, coocMin, aliasGroups);
    }

    /** The {@code wda.*} groups of {@code --param wikidict.aliases=true|false|count|doc|count,doc} (empty: off). */
    static Set<String> aliasGroups(Map<String, String> params) {
        String v = params.get("wikidict.aliases");
        if (v == null || v.equals("false")) {
            return Set.of();
        }
        if (params.get("wikidict") == null) {
            throw CliException.usage("--param wikidict.aliases needs --param wikidict=PATH");
        }
        try {
            return WikidictAliases.parseGroups(v);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--param wikidict.aliases: " + e.getMessage());
        }
    }

    /** {@code embeddings.vocab}: {@code documents} (default) keeps the training documents' words, {@code all} the whole table. */
    private static boolean embeddingVocabulary(Map<String, String> params) {
        String v = params.getOrDefault("embeddings.vocab", "documents");
        return switch (v) {
            case "documents" -> false;
            case "all" -> true;
            default -> throw CliException.usage("--param embeddings.vocab must be documents or all, got '" + v + "'");
        };
    }
}
