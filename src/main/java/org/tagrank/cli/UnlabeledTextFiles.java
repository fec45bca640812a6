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
        try (java.io.BufferedReader in = org.tagrank.io.Readers.utf8(file)) {
            // tokenizing is slow: blocks of lines in parallel, sentences kept in file order
            List<String> block = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                block.add(format.equals("tsv") ? line.substring(line.lastIndexOf('\t') + 1) : line);
                if (block.size() == 1000) {
                    tokenize(block, format, tokenizer, sentences);
                }
            }
            tokenize(block, format, tokenizer, sentences);
        }
    }

    /** Tokenizes a block of lines in parallel, appends its sentences in order and empties the block. */
    private static void tokenize(List<String> block, String format, String tokenizer, CompactSentences.Builder out) {
        List<List<List<String>>> perLine = block.parallelStream()
                .map(l -> format.equals("tokens") ? tokens(l) : tokenizer.equals("plain") ? org.tagrank.io.PlainTokenizer.sentences(l)
                        : org.tagrank.io.CoreNlpTokenizer.sentences(l))
                .toList();
        for (List<List<String>> ss : perLine) {
            ss.forEach(out::add);
        }
        block.clear();
    }

    private static List<List<String>> tokens(String line) {
        List<String> t = org.tagrank.io.TokenSeparators.split(line);
        return t.isEmpty() ? List.of() : List.of(t);
    }
}
