package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 'tag corpus.conllu' without --input-format read the file as raw text (the default): every column became a token
 * ('1_CD The_DT the_DT DET_NNP DT_NNP _NFP ...'), exit 0. A .conllu file with no --input-format is now a usage
 * error saying what to give; --input-format text still tags it as text. CoNLL-U on stdin or in a file with another
 * name was still tagged column by column (`cat x.conllu | tag`): its first line is looked at now.
 */
class TagConlluAsTextTest {
    @TempDir
    Path dir;

    @Test
    void aConlluFileWithoutInputFormatIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("corpus.conllu"), "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
                + "2\tdog\tdog\tNOUN\tNN\t_\t0\troot\t_\t_\n\n");
        BadInputCliTest.Run r = BadInputCliTest.run("tag", f.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.out());
        assertEquals("", r.out());
        assertEquals("tagrank: " + f + ": a CoNLL-U file would be read as raw text (--input-format text, the default); give "
                + "--input-format conllu (or --input-format text to tag its lines as text)\n", r.err());
        BadInputCliTest.Run asText = BadInputCliTest.run("tag", "--input-format", "text", f.toString(), "--quiet");
        assertEquals(0, asText.code(), asText.err());
        BadInputCliTest.Run conllu = BadInputCliTest.run("tag", "--input-format", "conllu", f.toString(), "--quiet");
        assertEquals(0, conllu.code(), conllu.err());
        assertTrue(conllu.out().startsWith("1\tThe\tthe\tDET\tDT\t"), conllu.out());
    }

    private static final String CONLLU = "# sent_id = 1\n# text = The dog\n1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
            + "2\tdog\tdog\tNOUN\tNN\t_\t0\troot\t_\t_\n\n";

    @Test
    void conlluOnStdinWithoutInputFormatIsRefused() {
        BadInputCliTest.Run r = withStdin(CONLLU, "tag");
        assertEquals(ExitCodes.USAGE, r.code(), r.out());
        assertEquals("", r.out());
        assertEquals("tagrank: <stdin>: line 1 looks like CoNLL-U, which would be read as raw text (--input-format text, "
                + "the default); give --input-format conllu (or --input-format text to tag its lines as text)\n", r.err());
        BadInputCliTest.Run asText = withStdin(CONLLU, "tag", "--input-format", "text", "--quiet");
        assertEquals(0, asText.code(), asText.err());
        BadInputCliTest.Run conllu = withStdin(CONLLU, "tag", "--input-format", "conllu", "--quiet");
        assertEquals(0, conllu.code(), conllu.err());
        assertTrue(conllu.out().startsWith("# sent_id = 1\n"), conllu.out());
    }

    @Test
    void conlluInAFileOfAnotherNameIsRefusedAtItsFirstWordLine() throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "The dog barks.\n");
        Path f = Files.writeString(dir.resolve("b.txt"), "\n" + CONLLU.substring(CONLLU.indexOf("1\t")));
        BadInputCliTest.Run r = BadInputCliTest.run("tag", text.toString(), f.toString(), "--quiet");
        assertEquals(ExitCodes.USAGE, r.code(), r.out());
        assertEquals("The_DT dog_NN barks_VBZ ._.\n", r.out()); // the input before it, as for bad data mid-run
        assertTrue(r.err().startsWith("tagrank: " + f + ": line 2 looks like CoNLL-U"), r.err());
    }

    @Test
    void textThatMerelyHasTabsOrAHashIsTaggedAsBefore() {
        BadInputCliTest.Run r = withStdin("# Notes\n\n1\tapple\tand\ttwo\tpears\n", "tag", "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("apple_"), r.out());
    }

    private static BadInputCliTest.Run withStdin(String in, String... args) {
        return BadInputCliTest.run(in.getBytes(StandardCharsets.UTF_8), args);
    }

    /** A gzip-compressed corpus.conllu.gz (inputs may be, README) was still tagged column by column as raw text, exit 0. */
    @Test
    void aCompressedConlluFileWithoutInputFormatIsRefusedToo() throws Exception {
        Path f = Files.write(dir.resolve("corpus.conllu.gz"), org.tagrank.io.GzipInputTest.gzip(
                "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\tdog\tdog\tNOUN\tNN\t_\t0\troot\t_\t_\n\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        BadInputCliTest.Run r = BadInputCliTest.run("tag", f.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.out());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("tagrank: " + f + ": a CoNLL-U file would be read as raw text"), r.err());
        BadInputCliTest.Run conllu = BadInputCliTest.run("tag", "--input-format", "conllu", f.toString(), "--quiet");
        assertEquals(0, conllu.code(), conllu.err());
        assertTrue(conllu.out().startsWith("1\tThe\tthe\tDET\tDT\t"), conllu.out());
    }
}
