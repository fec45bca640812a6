package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The central-directory reader behind {@link ModelIO#read}: entries inflated one by one, checked, and its fallbacks. */
class ZipDirectoryTest {
    private static final String NOTES = "notes.txt";

    private static byte[] model() throws IOException {
        String big = "word\t1\n".repeat(50_000); // large enough to be inflated on its own thread
        return ModelIOTest.bytes(new ModelBundle("pos", ModelIOTest.labelModel(), Map.of(NOTES, big, "small.txt", "x")));
    }

    /** The model's entries re-zipped: stored (as {@code zip -0} would) or deflated, each through {@code change}. */
    private static byte[] rezip(byte[] zip, boolean stored, java.util.function.BiFunction<String, byte[], byte[]> change)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = change.apply(e.getName(), in.readAllBytes());
                ZipEntry copy = new ZipEntry(e.getName());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    copy.setCrc(crc.getValue());
                }
                zout.putNextEntry(copy);
                zout.write(data);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void findsEveryEntryWithItsExactSize() throws IOException {
        byte[] zip = model();
        List<ZipDirectory.Entry> entries = ZipDirectory.of(zip, "m.zip");
        assertNotNull(entries);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            int i = 0;
            while ((e = in.getNextEntry()) != null) {
                byte[] expected = in.readAllBytes();
                ZipDirectory.Entry d = entries.get(i++);
                assertEquals(e.getName(), d.name());
                assertEquals(expected.length, d.size());
                assertArrayEquals(expected, ZipDirectory.bytes(zip, d, "m.zip"));
            }
            assertEquals(entries.size(), i);
        }
    }

    @Test
    void storedEntriesReadTheSameAsDeflatedOnes() throws IOException {
        byte[] zip = model();
        ModelBundle a = ModelIO.read(new ByteArrayInputStream(zip), "pos", "a.zip");
        ModelBundle b = ModelIO.read(new ByteArrayInputStream(rezip(zip, true, (n, d) -> d)), "pos", "b.zip");
        assertEquals(a.attachments(), b.attachments());
        assertArrayEquals(a.model().weights(), b.model().weights());
        assertEquals(a.model().features().names(), b.model().features().names());
    }

    @Test
    void aDamagedEntryIsNamed() throws IOException {
        byte[] zip = model();
        // flip one byte in the middle of the large attachment's compressed data
        ZipDirectory.Entry notes = ZipDirectory.of(zip, "m.zip").stream().filter(e -> e.name().equals(NOTES)).findFirst().orElseThrow();
        zip[notes.dataOffset() + notes.compressedSize() / 2] ^= 0x10;
        byte[] damaged = zip;
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelIO.read(new ByteArrayInputStream(damaged), "pos", "m.zip"));
        assertTrue(e.getMessage().startsWith("m.zip: corrupt model file (" + NOTES), e.getMessage());
    }

    /**
     * The last byte of an entry's deflate data ends its stream: damaged there, the entry still gave all its bytes and
     * its CRC-32 matched (inflating stopped at the size the directory gives), and the damaged file loaded.
     */
    @Test
    void damageAtTheEndOfAnEntryIsNamed() throws IOException {
        byte[] zip = model();
        for (ZipDirectory.Entry entry : ZipDirectory.of(zip, "m.zip")) {
            byte[] damaged = zip.clone();
            damaged[entry.dataOffset() + entry.compressedSize() - 1] ^= 0x01;
            ModelFormatException e = assertThrows(ModelFormatException.class,
                    () -> ModelIO.read(new ByteArrayInputStream(damaged), "pos", "m.zip"), entry.name());
            assertTrue(e.getMessage().startsWith("m.zip: corrupt model file (" + entry.name()), e.getMessage());
        }
    }

    /** The stream reader's messages ('invalid entry CRC (expected 0x… but got 0x…)') named no entry. */
    @Test
    void aDamagedEntryIsNamedByTheStreamReaderToo() throws IOException {
        byte[] zip = model();
        List<ZipDirectory.Entry> entries = ZipDirectory.of(zip, "m.zip");
        int end = ZipDirectory.endRecord(zip);
        int dir = (zip[end + 16] & 0xff) | (zip[end + 17] & 0xff) << 8 | (zip[end + 18] & 0xff) << 16;
        for (int k = 42; k < 46; k++) {
            zip[dir + k] = (byte) 0xff; // the first entry's local-header offset as ZIP64 writes it: read as a stream
        }
        for (ZipDirectory.Entry entry : entries) {
            byte[] damaged = zip.clone();
            damaged[entry.dataOffset() + entry.compressedSize() / 2] ^= 0x01;
            ModelFormatException e = assertThrows(ModelFormatException.class,
                    () -> ModelIO.read(new ByteArrayInputStream(damaged), "pos", "m.zip"), entry.name());
            assertTrue(e.getMessage().startsWith("m.zip: corrupt or truncated model file (" + entry.name() + ": "),
                    e.getMessage());
        }
    }

    /**
     * An entry's size in the directory was allocated before inflating: a damaged or crafted one (up to 2 GB from a few
     * compressed bytes) ended in 'out of memory: give Java more heap' for a file of kilobytes.
     */
    @Test
    void aSizeTheCompressedDataCannotHoldIsCorrupt() throws IOException {
        byte[] zip = model();
        int end = ZipDirectory.endRecord(zip);
        int at = (zip[end + 16] & 0xff) | (zip[end + 17] & 0xff) << 8 | (zip[end + 18] & 0xff) << 16;
        int compressed = 0;
        for (ZipDirectory.Entry entry : ZipDirectory.of(zip, "m.zip")) {
            if (entry.name().equals("labels.txt")) {
                compressed = entry.compressedSize();
                int size = 100_000_000;
                for (int k = 0; k < 4; k++) {
                    zip[at + 24 + k] = (byte) (size >>> 8 * k);
                }
            }
            at += 46 + ((zip[at + 28] & 0xff) | (zip[at + 29] & 0xff) << 8) + ((zip[at + 30] & 0xff) | (zip[at + 31] & 0xff) << 8)
                    + ((zip[at + 32] & 0xff) | (zip[at + 33] & 0xff) << 8);
        }
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelIO.read(new ByteArrayInputStream(zip), "pos", "m.zip"));
        assertEquals("m.zip: corrupt model file (labels.txt: 100000000 bytes are more than its " + compressed
                + " compressed bytes can hold)", e.getMessage());

        String runs = "a".repeat(20_000_000); // deflate's best ratio, near 1032:1, is still read
        byte[] best = ModelIOTest.bytes(new ModelBundle("pos", ModelIOTest.labelModel(), Map.of(NOTES, runs)));
        assertEquals(runs, ModelIO.read(new ByteArrayInputStream(best), "pos", "m.zip").attachment(NOTES));
    }

    @Test
    void aDirectoryPointingOutsideTheFileIsCorrupt() throws IOException {
        byte[] zip = model();
        int end = ZipDirectory.endRecord(zip);
        zip[end + 16] = (byte) 0xf0; // directory offset far beyond the file
        zip[end + 17] = (byte) 0xff;
        zip[end + 18] = (byte) 0x7f;
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ZipDirectory.of(zip, "m.zip"));
        assertTrue(e.getMessage().contains("central directory outside the file"), e.getMessage());
    }

    @Test
    void whatTheDirectoryReaderLeavesAloneIsReadAsAStream() throws IOException {
        byte[] zip = model();
        int end = ZipDirectory.endRecord(zip);
        int dir = (zip[end + 16] & 0xff) | (zip[end + 17] & 0xff) << 8 | (zip[end + 18] & 0xff) << 16;
        for (int k = 42; k < 46; k++) {
            zip[dir + k] = (byte) 0xff; // the first entry's local-header offset as ZIP64 writes it
        }
        assertNull(ZipDirectory.of(zip, "m.zip"));
        ModelBundle read = ModelIO.read(new ByteArrayInputStream(zip), "pos", "m.zip");
        assertEquals("word\t1\n".repeat(50_000), read.attachment(NOTES));
        assertEquals("x", read.attachment("small.txt"));
    }

    /**
     * A model zipped again by a tool set to bzip2 or LZMA (7-Zip, Python's zipfile) was 'corrupt or truncated model
     * file (invalid compression method)': neither the entry nor what to do was said.
     */
    @Test
    void anEntryCompressedWithAnotherMethodIsNamedWithItsMethod() throws IOException {
        byte[] zip = model();
        int end = ZipDirectory.endRecord(zip);
        int dir = (zip[end + 16] & 0xff) | (zip[end + 17] & 0xff) << 8 | (zip[end + 18] & 0xff) << 16;
        zip[8] = 12; // bzip2, in the first entry's local header and its directory entry
        zip[dir + 10] = 12;
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelIO.read(new ByteArrayInputStream(zip), "pos", "m.zip"));
        assertEquals("m.zip: manifest.properties is compressed with bzip2 (zip method 12), which TagRank does not "
                + "read: zip the model's files again with deflate (zip's default) or stored", e.getMessage());
        zip[8] = 99;
        zip[dir + 10] = 99;
        e = assertThrows(ModelFormatException.class, () -> ModelIO.read(new ByteArrayInputStream(zip), "pos", "m.zip"));
        assertEquals("m.zip: manifest.properties is compressed with zip method 99, which TagRank does not "
                + "read: zip the model's files again with deflate (zip's default) or stored", e.getMessage());
    }

    /** A password-protected zip ('zip -e') was 'corrupt or truncated model file (encrypted ZIP entry not supported)'. */
    @Test
    void anEncryptedEntryIsNamed() throws IOException {
        byte[] zip = model();
        int end = ZipDirectory.endRecord(zip);
        int dir = (zip[end + 16] & 0xff) | (zip[end + 17] & 0xff) << 8 | (zip[end + 18] & 0xff) << 16;
        zip[6] |= 1; // the first entry's encryption flag, in its local header and its directory entry
        zip[dir + 8] |= 1;
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelIO.read(new ByteArrayInputStream(zip), "pos", "m.zip"));
        assertEquals("m.zip: manifest.properties is encrypted (a password-protected zip), which TagRank does not "
                + "read: zip the model's files again without a password", e.getMessage());
    }

    @Test
    void anAttachmentChangedWithAValidZipIsReadAsWritten() throws IOException {
        // not damage but an edit (e.g. a user's re-zipped file): the CRC is right, so the text is taken as it is
        byte[] zip = rezip(model(), false, (n, d) -> n.equals("small.txt") ? "y".getBytes(StandardCharsets.UTF_8) : d);
        assertEquals("y", ModelIO.read(new ByteArrayInputStream(zip), "pos", "m.zip").attachment("small.txt"));
    }
}
