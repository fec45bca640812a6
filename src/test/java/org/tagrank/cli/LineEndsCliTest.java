package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tagrank.cli.BadInputCliTest.assertBadData;
import static org.tagrank.cli.BadInputCliTest.concat;
import static org.tagrank.cli.BadInputCliTest.run;
import static org.tagrank.cli.BadInputCliTest.utf8;

/**
 * One rule for where a line ends, for every line number an error reports: CR, LF and CRLF each end one line, as
 * readLine splits them. The UTF-8 check counted only LF, so after a lone CR its line numbers fell behind the parser's.
 */
class LineEndsCliTest {
    @TempDir
    Path dir;

    private static final byte[] FF = {(byte) 0xFF};

    @Test
    void aParseErrorAndAnEncodingErrorAfterALoneCrNameTheSameLine() throws IOException {
        Path cr3 = Files.write(dir.resolve("cr3.txt"), utf8("a_DT\rb_NN\nc d_NN\n"));
        assertBadData(cr3 + ":3: token 'c' is not word_TAG", run("tag", "--quiet", "--input-format", "word_tag",
                cr3.toString()));
        Path bad3 = Files.write(dir.resolve("bad3.txt"), concat(utf8("a_DT\rb_NN\n"), FF, utf8("_NN\n")));
        assertBadData(bad3 + ":3: not valid UTF-8", run("tag", "--quiet", "--input-format", "word_tag", bad3.toString()));
    }

    @Test
    void aLoneCrIsALineOfTokensInOutputAndInErrors() {
        BadInputCliTest.Run r = run(utf8("one two\rthree four\nfive six\n"), "tag", "--quiet", "--input-format", "tokens",
                "--output-format", "word_tag");
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().lines().count(), r.out());
        assertBadData("<stdin>:4: not valid UTF-8", run(concat(utf8("a\rb\rc\n"), FF, utf8("\n")), "tag", "--quiet",
                "--input-format", "tokens"));
    }

    @Test
    void crlfIsStillOneLineEnd() {
        assertBadData("<stdin>:4: not valid UTF-8", run(concat(utf8("a\r\nb\r\nc\r\n"), FF, utf8("\r\n")), "tag",
                "--quiet", "--input-format", "tokens"));
        BadInputCliTest.Run r = run(utf8("a_DT\r\nb_NN\r\nc d_NN\r\n"), "tag", "--quiet", "--input-format", "word_tag");
        assertBadData("<stdin>:3: token 'c' is not word_TAG", r);
    }
}
