package org.tagrank.bench;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.CoreNlpTokenizer;
import org.tagrank.task.pos.PosTagger;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One system of the POS comparison per JVM run: trains on EWT train (XPOS), tags EWT test (gold
 * tokens) and prints one {@code RESULT key=value ...} line: accuracy, unknown-word accuracy (words
 * not in EWT train, the same definition for every system), training seconds, tokens/s with 1 and
 * 2 threads, model bytes and peak heap. Usage: {@code PosPeerBench SYSTEM TRAIN DEV TEST WORKDIR}; then
 * {@code PosPeerBench --speed SYSTEM MODEL TEST [NEWTEXT]} measures the saved model's speed again in a fresh JVM
 * (with NEWTEXT, {@code label<TAB>text} lines such as 20NG's, also one pass over text the tagger has not met)
 * with SYSTEM one of tagrank, tagrank-fast (no word clusters), stanford, stanford-distsim, opennlp-maxent,
 * opennlp-perceptron. TagRank and
 * stanford-distsim use the same word clusters (system property {@code clusters}, default
 * {@code target/clusters/egw4-reut.512.tsv}, written by scripts/extract-distsim); both TagRank models use CoreNLP's
 * tag lexicon (system property {@code taglexicon}, default {@code target/taglexicon/corenlp-left3words.tsv}, written
 * by scripts/extract-taglexicon), as scripts/train-models does.
 */
public final class PosPeerBench {
    private PosPeerBench() {
    }

    /** Tags one sentence of words. A supplier gives each thread its own tagger where the peer needs one. */
    interface Tagger {
        List<String> tag(List<String> words);
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--speed")) {
            speed(args[1], Path.of(args[2]), Path.of(args[3]), args.length > 4 ? Path.of(args[4]) : null);
            return;
        }
        String system = args[0];
        List<ConlluSentence> train = ConlluReader.readAll(Path.of(args[1]));
        List<ConlluSentence> dev = ConlluReader.readAll(Path.of(args[2]));
        List<ConlluSentence> test = ConlluReader.readAll(Path.of(args[3]));
        Path work = Path.of(args[4]);
        Files.createDirectories(work);
        Set<String> vocab = new HashSet<>();
        for (ConlluSentence s : train) {
            vocab.addAll(s.forms());
        }
        String clusters = Path.of(System.getProperty("clusters", "target/clusters/egw4-reut.512.tsv")).toAbsolutePath().toString();
        String tagLexicon = Path.of(System.getProperty("taglexicon", "target/taglexicon/corenlp-left3words.tsv"))
                .toAbsolutePath().toString();
        long start = System.nanoTime();
        Supplier<Tagger> taggers;
        Path modelFile;
        switch (system) {
            case "tagrank", "tagrank-fast" -> {
                // the shipped models' exact training commands (scripts/train-models pos, pos-fast)
                modelFile = work.resolve(system + ".lin.zip");
                Path unlabeled = Path.of(args[1]).toAbsolutePath().getParent().getParent().resolve("20newsgroups/train.tsv");
                List<String> cmd = new ArrayList<>(List.of("train", "--task", "pos", "--data", args[1], "--dev", args[2],
                        "--learner", "perceptron", "--epochs", "10", "--patience", "3", "--seed", "1",
                        "--param", "unlabeled=" + unlabeled, "--param", "taglexicon=" + tagLexicon,
                        "--out", modelFile.toString(), "--quiet"));
                if (system.equals("tagrank")) {
                    cmd.addAll(List.of("--param", "clusters=" + clusters));
                }
                int code = org.tagrank.cli.Main.run(cmd.toArray(new String[0]), System.err, System.err);
                if (code != 0) {
                    throw new IllegalStateException("tagrank train failed with exit code " + code);
                }
                taggers = taggers(system, modelFile);
            }
            case "stanford", "stanford-distsim" -> {
                modelFile = work.resolve(system + ".tagger");
                Path tsv = work.resolve("train.tsv");
                writeTsv(train, tsv);
                Path props = work.resolve("stanford.props");
                Files.writeString(props, String.join("\n",
                        "model = " + modelFile,
                        "trainFile = format=TSV,wordColumn=0,tagColumn=1," + tsv,
                        // stanford-distsim: the word-cluster features of CoreNLP's english-left3words-distsim
                        // model, on the same clusters TagRank uses
                        system.equals("stanford") ? "arch = left3words,naacl2003unknowns,wordshapes(-1,1)"
                                : "arch = left3words,naacl2003unknowns,wordshapes(-1,1),distsim(" + clusters + ",-1,1),"
                                + "distsimconjunction(" + clusters + ",-1,1)",
                        "lang = english",
                        "encoding = UTF-8",
                        "nthreads = 2",
                        "") + "\n");
                MaxentTagger.main(new String[]{"-props", props.toString()});
                taggers = taggers(system, modelFile);
            }
            case "opennlp-maxent", "opennlp-perceptron" -> {
                modelFile = work.resolve(system + ".bin");
                List<POSSample> samples = new ArrayList<>();
                for (ConlluSentence s : train) {
                    samples.add(new POSSample(new java.util.ArrayList<>(s.forms()), new java.util.ArrayList<>(s.xpos())));
                }
                TrainingParameters p = TrainingParameters.defaultParams();
                p.put(TrainingParameters.ALGORITHM_PARAM, system.endsWith("maxent") ? "MAXENT" : "PERCEPTRON");
                POSModel model = POSTaggerME.train("en", new CollectionObjectStream<>(samples), p, new POSTaggerFactory());
                try (OutputStream out = Files.newOutputStream(modelFile)) {
                    model.serialize(out);
                }
                taggers = taggers(system, modelFile);
            }
            default -> throw new IllegalArgumentException("unknown system " + system);
        }
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        long heapAfterTraining = peakHeap();

        Tagger single = taggers.get();
        long tokens = 0;
        long correct = 0;
        long unknown = 0;
        long unknownCorrect = 0;
        for (ConlluSentence s : test) {
            List<String> tags = single.tag(s.forms());
            for (int i = 0; i < s.size(); i++) {
                boolean ok = tags.get(i).equals(s.xpos().get(i));
                tokens++;
                correct += ok ? 1 : 0;
                if (!vocab.contains(s.forms().get(i))) {
                    unknown++;
                    unknownCorrect += ok ? 1 : 0;
                }
            }
        }
        List<List<String>> sentences = new ArrayList<>();
        for (ConlluSentence s : test) {
            sentences.add(new ArrayList<>(s.forms()));
        }
        double tps1 = throughput(sentences, tokens, 1, taggers);
        double tps2 = throughput(sentences, tokens, 2, taggers);
        Map<String, String> r = new LinkedHashMap<>();
        r.put("system", system);
        r.put("accuracy", fmt(correct / (double) tokens));
        r.put("unknown_accuracy", fmt(unknownCorrect / (double) unknown));
        r.put("tokens", Long.toString(tokens));
        r.put("unknown_tokens", Long.toString(unknown));
        r.put("train_seconds", fmt(trainSeconds));
        r.put("tokens_per_second_1", String.format(Locale.ROOT, "%.0f", tps1));
        r.put("tokens_per_second_2", String.format(Locale.ROOT, "%.0f", tps2));
        r.put("model_bytes", Long.toString(Files.size(modelFile)));
        r.put("peak_heap_mb", String.format(Locale.ROOT, "%.0f", Math.max(heapAfterTraining, peakHeap()) / 1048576.0));
        StringBuilder sb = new StringBuilder("RESULT");
        r.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        System.out.println(sb);
    }

    /** Taggers of a trained model file of the system. */
    static Supplier<Tagger> taggers(String system, Path modelFile) throws IOException {
        if (system.startsWith("tagrank")) {
            PosTagger t = PosTagger.load(modelFile.toString());
            return () -> words -> t.tag(words).xpos();
        }
        if (system.startsWith("stanford")) {
            MaxentTagger t = new MaxentTagger(modelFile.toString());
            return () -> words -> {
                List<HasWord> ws = new ArrayList<>(words.size());
                for (String w : words) {
                    ws.add(new Word(w));
                }
                List<String> out = new ArrayList<>(words.size());
                for (TaggedWord tw : t.tagSentence(ws)) {
                    out.add(tw.tag());
                }
                return out;
            };
        }
        if (system.startsWith("opennlp")) {
            POSModel model = new POSModel(modelFile);
            // POSTaggerME keeps per-call state: one instance per thread
            return () -> {
                // PENN: OpenNLP 2.x otherwise maps the tags to UD, which would not match the gold XPOS
                POSTaggerME me = new POSTaggerME(model, opennlp.tools.postag.POSTagFormat.PENN);
                return words -> List.of(me.tag(words.toArray(new String[0])));
            };
        }
        throw new IllegalArgumentException("unknown system " + system);
    }

    /**
     * Tagging speed alone, in this fresh JVM, of a model the training run saved: one {@code SPEED system=...
     * tokens_per_second_1=... tokens_per_second_2=...} line. Throughput varies from JVM to JVM by up to a third
     * here (JIT), so scripts/bench-pos runs this a few times per system and reports the median.
     * With newText, also {@code tokens_per_second_new}: after those runs, one pass on one thread over the first
     * {@code -Dnewtext.tokens} (default 300,000) tokens of that text, tokenized by CoreNLP beforehand. The
     * repeated passes over the test set flatter any cache that keeps what a word costs once (TagRank keeps the
     * rows of recent unknown words); text met once does not.
     */
    static void speed(String system, Path modelFile, Path testFile, Path newText) throws Exception {
        List<List<String>> sentences = new ArrayList<>();
        long tokens = 0;
        for (ConlluSentence s : ConlluReader.readAll(testFile)) {
            sentences.add(new ArrayList<>(s.forms()));
            tokens += s.size();
        }
        Supplier<Tagger> taggers = taggers(system, modelFile);
        double tps1 = throughput(sentences, tokens, 1, taggers);
        double tps2 = throughput(sentences, tokens, 2, taggers);
        String line = String.format(Locale.ROOT, "SPEED system=%s tokens_per_second_1=%.0f tokens_per_second_2=%.0f",
                system, tps1, tps2);
        if (newText != null) {
            line += String.format(Locale.ROOT, " tokens_per_second_new=%.0f", onePass(newText, taggers.get()));
        }
        System.out.println(line);
    }

    /** Tokens per second of one pass over the first tokens of {@code label<TAB>text} lines (tokenized before timing). */
    static double onePass(Path file, Tagger tagger) throws IOException {
        long limit = Long.getLong("newtext.tokens", 300_000L);
        List<List<String>> sentences = new ArrayList<>();
        long tokens = 0;
        try (java.io.BufferedReader in = Files.newBufferedReader(file)) {
            for (String l = in.readLine(); l != null && tokens < limit; l = in.readLine()) {
                for (List<String> s : CoreNlpTokenizer.sentences(l.substring(l.indexOf('\t') + 1))) {
                    sentences.add(s);
                    tokens += s.size();
                }
            }
        }
        long sum = 0;
        long t0 = System.nanoTime();
        for (List<String> s : sentences) {
            sum += tagger.tag(s).size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (sum != tokens) {
            throw new IllegalStateException("tagged " + sum + " of " + tokens + " tokens");
        }
        return tokens / seconds;
    }

    /** Tokens per second tagging the sentences with n threads: passes for 3 s of warm-up, then passes for at least 5 s. */
    static double throughput(List<List<String>> sentences, long tokens, int n, Supplier<Tagger> taggers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Tagger> ts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ts.add(taggers.get());
            }
            Function<Integer, Long> pass = unused -> {
                try {
                    List<Future<Long>> fs = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        int part = i;
                        fs.add(pool.submit(() -> {
                            long sum = 0;
                            for (int k = part; k < sentences.size(); k += n) {
                                sum += ts.get(part).tag(sentences.get(k)).size();
                            }
                            return sum;
                        }));
                    }
                    long sum = 0;
                    for (Future<Long> f : fs) {
                        sum += f.get();
                    }
                    return sum;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            // warm-up for 3 s, not one pass: one pass over the test set (25k tokens) ends before the JIT
            // has compiled a fast tagger's hot loops; every system gets the same treatment
            long w0 = System.nanoTime();
            int warm = 0;
            while (System.nanoTime() - w0 < 3_000_000_000L || warm < 1) {
                pass.apply(0);
                warm++;
            }
            long t0 = System.nanoTime();
            long done = 0;
            int passes = 0;
            while (System.nanoTime() - t0 < 5_000_000_000L || passes < 2) {
                done += pass.apply(0);
                passes++;
            }
            return done / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP && b.getPeakUsage() != null) {
                sum += b.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static void writeTsv(List<ConlluSentence> sentences, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ConlluSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                sb.append(s.forms().get(i)).append('\t').append(s.xpos().get(i)).append('\n');
            }
            sb.append('\n');
        }
        Files.writeString(file, sb);
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
