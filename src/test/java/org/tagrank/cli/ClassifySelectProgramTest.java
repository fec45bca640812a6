package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * scripts/bench/ClassifySelect.java (scripts/select-classify): the "train flags" it prints for the pick, given to
 * {@code train --task classify}, train the candidate it scored; an unknown candidate name is one line, not a stack trace
 * (nor, beside known ones, silently dropped); scripts/select-classify checks SPLIT, SEED and the number of arguments
 * before the build.
 */
class ClassifySelectProgramTest {
    @TempDir
    Path dir;

    private Path trainFile() throws Exception {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            s.append("sci.space\tSubject: launch ").append(i).append(" the shuttle orbit rocket launch pad\n");
            s.append("rec.autos\tSubject: car ").append(i).append(" the engine wheels brakes car dealer\n");
        }
        return Files.writeString(dir.resolve("train.tsv"), s.toString());
    }

    private String[] select(Path train, String candidates) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Path.of("scripts", "bench", "ClassifySelect.java").toAbsolutePath().toString(),
                train.toString(), "2", "1", candidates)
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "ClassifySelect still running");
        return new String[]{String.valueOf(p.exitValue()), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt"))};
    }

    @Test
    void thePicksTrainFlagsTrainThatCandidate() throws Exception {
        Path train = trainFile();
        String[] r = select(train, "svm-1e-4-e12-subject");
        assertEquals("0", r[0], r[2]);
        String pick = r[1].lines().filter(l -> l.startsWith("pick ")).findFirst().orElseThrow(() -> new AssertionError(r[1]));
        String flags = pick.substring(pick.indexOf("->  train ") + "->  train ".length());
        List<String> args = new ArrayList<>(List.of("train", "--task", "classify", "--data", train.toString(), "--quiet"));
        args.addAll(List.of(flags.split(" ")));
        Path model = dir.resolve("pick.lin.zip");
        args.addAll(List.of("--out", model.toString()));
        CliTest.Run t = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, t.code(), t.err());
        Properties manifest = new Properties();
        try (ZipFile z = new ZipFile(model.toFile()); InputStream in = z.getInputStream(z.getEntry("manifest.properties"))) {
            manifest.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        // the candidate: SVM, SGD, l2 1e-4, learning rate 1, 12 epochs (train's default learning rate is 0.1)
        assertEquals("svm", manifest.getProperty("trainer.learner"), flags);
        assertEquals("sgd", manifest.getProperty("trainer.optimizer"), flags);
        assertEquals("1.0E-4", manifest.getProperty("trainer.l2"), flags);
        assertEquals("12", manifest.getProperty("trainer.epochs"), flags);
        assertEquals("1.0", manifest.getProperty("trainer.learning_rate"), flags);
    }

    @Test
    void anUnknownCandidateIsOneLine() throws Exception {
        String[] r = select(trainFile(), "svm-1e-4-e12,svm-typo");
        assertEquals("1", r[0], r[2]);
        assertEquals(1, r[2].lines().count(), r[2]);
        assertTrue(r[2].startsWith("select-classify: unknown candidate 'svm-typo' (known: svm-1e-4-e12, "), r[2]);
        assertEquals("", r[1], "nothing trained or printed before the check");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // a bad split ran every candidate on the good ones first (13 minutes on 20NG), then a NumberFormatException
            "5,last30; 1; select-classify: SPLIT must be a comma-separated list of K >= 2 and/or last20, not '5,last30'",
            "1; 1; select-classify: SPLIT must be a comma-separated list of K >= 2 and/or last20, not '1'",
            "5; one; select-classify: SEED must be a whole number, not 'one'"})
    void theScriptChecksSplitAndSeedBeforeAnyWork(String split, String seed, String message) throws Exception {
        String[] r = script(trainFile().toString(), split, seed);
        assertEquals("1", r[0], r[1]);
        assertEquals(message + "\n", r[1]);
        assertEquals("", r[2], "java or mvn ran before the check");
    }

    @Test
    void theScriptRefusesAFifthArgument() throws Exception {
        // the fifth was dropped without a word
        String[] r = script(trainFile().toString(), "5", "1", "svm-1e-4-e12", "svm-1e-4-e25");
        assertEquals("1", r[0], r[1]);
        assertEquals("select-classify: at most TRAIN SPLIT SEED CANDIDATES (got 5 arguments)\n", r[1]);
        assertEquals("", r[2]);
    }

    /** scripts/select-classify with failing mvn and java stand-ins: exit code, stderr, the stand-ins' calls. */
    private String[] script(String... args) throws Exception {
        Path calls = dir.resolve("calls.txt");
        Path stubs = org.tagrank.testutil.ToolStubs.failing(dir, calls, "mvn", "java");
        List<String> command = new ArrayList<>(List.of(Path.of("scripts", "select-classify").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("PATH", stubs + ":" + System.getenv("PATH"));
        pb.environment().put("TMPDIR", dir.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "select-classify still running");
        return new String[]{String.valueOf(p.exitValue()), Files.readString(dir.resolve("err.txt")),
                Files.exists(calls) ? Files.readString(calls) : ""};
    }
}
