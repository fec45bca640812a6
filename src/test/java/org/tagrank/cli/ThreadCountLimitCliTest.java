package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.core.Checks;
import org.tagrank.integration.corenlp.PosAnnotatorConfig;
import org.tagrank.learn.TrainerConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A thread count was checked for >= 1 only: {@code bench --threads 100000} started threads until the JVM could start no
 * more ("Failed to start the native thread", then OutOfMemoryError), and {@code tag}, L-BFGS training and the CoreNLP
 * annotator ({@code trpos.nthreads}) start as many as their work allows. Every thread count is now 1..1024, a usage
 * error (or, for the annotator, an IllegalArgumentException naming the property) otherwise.
 */
class ThreadCountLimitCliTest {
    @TempDir
    Path dir;

    @Test
    void everyThreadsOptionIsBounded() throws Exception {
        assertEquals(1024, Checks.MAX_THREADS);
        String out = dir.resolve("m.lin.zip").toString();
        for (String n : new String[]{"0", "100000"}) {
            String expected = "--threads must be in 1..1024, got " + n;
            RankCliTest.assertUsage(expected, "tag", "--threads", n, "--input-format", "tokens", CliTest.DEV);
            RankCliTest.assertUsage(expected, "bench", "--task", "pos", "--threads", n, "--seconds", "1", "--data", CliTest.DEV);
            RankCliTest.assertUsage(expected, "train", "--task", "pos", "--data", CliTest.TRAIN, "--learner", "lr", "--optimizer",
                    "lbfgs", "--threads", n, "--out", out);
            RankCliTest.assertUsage(expected, "compare", "--task", "pos", "--data", CliTest.TRAIN, "--test", CliTest.DEV,
                    "--learners", "lr-lbfgs", "--threads", n);
        }
        Path params = Files.writeString(dir.resolve("p.txt"), "Algorithm=MAXENT_QN\nThreads=100000\n");
        RankCliTest.Run r = RankCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--params",
                params.toString(), "--out", out);
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals(true, r.err().contains("1..1024") && r.err().contains("100000"), r.err());
    }

    @Test
    void theLibraryAndTheAnnotatorBoundThemToo() {
        assertThrows(IllegalArgumentException.class,
                () -> TrainerConfig.builder(TrainerConfig.Learner.LR).threads(100_000).build());
        Properties p = new Properties();
        p.setProperty("trpos.nthreads", "100000");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PosAnnotatorConfig.fromProperties("trpos", p));
        assertEquals("trpos.nthreads must be in 1..1024, got '100000'", e.getMessage());
        Properties global = new Properties(); // the pipeline's own setting, which other annotators read too: capped
        global.setProperty("nthreads", "2147483647"); // nthreads * 4 chunks overflowed to a negative count
        assertEquals(1024, PosAnnotatorConfig.fromProperties("trpos", global).nthreads());
        Properties ok = new Properties();
        ok.setProperty("trpos.nthreads", "1024");
        assertEquals(1024, PosAnnotatorConfig.fromProperties("trpos", ok).nthreads());
    }
}
