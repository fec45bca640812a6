package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The manifest's {@code attachments} lists a model's entries besides its four own. An entry it does not list (added to
 * the zip afterwards) was read as an attachment all the same, and tasks take some by their presence alone (a POS
 * model's {@code upos.tsv} or word clusters): the tagger changed while {@code info} showed the manifest unchanged.
 */
class ModelUnlistedEntryTest {

    private static byte[] withExtra(byte[] model, String name, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(model));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(in.readAllBytes());
                zout.closeEntry();
            }
            zout.putNextEntry(new ZipEntry(name));
            zout.write(text.getBytes(StandardCharsets.UTF_8));
            zout.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void anEntryTheManifestDoesNotListIsRefusedNamingIt() throws IOException {
        byte[] listed = ModelIOTest.bytes(new ModelBundle("pos", ModelIOTest.labelModel(), Map.of("notes.txt", "one")));
        byte[] added = withExtra(listed, "upos.tsv", "NN\tNOUN\n");
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelIO.read(new ByteArrayInputStream(added), "pos", "m.zip"));
        assertEquals("m.zip: corrupt or crafted model file: entry upos.tsv is not listed in its manifest "
                + "(attachments=notes.txt)", e.getMessage());

        byte[] none = withExtra(ModelIOTest.bytes(new ModelBundle("pos", ModelIOTest.labelModel())), "extra.txt", "x");
        e = assertThrows(ModelFormatException.class, () -> ModelIO.read(new ByteArrayInputStream(none), "pos", "m.zip"));
        assertEquals("m.zip: corrupt or crafted model file: entry extra.txt is not listed in its manifest "
                + "(attachments=)", e.getMessage());
    }

    @Test
    void aListedEntryThatIsMissingIsStillNamed() throws IOException {
        byte[] model = ModelIOTest.bytes(new ModelBundle("pos", ModelIOTest.labelModel(), Map.of("notes.txt", "one")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(model));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.getName().equals("notes.txt")) {
                    zout.putNextEntry(new ZipEntry(e.getName()));
                    zout.write(in.readAllBytes());
                    zout.closeEntry();
                }
            }
        }
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelIO.read(new ByteArrayInputStream(out.toByteArray()), "pos", "m.zip"));
        assertEquals("m.zip: corrupt or truncated model file: no notes.txt", e.getMessage());
    }
}
