package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The entries' fixed time was an instant (1980-01-02T00:00Z), which a zip stores as a local date and time: written in
 * New York it was 1980-01-01 19:00, so the same data and seed gave other model bytes on a machine in another time zone.
 */
class ModelBytesTimeZoneTest {
    private static byte[] writtenIn(String zone) throws IOException {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            return ModelIOTest.bytes(new ModelBundle("pos", ModelIOTest.labelModel(), Map.of("notes.txt", "x")));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void theBytesAreTheSameInEveryTimeZone() throws IOException {
        byte[] utc = writtenIn("UTC");
        for (String zone : new String[]{"America/New_York", "Asia/Kolkata", "Pacific/Kiritimati", "Europe/Berlin"}) {
            assertArrayEquals(utc, writtenIn(zone), zone);
        }
        // the time the bundled models (written in UTC) have, so that they stay byte for byte what they are
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(utc))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                assertEquals(LocalDateTime.of(1980, 1, 2, 0, 0), e.getTimeLocal(), e.getName());
            }
        }
    }
}
