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
 * A zip may hold two entries of one name (ZipOutputStream refuses to write them, other tools do not): which one a
 * reader takes is up to the reader, so a model with two is refused, naming the entry, rather than the last one read.
 */
class ModelDuplicateEntryTest {
    private static final String NOTES = "notes.txt";

    /**
     * The model's entries, then {@code name} again with other bytes: written as a placeholder of the same length, then
     * renamed in the local header and the central directory, so that every offset stays valid.
     */
    static byte[] withSecond(String name, boolean directoryReadable) throws IOException {
        byte[] model = ModelIOTest.bytes(new ModelBundle("pos", ModelIOTest.labelModel(), Map.of(NOTES, "one")));
        String placeholder = name.substring(0, name.length() - 1) + "#";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(model));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            ZipEntry e;
            byte[] again = null;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(name)) {
                    again = name.equals("weights.bin") ? data.clone() : (new String(data, StandardCharsets.UTF_8)
                            .replace("task=pos", "task=pos\ncrafted=yes")
                            + (name.equals("manifest.properties") ? "" : "x\n")).getBytes(StandardCharsets.UTF_8);
                    if (name.equals("weights.bin")) {
                        again[again.length - 1] ^= 0x01; // one weight's last byte
                    }
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(data);
                zout.closeEntry();
            }
            zout.putNextEntry(new ZipEntry(placeholder));
            zout.write(again);
            zout.closeEntry();
        }
        byte[] zip = out.toByteArray();
        byte[] from = placeholder.getBytes(StandardCharsets.UTF_8);
        byte[] to = name.getBytes(StandardCharsets.UTF_8);
        int renamed = 0;
        for (int i = 0; i + from.length <= zip.length; i++) {
            if (java.util.Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, zip, i, to.length);
                renamed++;
            }
        }
        assertEquals(2, renamed, "the placeholder in the local header and in the directory");
        if (!directoryReadable) {
            // the first entry's local-header offset as ZIP64 writes it: the directory reader leaves the zip to the stream reader
            int end = ZipDirectory.endRecord(zip);
            int dir = (zip[end + 16] & 0xff) | (zip[end + 17] & 0xff) << 8 | (zip[end + 18] & 0xff) << 16;
            for (int k = 42; k < 46; k++) {
                zip[dir + k] = (byte) 0xff;
            }
        }
        return zip;
    }

    @Test
    void aRepeatedEntryIsRefusedNamingIt() throws IOException {
        for (boolean directoryReadable : new boolean[]{true, false}) {
            for (String name : new String[]{"manifest.properties", "labels.txt", "features.txt", "weights.bin", NOTES}) {
                byte[] zip = withSecond(name, directoryReadable);
                ModelFormatException e = assertThrows(ModelFormatException.class,
                        () -> ModelIO.read(new ByteArrayInputStream(zip), "pos", "m.zip"), name);
                assertEquals("m.zip: corrupt or crafted model file: two entries named " + name, e.getMessage());
            }
        }
    }
}
