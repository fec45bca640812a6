package org.tagrank.cli;

import org.tagrank.io.ResourceLocator;
import org.tagrank.core.ScoredOutput;
import org.tagrank.io.CoreNlpTokenizer;
import org.tagrank.task.pos.Lexicon;
import org.tagrank.task.pos.PosTagger;
import org.tagrank.task.pos.TaggedSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code tag}: batch POS tagging. Streams its inputs in order through a pool of taggers and
 * writes the results in input order; with {@code -o} the output goes to a temporary file renamed
 * at the end, so a failure never leaves a partial file.
 */
@Command(name = "tag", mixinStandardHelpOptions = true, description = "Tag text or tokenized sentences with parts of speech.")
public final class TagCommand implements Callable<Integer> {
    private static final int BATCH = 256;
    /**
     * Input characters read but not yet written, at most (about): with several threads the batches in flight and their
     * output (CoNLL-U with --top-k: ~20 characters per input character) were 4N batches of up to ~1M characters each, so
     * memory grew with --threads. Batches are cut smaller as N grows, so that N threads still have work.
     */
    static final long IN_FLIGHT_CHARS = 2L * SentenceSource.MAX_BATCH_CHARS;
    private static final long MIN_BATCH_CHARS = 1 << 14;

    @Mixin
    CommonOptions common;

    @Option(names = "--model", converter = NonEmpty.Location.class, description = "Model file, classpath resource or URL (default: the bundled one).")
    String model;

    @Option(names = "--input-format", defaultValue = "text", description = "text | tokens | conllu | word_tag (default: ${DEFAULT-VALUE})")
    String inputFormat;

    @Option(names = "--output-format", description = "conllu | word_tag | tsv (default: conllu for conllu input, else word_tag)")
    String outputFormat;

    @Option(names = "--separator", defaultValue = "_", converter = Separator.class,
            description = "word_TAG separator of word_tag input or output (default: ${DEFAULT-VALUE})")
    char separator;

    /** One character that is not whitespace: tokens are split at whitespace, so a space could never separate a tag. */
    static final class Separator implements picocli.CommandLine.ITypeConverter<Character> {
        @Override
        public Character convert(String s) {
            if (s.length() != 1 || Character.isWhitespace(s.charAt(0))) {
                throw new picocli.CommandLine.TypeConversionException("must be one character other than whitespace, got '"
                        + s + "'");
            }
            return s.charAt(0);
        }
    }

    @Option(names = "--threads", description = "Tagging threads (default: available processors).")
    Integer threads;

    @Option(names = "--beam", description = "Beam width (1 = greedy; default: the model's).")
    Integer beam;

    @Option(names = "--lexicon", converter = NonEmpty.Location.class, description = "User lexicon: word<TAB>TAG[ TAG...] lines forcing or restricting tags;"
            + " '#' lines without a TAB are comments.")
    String lexicon;

    @Option(names = "--top-k", description = "Also output the k best tags with probabilities per token (tsv column / CoNLL-U MISC; not word_tag).")
    Integer topK;

    @Option(names = "--explain", paramLabel = "N", description = "Explain the tag of token N (1-based) of each sentence: its top features as # lines in the output, before the sentence (CoNLL-U input: after its own comments, replacing an earlier run's; word_tag: after its line).")
    Integer explain;

