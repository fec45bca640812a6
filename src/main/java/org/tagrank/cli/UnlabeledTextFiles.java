package org.tagrank.cli;

import org.tagrank.task.pos.CompactSentences;
import org.tagrank.task.pos.UnlabeledText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the unlabeled text files of {@code train --task pos --param unlabeled=...} and of {@code clusters}. */
final class UnlabeledTextFiles {
    private UnlabeledTextFiles() {
    }

    /**
     * Unlabeled text for semi-supervised word statistics: comma-separated files in one format:
     * {@code text} (raw text, tokenized and sentence-split by CoreNLP), {@code tsv} (raw text in
     * the last TAB column, e.g. a labeled classification corpus whose labels are ignored) or
     * {@code tokens} (one tokenized sentence per line). Each file's name and sha256 are recorded.
     */
    static UnlabeledText read(String paths, String format, String tokenizer, int minCount, int folds, boolean markKnown,
                              Console c) throws java.io.IOException {
        if (!Set.of("text", "tsv", "tokens").contains(format)) {
            throw CliException.usage("unlabeled.format must be text, tsv or tokens, not '" + format + "'");
        }
        if (!Set.of("corenlp", "plain").contains(tokenizer)) {
            throw CliException.usage("unlabeled.tokenizer must be corenlp or plain, not '" + tokenizer + "'");
        }
        Map<String, String> sources = new LinkedHashMap<>();
        CompactSentences.Builder sentences = new CompactSentences.Builder();
        long start = System.nanoTime();
        int k = 0;
        List<Path> files = new java.util.ArrayList<>();
        for (String name : paths.split(",")) {
            files.add(Path.of(name.strip()));
        }
        RankTraining.refuseRepeats(files, paths);
        for (Path file : files) {
            c.progress("reading unlabeled text " + file);
            readText(file, format, tokenizer, sentences);
            sources.put("file" + k, file.getFileName().toString());
            Provenances.putSum(sources, "file" + k + ".sha256", Provenances.sha256(file));
            k++;
        }
        sources.put("format", format);
        if (!format.equals("tokens") && tokenizer.equals("plain")) { // recorded only when not the default (older models)
            sources.put("tokenizer", tokenizer);
        }
        CompactSentences text = sentences.build();
        c.progress(String.format(Locale.ROOT, "unlabeled text: %,d sentences, %,d tokens (%.1fs)", text.size(), sentences.tokens(),
                (System.nanoTime() - start) / 1e9));
        return new UnlabeledText(text, sources, minCount, folds, markKnown);
    }

    /**
     * Reads a file of unlabeled text in format {@code text}, {@code tsv} or {@code tokens} (see
     * {@link #read}) and appends its sentences.
     */
    static void readText(Path file, String format, String tokenizer, CompactSentences.Builder sentences) throws java.io.IOException {
        // tokenizing is slow: blocks of lines on every core while this thread reads the next lines and appends the
        // sentences of finished blocks, in file order
        int threads = Runtime.getRuntime().availableProcessors();
        List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tagrank-tokenize");
            t.setDaemon(true);
            workers.add(t);
            return t;
        });
        java.util.ArrayDeque<java.util.concurrent.Future<List<List<String>>>> inFlight = new java.util.ArrayDeque<>();
        try (java.io.BufferedReader in = org.tagrank.io.Readers.utf8(file)) {
            List<String> block = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                block.add(format.equals("tsv") ? line.substring(line.lastIndexOf('\t') + 1) : line);
                if (block.size() == BLOCK) {
                    if (Thread.interrupted()) { // the training this text was for has failed meanwhile
                        throw new java.io.InterruptedIOException("reading " + file + " was stopped");
                    }
                    List<String> lines = block;
                    inFlight.add(pool.submit(() -> tokenize(lines, format, tokenizer)));
                    block = new ArrayList<>();
                    if (inFlight.size() > 2 * threads) { // bounded: memory stays flat on a large file
                        append(inFlight.poll(), sentences);
                    }
                }
            }
            List<String> lines = block;
            inFlight.add(pool.submit(() -> tokenize(lines, format, tokenizer)));
            while (!inFlight.isEmpty()) {
                append(inFlight.poll(), sentences);
            }
        } finally {
            pool.shutdownNow(); // a stopped read (an error, the training failed) leaves no worker tokenizing behind it
            for (Thread t : workers) {
                joinUninterruptibly(t);
            }
        }
    }

    /** Waits for the thread to end, also when this one is interrupted (the flag is set again after). */
    static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lines read per tokenizing task. */
    private static final int BLOCK = 1000;

    /** The sentences of a block of lines, in order. */
    private static List<List<String>> tokenize(List<String> block, String format, String tokenizer) {
        List<List<String>> out = new ArrayList<>();
        for (String l : block) {
            if (Thread.currentThread().isInterrupted()) { // shutdownNow: the read has stopped, nobody takes this block
                return List.of();
            }
            out.addAll(format.equals("tokens") ? tokens(l) : tokenizer.equals("plain") ? org.tagrank.io.PlainTokenizer.sentences(l)
                    : org.tagrank.io.CoreNlpTokenizer.sentences(l));
        }
        return out;
    }

    /** Appends a finished block's sentences; its exception is rethrown as it was thrown. */
    private static void append(java.util.concurrent.Future<List<List<String>>> block, CompactSentences.Builder out)
            throws java.io.IOException {
        List<List<String>> ss;
        try {
            ss = block.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("tokenizing was stopped");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        ss.forEach(out::add);
    }

    private static List<List<String>> tokens(String line) {
        List<String> t = org.tagrank.io.TokenSeparators.split(line);
        return t.isEmpty() ? List.of() : List.of(t);
    }
}
