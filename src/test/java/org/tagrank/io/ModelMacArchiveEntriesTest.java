package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A model's files zipped again with macOS Finder's Compress carry {@code __MACOSX/._NAME} entries (the files' extended
 * attributes, e.g. the quarantine mark of a download): no task reads them, and the unlisted-entry check refused such a
 * model as 'corrupt or crafted'. They are no part of the model; any other unlisted entry still is refused.
 */
class ModelMacArchiveEntriesTest {

    private static byte[] finderZip(byte[] model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(model));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            zout.putNextEntry(new ZipEntry("__MACOSX/"));
            zout.closeEntry();
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(data);
                zout.closeEntry();
                zout.putNextEntry(new ZipEntry("__MACOSX/._" + e.getName()));
                zout.write(new byte[]{0, 5, 22, 7, 0, 2, 0, 0, 'M', 'a', 'c', ' ', 'O', 'S', ' ', 'X'}); // AppleDouble
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void finderMetadataEntriesAreNoPartOfTheModel() throws IOException {
        ModelBundle written = new ModelBundle("pos", ModelIOTest.labelModel(), Map.of("notes.txt", "one"));
        byte[] zip = finderZip(ModelIOTest.bytes(written));
        ModelBundle read = ModelIO.read(new ByteArrayInputStream(zip), "pos", "m.zip");
        assertEquals(Map.of("notes.txt", "one"), read.attachments());
        assertEquals(written.model().features().size(), read.model().features().size());
    }

    /** The same through the stream reader, which takes a zip with a ZIP64 offset in its directory. */
    @Test
    void finderMetadataEntriesAreIgnoredByTheStreamReaderToo() throws IOException {
        byte[] zip = finderZip(ModelIOTest.bytes(new ModelBundle("pos", ModelIOTest.labelModel(), Map.of("notes.txt", "one"))));
        int end = ZipDirectory.endRecord(zip);
        int dir = (zip[end + 16] & 0xff) | (zip[end + 17] & 0xff) << 8 | (zip[end + 18] & 0xff) << 16;
        for (int k = 42; k < 46; k++) {
            zip[dir + k] = (byte) 0xff; // the first entry's local-header offset as ZIP64 writes it
        }
        assertEquals(null, ZipDirectory.of(zip, "m.zip"));
        assertEquals(Map.of("notes.txt", "one"), ModelIO.read(new ByteArrayInputStream(zip), "pos", "m.zip").attachments());
    }

    @Test
    void otherUnlistedEntriesAreStillRefused() throws IOException {
        byte[] zip = finderZip(ModelIOTest.bytes(new ModelBundle("pos", ModelIOTest.labelModel())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(data);
                zout.closeEntry();
            }
            zout.putNextEntry(new ZipEntry("MACOSX/upos.tsv"));
            zout.write(new byte[]{'x'});
            zout.closeEntry();
        }
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelIO.read(new ByteArrayInputStream(out.toByteArray()), "pos", "m.zip"));
        assertEquals("m.zip: corrupt or crafted model file: entry MACOSX/upos.tsv is not listed in its manifest "
                + "(attachments=)", e.getMessage());
    }
}
