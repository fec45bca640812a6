package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dev (train) or test (compare) mention file with no mention the learner scores (all NIL here: no linked mention with
 * its gold among two or more candidates) stopped with "empty data set: no instances", naming neither the file nor why.
 */
class LinkNothingToScoreCliTest {
    @TempDir
    Path dir;

    private Path allNil() throws Exception {
        String nil = Files.readAllLines(Path.of(LinkCliTest.fixture("tiny-test.mentions.tsv"))).stream().map(l -> {
            String[] f = l.split("\t", -1);
            f[5] = "--NME--";
            f[6] = "--NME--";
            f[7] = "-1";
            return String.join("\t", f);
        }).collect(Collectors.joining("\n", "", "\n"));
        return Files.writeString(dir.resolve("nil.mentions.tsv"), nil, StandardCharsets.UTF_8);
    }

    @Test
    void trainWithSuchADevFileNamesIt() throws Exception {
        Path nil = allNil();
        CliTest.Run r = CliTest.run("train", "--task", "link", "--data", LinkCliTest.fixture("tiny-train.mentions.tsv"),
                "--dev", nil.toString(), "--learner", "lr", "--epochs", "2", "--quiet", "--out",
                dir.resolve("m.lin.zip").toString());
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        assertTrue(r.err().contains("tagrank: " + nil + ":1: no linked mention with its gold among two or more candidates"),
                r.err());
    }

    @Test
    void compareWithSuchATestFileNamesIt() throws Exception {
        Path nil = allNil();
        CliTest.Run r = CliTest.run("compare", "--task", "link", "--data", LinkCliTest.fixture("tiny-train.mentions.tsv"),
                "--test", nil.toString(), "--learners", "perceptron", "--quiet");
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        assertTrue(r.err().contains("tagrank: " + nil + ":1: no linked mention with its gold among two or more candidates"),
                r.err());
    }
}
