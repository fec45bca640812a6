package org.tagrank.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The entries of a zip held in memory, found through its central directory, so that each entry can be
 * inflated on its own thread into an array of its exact size (a streamed read inflates every entry in
 * turn, into arrays that grow by copying: most of a model's read time). Only what model files use:
 * stored or deflated entries, no ZIP64, no encryption; {@link #of} refuses an encrypted entry or another compression
 * method, naming the entry, and returns null for ZIP64, which the caller leaves to {@link java.util.zip.ZipInputStream}.
 */
final class ZipDirectory {
    private static final int END = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    /** Deflate's most bytes out per byte in (258-byte matches of one to two bits each). */
    private static final long MAX_DEFLATE_RATIO = 1032;

    /** One entry: its name, how it is stored, and where its data starts in the zip. */
    record Entry(String name, int method, long crc, int compressedSize, int size, int dataOffset) {
    }

    private ZipDirectory() {
    }

    /**
     * The entries in directory order, or null when the zip uses something this reader leaves to
     * ZipInputStream (ZIP64, a multi-disk archive).
     *
     * @throws ModelFormatException when the directory points outside the file, or an entry is encrypted or compressed
     *                              with neither deflate nor stored
     */
    static List<Entry> of(byte[] zip, String source) throws ModelFormatException {
        int end = endRecord(zip);
        if (end < 0 || u16(zip, end + 4) != 0 || u16(zip, end + 6) != 0) {
            return null;
        }
        int count = u16(zip, end + 10);
        long dirSize = u32(zip, end + 12);
        long dirOffset = u32(zip, end + 16);
        if (count == 0xffff || dirSize == 0xffffffffL || dirOffset == 0xffffffffL) {
            return null; // ZIP64
        }
        if (dirOffset + dirSize > end) {
            throw corrupt(source, "central directory outside the file");
        }
        List<Entry> entries = new ArrayList<>(count);
        int at = (int) dirOffset;
        for (int i = 0; i < count; i++) {
            if (at + 46 > end || i32(zip, at) != CENTRAL) {
                throw corrupt(source, "bad central directory entry " + i);
            }
            int flags = u16(zip, at + 8);
            int method = u16(zip, at + 10);
            long crc = u32(zip, at + 16);
            long compressed = u32(zip, at + 20);
            long size = u32(zip, at + 24);
            int nameLength = u16(zip, at + 28);
            int extraLength = u16(zip, at + 30);
            int commentLength = u16(zip, at + 32);
            long local = u32(zip, at + 42);
            if (at + 46 + nameLength > end) {
                throw corrupt(source, "bad central directory entry " + i);
            }
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            // no zip reader of the JDK reads these either: 'invalid compression method' named no entry
            if ((flags & 1) != 0) {
                throw new ModelFormatException(source + ": " + name + " is encrypted (a password-protected zip), which "
                        + "TagRank does not read: zip the model's files again without a password");
            }
            if (method != 0 && method != 8) {
                throw new ModelFormatException(source + ": " + name + " is compressed with " + methodName(method)
                        + ", which TagRank does not read: zip the model's files again with deflate (zip's default) or stored");
            }
            if (compressed >= Integer.MAX_VALUE || size >= Integer.MAX_VALUE || local == 0xffffffffL) {
                return null;
            }
            if (local + 30 > zip.length || i32(zip, (int) local) != LOCAL) {
                throw corrupt(source, "no local header for " + name);
            }
            long data = local + 30 + u16(zip, (int) local + 26) + u16(zip, (int) local + 28);
            if (data + compressed > dirOffset) {
                throw corrupt(source, name + " runs past its end");
            }
            if (method == 8 && size > compressed * MAX_DEFLATE_RATIO + MAX_DEFLATE_RATIO) {
                // checked before the size is allocated: a damaged one was 'out of memory' for a file of kilobytes
                throw corrupt(source, name + ": " + size + " bytes are more than its " + compressed
                        + " compressed bytes can hold");
            }
            entries.add(new Entry(name, method, crc, (int) compressed, (int) size, (int) data));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    /** The entry's bytes, inflated and checked against its size and CRC-32. */
    static byte[] bytes(byte[] zip, Entry e, String source) throws ModelFormatException {
        byte[] out;
        if (e.method() == 0) {
            if (e.compressedSize() != e.size()) {
                throw corrupt(source, e.name() + " is stored with two sizes");
            }
            out = java.util.Arrays.copyOfRange(zip, e.dataOffset(), e.dataOffset() + e.size());
        } else {
            out = new byte[e.size()];
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(zip, e.dataOffset(), e.compressedSize());
                int n = 0;
                while (n < out.length) {
                    int k = inflater.inflate(out, n, out.length - n);
                    if (k == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                    n += k;
                }
                if (n != out.length) {
                    throw corrupt(source, e.name() + " inflates to " + n + " bytes, not its " + e.size());
                }
                // the stream must end there too: its last bytes, damaged, were never read
                if (!inflater.finished() && (inflater.inflate(new byte[1]) != 0 || !inflater.finished())) {
                    throw corrupt(source, e.name() + " does not end at its " + e.size() + " bytes");
                }
            } catch (DataFormatException x) {
                throw corrupt(source, e.name() + ": " + x.getMessage());
            } finally {
                inflater.end();
            }
        }
        CRC32 crc = new CRC32();
        crc.update(out);
        if (crc.getValue() != e.crc()) {
            throw corrupt(source, e.name() + " does not match its CRC-32");
        }
        return out;
    }

    /** The offset of the end-of-central-directory record that ends the file exactly, or -1. */
    static int endRecord(byte[] b) {
        int min = Math.max(0, b.length - 22 - 65_535);
        for (int i = b.length - 22; i >= min; i--) {
            if (i32(b, i) == END) {
                return i + 22 + u16(b, i + 20) == b.length ? i : -1;
            }
        }
        return -1;
    }

    private static String methodName(int method) {
        String name = switch (method) {
            case 9 -> "deflate64";
            case 12 -> "bzip2";
            case 14 -> "LZMA";
            case 93 -> "Zstandard";
            case 95 -> "XZ";
            default -> null;
        };
        return name == null ? "zip method " + method : name + " (zip method " + method + ")";
    }

    private static ModelFormatException corrupt(String source, String what) {
        return new ModelFormatException(source + ": corrupt model file (" + what + ")");
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int i) {
        return i32(b, i) & 0xffffffffL;
    }

    private static int i32(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }
}
