package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A manifest saved by an editor that starts UTF-8 with a byte-order mark (Windows Notepad, as CRLF line ends, which
 * are read) was refused as 'manifest.properties line 1 is not key=value', line 1 being the comment it shows.
 */
class ManifestBomTest {
    @Test
    void aManifestStartingWithAByteOrderMarkIsRead() throws IOException {
        ModelBundle b = new ModelBundle("pos", ModelIOTest.labelModel());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ModelIOTest.bytes(b)));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    String text = new String(data, StandardCharsets.UTF_8);
                    data = ("\uFEFF" + text.substring(text.indexOf('\n') + 1)).getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(data);
                zout.closeEntry();
            }
        }
        ModelBundle r = ModelIO.read(new ByteArrayInputStream(out.toByteArray()), "pos", "m.zip");
        assertEquals("", r.model().provenance().get("attachments"), "the first key, without the mark");
        assertEquals("7", r.model().provenance().get("trainer.seed"));
    }
}
