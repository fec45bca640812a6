package org.tagrank.task.rank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.io.CorpusFormatException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class McTestReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsStoriesAndTheAnswerKeyBeside() throws Exception {
        List<McTestStory> stories = McTestReader.read(Fixtures.mctest(), true);
        assertEquals(2, stories.size());
        McTestStory s = stories.get(0);
        assertEquals("made-up.0", s.id());
        assertEquals("Author: fixture;Work Time(s): 1", s.properties());
        assertTrue(s.text().contains("too.\n\nTom threw"), "\\newline is decoded");
        assertFalse(s.text().contains("\r"));
        assertEquals(4, s.questions().size());
        McTestQuestion q1 = s.questions().get(0);
        assertEquals("What color was Tom's ball?", q1.text());
        assertEquals(McTestQuestion.Type.ONE, q1.type());
        assertEquals(List.of("red", "blue", "green", "yellow"), q1.answers());
        assertEquals(0, q1.gold());
        assertEquals(McTestQuestion.Type.MULTIPLE, s.questions().get(2).type());
        assertEquals(2, s.questions().get(2).gold());
        assertEquals(1, s.questions().get(3).gold());
        assertEquals(3, stories.get(1).questions().get(0).gold());
        assertTrue(stories.get(1).hasAnswers());
    }

    @Test
    void answerLettersAreAToDAndNothingElse() {
        assertEquals("A", McTestQuestion.letter(0));
        assertEquals("D", McTestQuestion.letter(3));
        for (int bad : new int[]{-1, 4, 25}) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> McTestQuestion.letter(bad));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains(Integer.toString(bad)), e.getMessage());
        }
    }

    @Test
    void malformedUtf8InStoriesOrAnswersIsReportedAtItsLine() throws Exception {
        byte[] stories = Files.readAllBytes(Fixtures.mctest());
        int second = indexOf(stories, (byte) '\n') + 1 + 3; // inside the second story's id
        Path tsv = dir.resolve("bad.tsv");
        byte[] bad = stories.clone();
        bad[second] = (byte) 0xFF;
        Files.write(tsv, bad);
        Files.copy(McTestReader.answerFile(Fixtures.mctest()), McTestReader.answerFile(tsv));
        assertEquals(tsv + ":2: not valid UTF-8",
                assertThrows(CorpusFormatException.class, () -> McTestReader.read(tsv, true)).getMessage());
    }

    @Test
    void aByteOrderMarkBeforeTheStoriesOrTheAnswersIsNoText() throws Exception {
        Path tsv = dir.resolve("bom.tsv");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (Path[] p : new Path[][]{{Fixtures.mctest(), tsv},
                {McTestReader.answerFile(Fixtures.mctest()), McTestReader.answerFile(tsv)}}) {
            byte[] text = Files.readAllBytes(p[0]);
            byte[] withBom = new byte[bom.length + text.length];
            System.arraycopy(bom, 0, withBom, 0, bom.length);
            System.arraycopy(text, 0, withBom, bom.length, text.length);
            Files.write(p[1], withBom);
        }
        List<McTestStory> plain = McTestReader.read(Fixtures.mctest(), true);
        List<McTestStory> read = McTestReader.read(tsv, true);
        assertEquals(plain.get(0).id(), read.get(0).id());
        assertEquals(plain, read);
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void answerFileIsFoundByName() {
        assertEquals(Path.of("/x/mc160.dev.ans"), McTestReader.answerFile(Path.of("/x/mc160.dev.tsv")));
    }

    @Test
    void withoutAnswerKeyGoldIsUnknownUnlessRequired() throws Exception {
        Path tsv = dir.resolve("s.tsv");
        Files.copy(Fixtures.mctest(), tsv);
        List<McTestStory> stories = McTestReader.read(tsv, false);
        assertEquals(-1, stories.get(0).questions().get(0).gold());
        assertFalse(stories.get(0).hasAnswers());
        String m = assertThrows(CorpusFormatException.class, () -> McTestReader.read(tsv, true)).getMessage();
        assertTrue(m.startsWith(tsv + ":1: no answer key"), m);
    }

    private String errorFor(String tsvText, String ansText) throws Exception {
        Path tsv = dir.resolve("bad.tsv");
        Files.writeString(tsv, tsvText, StandardCharsets.UTF_8);
        if (ansText != null) {
            Files.writeString(dir.resolve("bad.ans"), ansText, StandardCharsets.UTF_8);
        }
        return assertThrows(CorpusFormatException.class, () -> McTestReader.read(tsv, ansText != null)).getMessage();
    }

    @Test
    void badInputIsReportedWithFileAndLine() throws Exception {
        List<String> lines = Files.readAllLines(Fixtures.mctest());
        String good = lines.get(0);
        Path tsv = dir.resolve("bad.tsv");
        Path ans = dir.resolve("bad.ans");
        String m = errorFor(good + "\r\n" + "x\ty\tz\r\n", null);
        assertTrue(m.startsWith(tsv + ":2: expected 23 tab-separated fields"), m);
        m = errorFor(good.replace("one: What color", "What color") + "\r\n", null);
        assertTrue(m.startsWith(tsv + ":1: question 1 of made-up.0 does not start with 'one:' or 'multiple:'"), m);
        m = errorFor(good + "\r\n", "A\tB\tE\tA\r\n");
        assertTrue(m.startsWith(ans + ":1: answer must be one of A, B, C, D"), m);
        m = errorFor(good + "\r\n", "A\tB\tC\r\n");
        assertTrue(m.startsWith(ans + ":1: expected 4 tab-separated answer letters"), m);
        m = errorFor(good + "\r\n" + good + "\r\n", "A\tB\tC\tD\r\n");
        assertTrue(m.startsWith(tsv + ":2: story 2 has no line in"), m);
        m = errorFor(good + "\r\n", "A\tB\tC\tD\r\nA\tB\tC\tD\r\n");
        assertTrue(m.startsWith(ans + ":2: answer key has 2 lines for 1 stories"), m);
        m = errorFor("", ""); // to train or evaluate; stories to rank may be none (RankEmptyInputCliTest)
        assertTrue(m.startsWith(tsv + ":1: no stories"), m);
    }

    @Test
    void anEmptyAnswerOrQuestionIsReportedNotRanked() throws Exception {
        String good = Files.readAllLines(Fixtures.mctest()).get(0);
        assertTrue(good.contains("?\tred\tblue\t"), good);
        Path tsv = dir.resolve("bad.tsv");
        String m = errorFor(good.replace("?\tred\tblue\t", "?\tred\t \t") + "\n", null);
        assertEquals(tsv + ":1: answer B of question 1 of made-up.0 is empty (field 6)", m);
        m = errorFor(good.replace("one: What color was Tom's ball?", "one: ") + "\n", null);
        assertEquals(tsv + ":1: question 1 of made-up.0 is empty (field 4)", m);
    }

    @Test
    void aStoryIdGivenTwiceIsReportedAtItsSecondLine() throws Exception {
        String good = Files.readAllLines(Fixtures.mctest()).get(0);
        Path tsv = dir.resolve("bad.tsv");
        // rank printed the questions twice under the same ids, eval counted them twice
        String m = errorFor(good + "\n\n" + good + "\n", "A\tB\tC\tB\nA\tB\tC\tB\n");
        assertEquals(tsv + ":3: story id 'made-up.0' appears again (first at line 1)", m);
    }

    @Test
    void anAnswerGivenTwiceInAQuestionIsReported() throws Exception {
        String good = Files.readAllLines(Fixtures.mctest()).get(0);
        assertTrue(good.contains("?\tred\tblue\tgreen\t"), good);
        Path tsv = dir.resolve("bad.tsv");
        // the two scored alike: rank printed both, eval gave the question half its credit
        String m = errorFor(good.replace("?\tred\tblue\tgreen\t", "?\tred\tblue\t red\t") + "\n", null);
        assertEquals(tsv + ":1: answers A and C of question 1 of made-up.0 are the same ('red', fields 5 and 7)", m);
        // canonically equivalent (NFC and NFD e-acute): the same words once read in NFC, as the features read them
        m = errorFor(good.replace("?\tred\tblue\tgreen\t", "?\t\u00e9clair\tblue\te\u0301clair\t") + "\n", null);
        assertEquals(tsv + ":1: answers A and C of question 1 of made-up.0 are the same ('e\u0301clair', fields 5 and 7)", m);
    }

    @Test
    void anEmptyStoryIsReportedNotRanked() throws Exception {
        String good = Files.readAllLines(Fixtures.mctest()).get(0);
        String[] f = good.split("\t", -1);
        Path tsv = dir.resolve("bad.tsv");
        for (String empty : new String[]{"", " ", "\\newline\\newline"}) {
            f[2] = empty; // its questions were answered from nothing: the ranking only reflected the answers' own words
            String m = errorFor(String.join("\t", f) + "\n", null);
            assertEquals(tsv + ":1: the story of made-up.0 is empty (field 3)", m);
        }
    }

    @Test
    void storiesComeThroughANamedPipe() throws Exception {
        // bash's <(cmd) (/dev/fd/N) and mkfifo: "no such file", while the generic ranking format read them
        Path fifo = dir.resolve("piped.tsv");
        try {
            org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start()
                    .waitFor() == 0, "mkfifo failed");
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here: " + e.getMessage());
        }
        byte[] text = Files.readAllBytes(Fixtures.mctest());
        java.util.concurrent.CompletableFuture<Void> fed = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try (java.io.OutputStream out = Files.newOutputStream(fifo)) {
                out.write(text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<McTestStory> read = McTestReader.read(fifo, false);
        fed.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(2, read.size());
        assertEquals(-1, read.get(0).questions().get(0).gold());
    }

    @Test
    void aDirectoryIsReportedAsADirectoryNotAsMissing() {
        java.nio.file.FileSystemException e = assertThrows(java.nio.file.FileSystemException.class,
                () -> McTestReader.read(dir, true));
        assertFalse(e instanceof java.nio.file.NoSuchFileException, "it said: no such file: " + dir);
        assertEquals(dir.toString(), e.getFile());
        assertEquals("is a directory, not a file", e.getReason());
    }

    @Test
    void aMissingStoryFileIsReportedAsMissingNotAsAMissingAnswerKey() {
        Path tsv = dir.resolve("absent.tsv");
        java.nio.file.NoSuchFileException e = assertThrows(java.nio.file.NoSuchFileException.class,
                () -> McTestReader.read(tsv, true));
        assertEquals(tsv.toString(), e.getFile());
        assertThrows(java.nio.file.NoSuchFileException.class, () -> McTestReader.read(tsv, false));
    }
}
