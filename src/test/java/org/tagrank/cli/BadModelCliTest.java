package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Models that cannot be used: one line naming the model and what is wrong, exit 3. */
class BadModelCliTest {
    @TempDir
    Path dir;

    /** A copy of a model zip with one entry's text replaced. */
    private Path withEntry(Path model, String name, String text) throws IOException {
        Path out = dir.resolve("changed-" + name + ".lin.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(model));
             ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(out))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zo.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    zo.write(text.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zo);
                }
                zo.closeEntry();
            }
        }
        return out;
    }

    @Test
    void aPosModelWithABadTemplateSpecIsNamedInOneShortLine() throws IOException {
        Path model = dir.resolve("pos.lin.zip");
        BadInputCliTest.Run t = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--epochs", "1",
                "--quiet", "--out", model.toString());
        assertEquals(0, t.code(), t.err());
        Path bad = withEntry(model, "templates.txt", "bias\nnonsense[0]\n");
        BadInputCliTest.Run r = BadInputCliTest.run(new byte[0], "tag", "--model", bad.toString(), "--quiet");
        assertEquals(ExitCodes.BAD_MODEL, r.code(), r.err());
        assertTrue(r.err().startsWith("tagrank: " + bad + ": inconsistent POS model: templates.txt:2: unknown feature "
                + "template 'nonsense[0]'"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().length() < 1200, r.err().length() + " characters");
    }

    @Test
    void aLinkModelWithABadAttachmentIsNamed() throws IOException {
        Path model = dir.resolve("link.lin.zip");
        String mentions = org.tagrank.testutil.Fixtures.resource("org/tagrank/task/rank/link/tiny-train.mentions.tsv").toString();
        BadInputCliTest.Run t = BadInputCliTest.run("train", "--task", "link", "--data", mentions, "--learner", "lr",
                "--epochs", "2", "--quiet", "--out", model.toString());
        assertEquals(0, t.code(), t.err());
        Path bad = withEntry(model, "link-prior.tsv", "not a prior line\n");
        BadInputCliTest.Run r = BadInputCliTest.run("link", "rank", "--model", bad.toString(), "--quiet", mentions);
        assertEquals(ExitCodes.BAD_MODEL, r.code(), r.err());
        assertTrue(r.err().startsWith("tagrank: " + bad + ": link model: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
