package org.tagrank.cli;

import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.task.pos.ClusterCorpus;
import org.tagrank.task.pos.CompactSentences;
import org.tagrank.task.pos.ExchangeClustering;
import org.tagrank.task.pos.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code clusters [options] FILE... -o OUT}: word clusters from unlabeled text by the exchange
 * algorithm ({@link ExchangeClustering}), written as the {@code word<TAB>cluster} file that
 * {@code train --task pos --param clusters=FILE} reads.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = {"Induce word clusters from unlabeled text (exchange algorithm, two-sided predictive class model) "
                + "and write word<TAB>cluster<TAB>count lines for 'train --task pos --param clusters=FILE'.",
                "Words are lowercased; words seen fewer than --min-count times get no cluster. Deterministic for a seed."})
public final class ClustersCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files (CoNLL-U files give their FORM column).")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, converter = AtomicFiles.OutputFile.class,
            description = "Output cluster file.")
    Path out;

    @Option(names = "--format", defaultValue = "auto",
            description = "auto (by extension, a .gz ending aside: .conllu, .tsv = text in the last TAB column, else raw "
                    + "text), text (raw text, CoreNLP tokenizer), tsv, tokens (one tokenized sentence per line) or conllu. "
                    + "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--classes", defaultValue = "256", description = "Number of clusters. Default: ${DEFAULT-VALUE}.")
    int classes;

    @Option(names = "--min-count", defaultValue = "3",
            description = "Occurrences a (lowercased) word needs to be clustered. Default: ${DEFAULT-VALUE}.")
    int minCount;

    @Option(names = "--iterations", defaultValue = "15",
            description = "Passes of the exchange algorithm over the vocabulary. Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Option(names = "--contexts", defaultValue = "20000",
            description = "How many of the most frequent words are contexts of their own (rarer ones share one); "
                    + "memory is 8 x contexts x classes bytes. Default: ${DEFAULT-VALUE}.")
    int contexts;

    @Option(names = "--digits", description = "Replace every digit by 9 before clustering (for models trained with "
            + "--param clusters.digits=true; also when looking words up in --extend's file).")
    boolean digits;

    @Option(names = "--extend", paramLabel = "FILE", description = "Keep the words of this cluster file in their clusters and "
            + "place only the text's other words into them (its clusters, so not with --classes); the output holds the file's lines and the new words.")
    Path extend;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the initial assignment. Default: ${DEFAULT-VALUE}.")
    long seed;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AtomicFiles.checkTarget(out, "-o");
        List<Path> read = new java.util.ArrayList<>(inputs); // --extend's file too: -o replaced the user's cluster list
        read.add(extend);
        AtomicFiles.checkNotInput(out, "-o/--out", read.toArray(new Path[0]));
        Console c = common.console(Main.streams());
        // named here: the settings' own message said 'classes must be in 2..65536', no option
        if (classes < 2 || classes > 65536) {
            throw CliException.usage("--classes must be in 2..65536, got " + classes);
        }
        if (iterations < 0) {
            throw CliException.usage("--iterations must be >= 0, got " + iterations);
        }
        ExchangeClustering.Settings settings = new ExchangeClustering.Settings(classes, iterations, seed);
        if (extend != null && spec.commandLine().getParseResult().hasMatchedOption("--classes")) {
            // the file's clusters are the classes: --classes was ignored without a word
            throw CliException.usage("--classes does nothing with --extend (the words go into " + extend + "'s clusters)");
        }
        if (minCount < 1 || contexts < 1) {
            throw CliException.usage("--min-count and --contexts must be >= 1");
        }
        if (!List.of("auto", "text", "tsv", "tokens", "conllu").contains(format)) { // was found after the first file
            throw CliException.usage("--format must be auto, text, tsv, tokens or conllu, not '" + format + "'");
        }
        // every input before any is read: a missing second file stopped the run after the first had been read
        SentenceSource.checkInputs(inputs);
        // read and checked before the text, which may take minutes: a bad --extend file failed only after it
        WordClusters given = extend == null ? null : WordClusters.read(extend);
        CompactSentences.Builder text = new CompactSentences.Builder();
        for (Path file : inputs) {
            String f = format.equals("auto") ? auto(file) : format;
            long start = System.nanoTime();
            long before = text.tokens();
            if (f.equals("conllu")) {
                for (ConlluSentence s : ConlluReader.readAll(file)) {
                    text.add(s.forms());
                }
            } else if (List.of("text", "tsv", "tokens").contains(f)) {
                c.progress("reading " + file);
                UnlabeledTextFiles.readText(file, f, "corenlp", text);
            } else {
                throw CliException.usage("--format must be auto, text, tsv, tokens or conllu, not '" + format + "'");
            }
            c.progress(String.format(Locale.ROOT, "%s: %,d tokens (%s, %.1fs)", file, text.tokens() - before, f,
                    (System.nanoTime() - start) / 1e9));
        }
        long start = System.nanoTime();
        ClusterCorpus corpus = ClusterCorpus.of(text.build(), minCount, contexts, digits);
        c.progress(String.format(Locale.ROOT, "%s (%.1fs)", corpus, (System.nanoTime() - start) / 1e9));
        ExchangeClustering.Listener progress = (it, moved, objective, seconds) ->
                c.progress(String.format(Locale.ROOT, "iteration %d: %,d words moved, objective %.5f per token (%.1fs)",
                        it, moved, objective, seconds));
        if (extend != null) {
            extend(given, corpus, progress, c);
            return ExitCodes.OK;
        }
        int[] cls = ExchangeClustering.cluster(corpus, settings, progress);
        AtomicFiles.write(out, os -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            ExchangeClustering.write(corpus, cls, w);
            w.flush();
        });
        // --classes is an upper bound: the exchange algorithm can leave classes empty, and a small vocabulary
        // cannot fill them all
        long used = java.util.Arrays.stream(cls).distinct().count();
        c.progress(String.format(Locale.ROOT, "wrote %s: %,d words in %d of %d classes", out, corpus.size(), used, classes));
        return ExitCodes.OK;
    }

    /** Places the words the file lacks into its clusters; writes the file's lines, then the new words. */
    private void extend(WordClusters given, ClusterCorpus corpus, ExchangeClustering.Listener progress, Console c)
            throws java.io.IOException {
        if (digits) {
            given = given.withDigitsMapped();
        }
        String[] names = new String[corpus.size()];
        int free = 0;
        for (int w = 0; w < names.length; w++) {
            String n = given.cluster(corpus.word(w));
            names[w] = n.equals(WordClusters.ABSENT) ? null : n;
            free += names[w] == null ? 1 : 0;
        }
        c.progress(String.format(Locale.ROOT, "%,d of the text's %,d words are not in %s", free, corpus.size(), extend));
        long clusters = java.util.Arrays.stream(names).filter(java.util.Objects::nonNull).distinct().count();
        if (clusters < 2) { // the engine's message named neither the file nor what to do
            throw new CliException(ExitCodes.BAD_DATA, String.format(Locale.ROOT, "%s: the text's words (%,d of %,d clustered) "
                    + "are in %d of its clusters: words of two clusters or more are needed to place the others", extend,
                    names.length - free, names.length, clusters));
        }
        String[] placed = ExchangeClustering.extend(corpus, names, iterations, seed, progress);
        final String[] before = names;
        AtomicFiles.write(out, os -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            try (java.io.BufferedReader in = org.tagrank.io.Readers.utf8(extend)) {
                String line;
                while ((line = in.readLine()) != null) {
                    w.write(line);
                    w.write('\n');
                }
            }
            for (int i = 0; i < placed.length; i++) {
                if (before[i] == null) {
                    w.write(corpus.word(i) + "\t" + placed[i] + "\t" + corpus.count(i) + "\n");
                }
            }
            w.flush();
        });
        c.progress(String.format(Locale.ROOT, "wrote %s: the lines of %s and %,d new words", out, extend, free));
    }

    private static String auto(Path file) {
        String n = org.tagrank.io.Readers.nameWithoutGz(file); // x.tsv.gz is read as its text: a .tsv
        return n.endsWith(".conllu") ? "conllu" : n.endsWith(".tsv") ? "tsv" : "text";
    }
}