    @Option(names = {"-o", "--output"}, converter = AtomicFiles.OutputFileOrStdout.class,
            description = "Output file (written atomically); default (or '-') stdout.")
    Path output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "IN", description = "Input files in order ('-' = stdin; none = stdin).")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (output != null && output.toString().equals("-")) { // as '-' for IN; it wrote a file named '-'
            output = null;
        }
        AtomicFiles.checkTarget(output, "-o");
        List<Path> read = new ArrayList<>(inputs); // the model and lexicon too: -o replaced them with tagged text
        read.add(AtomicFiles.location(model));
        read.add(AtomicFiles.location(lexicon));
        AtomicFiles.checkNotInput(output, "-o/--output", read.toArray(new Path[0]));
        Console c = common.console(Main.streams());
        SentenceSource.Format in = SentenceSource.parseFormat(inputFormat);
        boolean defaultedText = !spec.commandLine().getParseResult().hasMatchedOption("--input-format");
        if (defaultedText) { // its columns became tokens
            for (Path p : inputs) {
                // a corpus.conllu.gz is read as its text: CoNLL-U too
                String name = org.tagrank.io.Readers.nameWithoutGz(p).toLowerCase(Locale.ROOT);
                if (name.endsWith(".conllu") || name.endsWith(".conll")) {
                    throw CliException.usage(p + ": a CoNLL-U file would be read as raw text (--input-format text, the "
                            + "default); give --input-format conllu (or --input-format text to tag its lines as text)");
                }
            }
        }
        TagFormat out = TagFormat.parse(outputFormat != null ? outputFormat : in == SentenceSource.Format.CONLLU ? "conllu" : "word_tag");
        int n = CliException.threads(threads);
        if (topK != null && topK < 1) {
            throw CliException.usage("--top-k must be >= 1");
        }
        if (topK != null && out == TagFormat.WORD_TAG) {
            throw CliException.usage("--top-k needs --output-format tsv or conllu (word_tag has no place for it)");
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--separator")
                && in != SentenceSource.Format.WORD_TAG && out != TagFormat.WORD_TAG) {
            throw CliException.usage("--separator is for word_tag input or output; neither is word_tag here");
        }
        if (beam != null && (beam < 1 || beam > PosTagger.MAX_BEAM)) { // said 'beam width must be ...', after the model load
            throw CliException.usage("--beam must be in 1.." + PosTagger.MAX_BEAM + ", got " + beam);
        }
        if (explain != null && explain < 1) {
            throw CliException.usage("--explain takes a token number from 1, got " + explain);
        }
        SentenceSource.checkInputs(inputs);
        String location = model != null ? model : DefaultModels.locate(PosTagger.DEFAULT_MODEL);
        PosTagger tagger = PosTagger.load(location);
        if (out == TagFormat.WORD_TAG) { // 'his$PRP$' splits at its last '$' into other words and tags
            for (String tag : tagger.tags().labels()) {
                if (tag.indexOf(separator) >= 0) {
                    throw CliException.usage("--separator '" + separator + "' occurs in the model's tag '" + tag
                            + "', so word_tag output could not be split back; choose another separator (or tsv / conllu output)");
                }
            }
        }
        if (beam != null) {
            try {
                tagger = tagger.withBeam(beam);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
        }
        if (lexicon != null) {
            Lexicon lex = Lexicon.read(lexicon);
            List<String> spaced = lex.wordsWithSpaces();
            if (in != SentenceSource.Format.CONLLU && !spaced.isEmpty()) { // they never applied, silently
                c.warn("warning: " + lexicon + ": " + spaced.size() + (spaced.size() == 1 ? " entry holds" : " entries hold")
                        + " a space, which " + inputFormat.toLowerCase(Locale.ROOT) + " input never has in a token (only "
                        + "CoNLL-U forms can): " + String.join(", ", spaced.subList(0, Math.min(5, spaced.size())))
                        + (spaced.size() > 5 ? ", ..." : ""));
            }
            tagger = tagger.withLexicon(lex);
        }
        List<Path> files = inputs.isEmpty() ? List.of(Path.of("-")) : inputs;
        Progress progress = new Progress(c);
        PosTagger t = tagger;
        try (SentenceSource source = out == TagFormat.WORD_TAG ? new SentenceSource(files, in, separator).forWordTagOutput()
                : new SentenceSource(files, in, separator)) {
            if (defaultedText) {
                source.refusingConlluAsDefaultText();
            }
            if (output != null) {
                AtomicFiles.write(output, os -> run(source, t, out, n, os, progress));
            } else {
                run(source, t, out, n, failing(c.out()), progress);
                c.out().flush();
            }
        }
        progress.finish();
        c.progress("model: " + ResourceLocator.describe(location)); // after the run: an error stays the only line
        return ExitCodes.OK;
    }

    /**
     * stdout that throws when a write fails: a PrintStream only records it, so a full disk or a closed pipe went
     * unnoticed and the whole input was tagged into it, exit 0.
     */
    private static OutputStream failing(java.io.PrintStream ps) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                ps.write(b);
                check();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ps.write(b, off, len);
                check();
            }

            @Override
            public void flush() throws IOException {
                check(); // checkError flushes
            }

            private void check() throws IOException {
                if (ps.checkError()) {
                    throw Main.stdoutFailed(ps);
                }
            }
        };
    }

    private void run(SentenceSource source, PosTagger tagger, TagFormat format, int threads, OutputStream os,
                     Progress progress) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
        if (threads == 1) {
            List<SentenceSource.Item> batch;
            while (!(batch = next(source, SentenceSource.MAX_BATCH_CHARS, null, w, progress)).isEmpty()) {
                Result r = process(batch, tagger, format);
                writeText(r, w);
                progress.add(r.sentences(), r.tokens());
                if (!source.ready()) { // nothing more to read yet: out with what is tagged (it waited for the end)
                    w.flush();
                }
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
                Thread th = new Thread(runnable, "tagrank-tag");
                th.setDaemon(true);
                return th;
            });
            try {
                InFlightBatches<Result> inflight = new InFlightBatches<>();
                long batchChars = Math.max(MIN_BATCH_CHARS, Math.min(SentenceSource.MAX_BATCH_CHARS,
                        IN_FLIGHT_CHARS / (threads * 4L)));
                List<SentenceSource.Item> batch;
                while (!(batch = next(source, batchChars, inflight, w, progress)).isEmpty()) {
                    List<SentenceSource.Item> b = batch;
                    long chars = 0;
                    for (SentenceSource.Item item : b) {
                        chars += SentenceSource.chars(item);
                    }
                    inflight.add(pool.submit(() -> process(b, tagger, format)), chars);
                    // bounded: memory stays flat on any input size and any --threads
                    while (inflight.size() >= threads * 4L || inflight.chars() >= IN_FLIGHT_CHARS) {
                        write(inflight.poll(), w, progress);
                    }
                    if (!source.ready()) { // nothing more to read yet: out with everything tagged so far
                        while (!inflight.isEmpty()) {
                            write(inflight.poll(), w, progress);
                        }
                        w.flush();
                    }
                }
                while (!inflight.isEmpty()) {
                    write(inflight.poll(), w, progress);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        w.flush();
    }

    /**
     * The next batch; when the input turns out bad, what was read before it (the batches in flight) is written out
     * and flushed first, so that stdout ends where the input went wrong (with -o nothing is kept, as on any failure).
     */
    private List<SentenceSource.Item> next(SentenceSource source, long maxChars, InFlightBatches<Result> inflight, Writer w,
                                           Progress progress) throws IOException {
        try {
            return source.nextBatch(BATCH, maxChars);
        } catch (IOException | RuntimeException e) {
            while (inflight != null && !inflight.isEmpty()) {
                write(inflight.poll(), w, progress);
            }
            w.flush();
            throw e;
        }
    }

    private void write(Future<Result> f, Writer w, Progress progress) throws IOException {
        try {
            Result r = f.get();
            writeText(r, w);
            progress.add(r.sentences(), r.tokens());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A batch's output; {@code idAt}: where in the text the sentence numbers of {@code # sent_id} lines go. */
    private record Result(String text, int[] idAt, long sentences, long tokens) {
    }

    /** Sentences numbered so far in {@code # sent_id} lines: the run's count, given in output order by the writer. */
    private long sentenceIds;

    private void writeText(Result r, Writer w) throws IOException {
        int from = 0;
        for (int at : r.idAt()) {
            w.write(r.text(), from, at - from);
            w.write(Long.toString(++sentenceIds));
            from = at;
        }
        w.write(r.text(), from, r.text().length() - from);
    }

    private Result process(List<SentenceSource.Item> batch, PosTagger tagger, TagFormat format) {
        StringBuilder sb = new StringBuilder(batch.size() * 128);
        long sentences = 0;
        long tokens = 0;
        it.unimi.dsi.fastutil.ints.IntArrayList idAt = new it.unimi.dsi.fastutil.ints.IntArrayList();
        for (SentenceSource.Item item : batch) {
            // CoNLL-U made here (not from CoNLL-U input) gets # sent_id and # text, and SpaceAfter=No from raw text
            boolean header = format == TagFormat.CONLLU && item.conllu() == null;
            List<CoreNlpTokenizer.Sentence> raw = header && item.paragraph() != null
                    ? CoreNlpTokenizer.sentencesWithText(item.paragraph()) : null;
            List<List<String>> sents = raw != null ? raw.stream().map(CoreNlpTokenizer.Sentence::words).toList()
                    : item.paragraph() != null ? CoreNlpTokenizer.sentencesAsCoreNlp(item.paragraph()) : List.of(item.words());
            for (int k = 0; k < sents.size(); k++) {
                List<String> words = sents.get(k);
                if (words.isEmpty()) { // a blank input line: an empty line where one word_tag line per input line is expected
                    if (format == TagFormat.WORD_TAG) {
                        sb.append('\n');
                    }
                    continue;
                }
                TaggedSentence s = tagger.tag(words);
                List<List<ScoredOutput>> top = topK != null ? tagger.topK(words, topK) : null;
                StringBuilder why = null;
                if (explain != null) {
                    why = new StringBuilder();
                    TagExplanation.append(why, tagger, words, s, explain);
                }
                if (header) {
                    sb.append("# sent_id = ");
                    idAt.add(sb.length());
                    sb.append("\n# text = ").append(raw != null ? raw.get(k).text() : String.join(" ", words)).append('\n');
                }
                format.write(sb, s, item.conllu(), top, separator, why, raw != null ? raw.get(k) : null);
                sentences++;
                tokens += words.size();
            }
        }
        return new Result(sb.toString(), idAt.toIntArray(), sentences, tokens);
    }

    /** OpenNLP-style progress about every 10 s and a final summary, on stderr. */
    private static final class Progress {
        private final Console c;
        private final long start = System.nanoTime();
        private long last = start;
        private long sentences;
        private long tokens;

        Progress(Console c) {
            this.c = c;
        }

        void add(long s, long t) {
            sentences += s;
            tokens += t;
            long now = System.nanoTime();
            if (now - last > 10_000_000_000L) {
                last = now;
                c.progress(String.format(Locale.ROOT, "tagged %,d sentences, %,d tokens, %,.0f tokens/s", sentences, tokens,
                        tokens / ((now - start) / 1e9)));
            }
        }

        void finish() {
            double secs = (System.nanoTime() - start) / 1e9;
            c.progress(String.format(Locale.ROOT, "Average: %,.0f tokens/s  Total: %,d sentences, %,d tokens  Runtime: %.2fs",
                    tokens / Math.max(secs, 1e-9), sentences, tokens, secs));
        }
    }
}
