package org.tagrank.cli;

import org.tagrank.feature.SphericalKMeans;
import org.tagrank.feature.WordVectors;
import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.task.pos.EmbeddingTagClassifier;
import org.tagrank.task.pos.NeighbourTagClasses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code embclasses --vectors FILE (--data TRAIN.conllu | --kmeans K) -o OUT}: word classes from word vectors,
 * written as the {@code word<TAB>class} file that {@code train --task pos --param clusters2=FILE} reads: either
 * embedding-neighbour tag classes ({@link NeighbourTagClasses}, from a training corpus's XPOS tags) or spherical
 * k-means clusters ({@link SphericalKMeans}).
 */
@Command(name = "embclasses", mixinStandardHelpOptions = true,
        description = {"Word classes from word vectors (word<TAB>numbers lines, scripts/extract-embeddings) for "
                + "'train --task pos --param clusters2=FILE': with --data, each word's class is the tag profile of its nearest "
                + "training words (never dev or test data); with --kmeans K, spherical k-means clusters.",
                "Writes word<TAB>class lines in the vector file's order; words with an all-zero vector get none. Deterministic."})
public final class EmbClassesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--vectors", required = true, description = "Word vector file (word<TAB>v1 v2 ...).")
    Path vectorsFile;

    @Option(names = "--data", description = "Training CoNLL-U file whose XPOS tags give the neighbour classes.")
    Path data;

    @Option(names = "--kmeans", paramLabel = "K", description = "Spherical k-means with K clusters instead of neighbour classes.")
    Integer kmeans;

    @Option(names = "--classifier", description = "With --data: classes from a softmax regression of the training words' tag "
            + "shares on their vectors (2-fold cross-fitted for the training words) instead of nearest neighbours.")
    boolean classifier;

    @Option(names = "--l2", defaultValue = "1e-4", description = "L2 weight of --classifier. Default: ${DEFAULT-VALUE}.")
    double l2;

    @Option(names = "--iterations", defaultValue = "100", description = "L-BFGS iterations of --classifier. Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Option(names = "--max-count", defaultValue = "2147483647",
            description = "--classifier fits only training words seen at most this often. Default: all.")
    int maxCount;

    @Option(names = "--neighbours", defaultValue = "10", description = "Nearest training words that vote. Default: ${DEFAULT-VALUE}.")
    int neighbours;

    @Option(names = "--min-count", defaultValue = "3",
            description = "Occurrences a (lowercased) training word needs to vote. Default: ${DEFAULT-VALUE}.")
    int minCount;

    @Option(names = "--share", defaultValue = "0.5",
            description = "A second (third...) tag joins the class when its weight is at least this share of the best's. Default: ${DEFAULT-VALUE}.")
    double share;

    @Option(names = "--max-tags", defaultValue = "1", description = "Tags per class at most. Default: ${DEFAULT-VALUE}.")
    int maxTags;

    @Option(names = "--confidence", description = "Classes end with the bucket of the best tag's share: :h (>= 0.75), :m (>= 0.5) or :l.")
    boolean confidence;

    @Option(names = "--passes", defaultValue = "30", description = "k-means passes at most. Default: ${DEFAULT-VALUE}.")
    int passes;

    @Option(names = "--seed", defaultValue = "1", description = "k-means seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = {"-o", "--out"}, required = true, converter = AtomicFiles.OutputFile.class,
            description = "Output class file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        AtomicFiles.checkTarget(out, "-o");
        AtomicFiles.checkNotInput(out, "-o/--out", vectorsFile, data);
        Console c = common.console(Main.streams());
        if ((data == null) == (kmeans == null)) {
            throw CliException.usage("give either --data TRAIN.conllu (neighbour tag classes) or --kmeans K");
        }
        refuseUnread();
        if (kmeans != null && passes < 1) { // no pass assigned no word: an empty file, exit 0
            throw CliException.usage("--passes must be >= 1, got " + passes);
        }
        long start = System.nanoTime();
        WordVectors vectors;
        try {
            // strictly, as every input: WordVectors.read kept a byte order mark in the first word and named
            // neither the file nor the line of a bad byte or a directory
            vectors = WordVectors.parse(org.tagrank.io.Readers.readString(vectorsFile), vectorsFile.toString());
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.BAD_DATA, e.getMessage());
        }
        c.progress(String.format(Locale.ROOT, "%s: %s (%.1fs)", vectorsFile, vectors, seconds(start)));
        String[] classes;
        start = System.nanoTime();
        if (kmeans != null) {
            int[] cl;
            try {
                cl = SphericalKMeans.cluster(vectors, kmeans, passes, seed, (pass, moved, cos) ->
                        c.progress(String.format(Locale.ROOT, "pass %d: %,d words moved, mean cosine %.4f", pass, moved, cos)));
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            classes = new String[cl.length];
            for (int r = 0; r < cl.length; r++) {
                classes[r] = cl[r] < 0 ? null : "k" + cl[r];
            }
        } else if (classifier) {
            EmbeddingTagClassifier.Settings settings;
            try {
                settings = new EmbeddingTagClassifier.Settings(l2, iterations, maxCount, share, maxTags, confidence);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            classes = EmbeddingTagClassifier.compute(vectors, counts(), settings);
        } else {
            NeighbourTagClasses.Settings settings;
            try {
                settings = new NeighbourTagClasses.Settings(neighbours, minCount, share, maxTags, confidence);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            classes = NeighbourTagClasses.compute(vectors, counts(), settings);
        }
        int written = 0;
        for (String s : classes) {
            written += s == null ? 0 : 1;
        }
        final String[] cls = classes;
        AtomicFiles.write(out, os -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            for (int r = 0; r < cls.length; r++) {
                if (cls[r] != null) {
                    w.write(vectors.word(r));
                    w.write('\t');
                    w.write(cls[r]);
                    w.write('\n');
                }
            }
            w.flush();
        });
        c.progress(String.format(Locale.ROOT, "wrote %s: %,d words (%.1fs)", out, written, seconds(start)));
        return ExitCodes.OK;
    }

    /** An option the chosen mode does not read is a usage error: it was dropped without a word (exit 0). */
    private void refuseUnread() {
        String mode = kmeans != null ? "--kmeans" : classifier ? "--classifier" : "--data without --classifier";
        java.util.List<String> read = kmeans != null ? java.util.List.of("--passes", "--seed")
                : classifier ? java.util.List.of("--l2", "--iterations", "--max-count", "--share", "--max-tags", "--confidence")
                : java.util.List.of("--neighbours", "--min-count", "--share", "--max-tags", "--confidence");
        var given = spec.commandLine().getParseResult();
        for (String o : java.util.List.of("--classifier", "--l2", "--iterations", "--max-count", "--neighbours", "--min-count",
                "--share", "--max-tags", "--confidence", "--passes", "--seed")) {
            if (given.hasMatchedOption(o) && !read.contains(o) && !(o.equals("--classifier") && classifier && kmeans == null)) {
                throw CliException.usage(o + " does nothing with " + mode + " (that takes " + String.join(", ", read) + ")");
            }
        }
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private NeighbourTagClasses.Counts counts() throws java.io.IOException {
        NeighbourTagClasses.Counts counts = new NeighbourTagClasses.Counts();
        for (ConlluSentence s : ConlluReader.readAll(data)) {
            counts.addAll(s.forms(), s.xpos());
        }
        return counts;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
