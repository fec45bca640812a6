package org.tagrank.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tagrank.io.ConlluReader;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.Corpora;
import org.tagrank.task.pos.PosTagger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Tagging throughput of the bundled model on EWT dev (25,147 tokens, gold tokenization), one
 * thread: {@code @OperationsPerInvocation} makes JMH report the token benchmarks in tokens/s (not sentence passes). Needs the
 * shared corpora (TAGRANK_CORPORA).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TaggerBenchmark {
    static final int TOKENS = 25_147;

    PosTagger greedy;
    PosTagger beam;
    List<List<String>> sentences;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        greedy = PosTagger.loadDefault().withBeam(1);
        beam = greedy.withBeam(4);
        sentences = new ArrayList<>();
        int tokens = 0;
        for (ConlluSentence s : ConlluReader.readAll(Corpora.file("ud-english-ewt/en_ewt-ud-dev.conllu"))) {
            sentences.add(new ArrayList<>(s.forms()));
            tokens += s.size();
        }
        if (tokens != TOKENS) {
            throw new IllegalStateException("expected EWT dev with " + TOKENS + " tokens, got " + tokens);
        }
    }

    @Benchmark
    @OperationsPerInvocation(TOKENS)
    public long greedyTokens() {
        long sum = 0;
        for (List<String> s : sentences) {
            sum += greedy.tagIds(s)[0];
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(TOKENS)
    public long greedyTaggedSentences() {
        long sum = 0;
        for (List<String> s : sentences) {
            sum += greedy.tag(s).size();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(TOKENS)
    public long beam4Tokens() {
        long sum = 0;
        for (List<String> s : sentences) {
            sum += beam.tagIds(s)[0];
        }
        return sum;
    }

    @Benchmark
    public PosTagger loadBundledModel() throws IOException {
        return PosTagger.loadDefault();
    }
}
