package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.task.rank.McTestQuestion;
import org.tagrank.task.rank.McTestReader;
import org.tagrank.task.rank.McTestStory;
import org.tagrank.task.rank.RichardsonBaseline;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * eval --task mctest against its documented rule, recomputed here: a gold answer tied with t-1 others at the top
 * earns 1/t, and its reciprocal rank is the mean of 1/r over the ranks the tie spans; accuracy_one and
 * accuracy_multiple over the questions of each type.
 */
class McTestTieCreditCliTest {
    @TempDir
    Path dir;

    @Test
    void theSlidingWindowBaselineIsScoredByTheTieRule() throws Exception {
        // a made-up story whose answers tie: the cat question's gold "red" ties with "blue" at the top (1/2)
        Path tsv = Files.writeString(dir.resolve("ties.tsv"), "ties.0\tAuthor: fixture\tThe ball was red. The box "
                + "was blue.\tone: What color was the ball?\tred\tblue\tgreen\tpink\tone: What color was the cat?\tpink"
                + "\tgreen\tred\tblue\tmultiple: What was the box and the ball?\tgreen\tpink\tred\tblue\tmultiple: What "
                + "was the box?\tblue\tgreen\tpink\tred\n");
        Files.writeString(dir.resolve("ties.ans"), "A\tC\tD\tA\n");
        CliTest.Run r = CliTest.run("eval", "--task", "mctest", "--param", "baseline=sw", "--data", tsv.toString(),
                "--json");
        assertEquals(0, r.code(), r.err());
        double[] credit = new double[2];
        long[] count = new long[2];
        double rr = 0;
        for (McTestStory s : McTestReader.read(tsv, true)) {
            RichardsonBaseline b = new RichardsonBaseline(s.text());
            for (McTestQuestion q : s.questions()) {
                double[] scores = b.slidingWindow(q);
                long above = 0;
                long tied = 0;
                for (double v : scores) {
                    above += v > scores[q.gold()] ? 1 : 0;
                    tied += v == scores[q.gold()] ? 1 : 0;
                }
                int t = q.type() == McTestQuestion.Type.ONE ? 0 : 1;
                count[t]++;
                credit[t] += above == 0 ? 1.0 / tied : 0;
                double sum = 0;
                for (long rank = above + 1; rank <= above + tied; rank++) {
                    sum += 1.0 / rank;
                }
                rr += sum / tied;
            }
        }
        String json = r.out();
        assertEquals(4, number(json, "n"), json);
        assertEquals((credit[0] + credit[1]) / 4, number(json, "accuracy"), 1e-6, json);
        assertEquals(credit[0] / count[0], number(json, "accuracy_one"), 1e-6, json);
        assertEquals(credit[1] / count[1], number(json, "accuracy_multiple"), 1e-6, json);
        assertEquals(rr / 4, number(json, "mrr"), 1e-6, json);
        assertTrue(credit[0] + credit[1] != Math.rint(credit[0] + credit[1]), "the fixture has a shared credit: " + json);
    }

    private static double number(String json, String key) {
        return Double.parseDouble(json.replaceAll("(?s).*\"" + key + "\":(-?[0-9.eE+-]+).*", "$1"));
    }

}
