package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a model file says it is, told before what it lacks: a newer format, or no TagRank model at all. */
class ModelHeaderTest {
    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String readError(byte[] zip) {
        return assertThrows(ModelFormatException.class,
                () -> ModelIO.read(new ByteArrayInputStream(zip), "pos", "m.zip")).getMessage();
    }

    /**
     * A newer format may rename entries or write manifest lines this version cannot parse: its version is the
     * news, where 'corrupt or truncated model file: no weights.bin' sent the user to download it again.
     */
    @Test
    void aNewerFormatIsNamedBeforeTheEntriesItLacks() throws IOException {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("manifest.properties", "# TagRank model manifest\nformat.version=2\n[weights]\ntask=pos\n");
        e.put("weights.v2", "x");
        String msg = readError(zip(e));
        assertEquals("m.zip: model format version 2 is newer than this TagRank (" + ModelIO.libraryVersion()
                + ") reads (1); upgrade TagRank", msg);
    }
}
