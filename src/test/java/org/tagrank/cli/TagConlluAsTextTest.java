package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 'tag corpus.conllu' without --input-format read the file as raw text (the default): every column became a token
 * ('1_CD The_DT the_DT DET_NNP DT_NNP _NFP ...'), exit 0. A .conllu file with no --input-format is now a usage
 * error saying what to give; --input-format text still tags it as text.
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
