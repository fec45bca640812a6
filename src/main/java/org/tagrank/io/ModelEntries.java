package org.tagrank.io;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The named entries of a model file read into memory. Found through the zip's central directory they
 * are inflated on demand, each on whatever thread asks for it ({@link ZipDirectory}); a zip that
 * reader leaves alone is read by {@link ZipInputStream}, all entries at once. Safe to share between
 * threads: nothing changes after construction.
 */
final class ModelEntries {
    private final byte[] zip;
    private final String source;
    private final Map<String, ZipDirectory.Entry> directory;
    private final Map<String, byte[]> streamed;

    private ModelEntries(byte[] zip, String source, Map<String, ZipDirectory.Entry> directory, Map<String, byte[]> streamed) {
        this.zip = zip;
        this.source = source;
        this.directory = directory;
        this.streamed = streamed;
    }

    /**
     * The entries of {@code all}, which starts as a zip does (ModelIO checks): by its central directory, or read
     * entry by entry when that directory is not one {@link ZipDirectory} reads.
     */
    static ModelEntries of(byte[] all, String source) throws IOException {
        java.util.List<ZipDirectory.Entry> entries = ZipDirectory.of(all, source);
        if (entries != null) {
            Map<String, ZipDirectory.Entry> byName = new LinkedHashMap<>();
            for (ZipDirectory.Entry e : entries) {
                if (isFinderMetadata(e.name())) {
                    continue;
                }
                if (byName.put(e.name(), e) != null) {
                    throw repeated(source, e.name());
                }
            }
            return new ModelEntries(all, source, Collections.unmodifiableMap(byName), null);
        }
        Map<String, byte[]> byName = new LinkedHashMap<>();
        String reading = null; // the entry whose data is being read, for the message: the stream's names none
        try {
            ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(all), StandardCharsets.UTF_8);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                reading = e.getName();
                byte[] data = in.readAllBytes();
                if (!isFinderMetadata(reading) && byName.put(reading, data) != null) {
                    throw repeated(source, reading);
                }
                reading = null;
            }
        } catch (ZipException | EOFException e) {
            throw new ModelFormatException(source + ": corrupt or truncated model file ("
                    + (reading != null ? reading + ": " : "") + e.getMessage() + ")", e);
        }
        return new ModelEntries(all, source, null, Collections.unmodifiableMap(byName));
    }

    /**
     * macOS Finder's Compress adds {@code __MACOSX/._NAME} entries (the files' extended attributes, e.g. a download's
     * quarantine mark): no task reads them, and refused as unlisted they made a model zipped again on a Mac "crafted".
     */
    private static boolean isFinderMetadata(String name) {
        return name.startsWith("__MACOSX/");
    }

    /** Which of two entries of one name counts is up to the reader (the last one did, silently): refused instead. */
    private static ModelFormatException repeated(String source, String name) {
        return new ModelFormatException(source + ": corrupt or crafted model file: two entries named " + name);
    }

    Set<String> names() {
        return directory != null ? directory.keySet() : streamed.keySet();
    }

    /** The entry's size in bytes once inflated; the entry must exist. */
    int size(String name) {
        return directory != null ? directory.get(name).size() : streamed.get(name).length;
    }

    /** The entry's bytes (a fresh array when inflated here); the entry must exist. */
    byte[] bytes(String name) throws ModelFormatException {
        return directory != null ? ZipDirectory.bytes(zip, directory.get(name), source) : streamed.get(name);
    }
}
