package org.tagrank.io;

import org.tagrank.core.FeatureIndex;
import org.tagrank.core.LabelSet;
import org.tagrank.core.FiniteWeights;
import org.tagrank.core.LinearModel;
import org.tagrank.core.Provenance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes model files: one zip holding {@code manifest.properties} (format version,
 * TagRank version, task, sizes, checksum and the model's provenance), {@code labels.txt},
 * {@code features.txt}, {@code weights.bin} (see {@link WeightCodec}) and the task's attachments.
 * The bytes depend only on the content (fixed entry times and order), never on the clock.
 * No Java serialization.
 */
public final class ModelIO {
    /** The format this code writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;
    static final Set<String> RESERVED = Set.of("manifest.properties", "labels.txt", "features.txt", "weights.bin");
    /**
     * 1980-01-02 00:00, a valid DOS time, set as the local date and time a zip stores: an instant (setTime) was stored
     * converted to the machine's time zone, other bytes in New York than in UTC.
     */
    private static final java.time.LocalDateTime ENTRY_TIME = java.time.LocalDateTime.of(1980, 1, 2, 0, 0);
    /** Attachments this large are inflated and decoded on their own thread at load. */
    private static final int ASYNC_TEXT_BYTES = 1 << 18;

    private ModelIO() {
    }

    /** The TagRank version from the jar manifest, or "dev" when run from classes. */
    public static String libraryVersion() {
        String v = ModelIO.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Writes atomically: to a temporary file beside {@code path}, then renamed. */
    public static void write(ModelBundle bundle, Path path) throws IOException {
        java.util.Objects.requireNonNull(bundle, "bundle"); // before the temporary file and missing parents are made
        java.util.Objects.requireNonNull(path, "path");
        if (Files.isDirectory(path)) {
            throw new java.nio.file.FileSystemException(path.toString(), null, "is a directory, not a model file to write");
        }
        AtomicOutput.write(path, out -> write(bundle, out));
    }

    public static void write(ModelBundle bundle, OutputStream out) throws IOException {
        java.util.Objects.requireNonNull(bundle, "bundle");
        java.util.Objects.requireNonNull(out, "out"); // the zip stream's own check came after the weights were encoded
        LinearModel model = bundle.model();
        byte[] weights = weightBytes(model);
        Map<String, String> manifest = new TreeMap<>();
        for (Map.Entry<String, String> e : model.provenance().entries().entrySet()) {
            manifest.put(e.getKey(), e.getValue());
        }
        manifest.put("format.version", Integer.toString(FORMAT_VERSION));
        manifest.putIfAbsent("tagrank.version", libraryVersion());
        manifest.put("task", bundle.task());
        manifest.put("model.kind", model.kind().name().toLowerCase(java.util.Locale.ROOT));
        manifest.put("model.decoding", model.decoding().name().toLowerCase(java.util.Locale.ROOT));
        manifest.put("model.labels", Integer.toString(model.labels().size()));
        manifest.put("model.features", Integer.toString(model.features().size()));
        manifest.put("model.columns", Integer.toString(model.columns()));
        manifest.put("weights.sha256", sha256(weights));
        manifest.put("weights.crc32c", crc32c(weights));
        manifest.put("attachments", String.join(",", bundle.attachments().keySet()));
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // level 6, not 9: on an 80 MB weights.bin (1M features x 20 labels) level 9 takes 15 s
        // against 1.4 s, for files only 2% smaller
        zip.setLevel(6);
        put(zip, "manifest.properties", Manifest.format(manifest).getBytes(StandardCharsets.UTF_8));
        put(zip, "labels.txt", lines(model.labels().labels(), "label"));
        put(zip, "features.txt", lines(model.features().names(), "feature"));
        put(zip, "weights.bin", weights);
        for (Map.Entry<String, String> e : bundle.attachments().entrySet()) {
            checkUtf16(e.getValue(), "attachment " + e.getKey());
            put(zip, e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        zip.finish();
        zip.flush();
    }

    /** Reads a model from a file path, classpath resource or URL and checks it is for {@code task} (null: any). */
    public static ModelBundle read(String location, String task) throws IOException {
        return read(location, task, false);
    }

    /**
     * As {@link #read(String, String)}, also checking the manifest's {@code weights.sha256} against the weights when
     * a CRC-32C is there to check them at load: the fingerprint that names the model, for {@code info}. (Loading
     * checks only the CRC-32C, intrinsic and ~20x faster than SHA-256 in a cold JVM, where the hash cost tens of ms.)
     */
    public static ModelBundle readVerifyingFingerprint(String location, String task) throws IOException {
        return read(location, task, true);
    }

    private static ModelBundle read(String location, String task, boolean fingerprint) throws IOException {
        ResourceLocator.Located located;
        try {
            located = ResourceLocator.open(location);
        } catch (java.io.FileNotFoundException e) {
            throw new ModelFormatException("model " + e.getMessage(), e);
        }
        try (InputStream in = located.stream()) {
            return read(in, task, located.description(), fingerprint);
        }
    }

    public static ModelBundle read(InputStream in, String expectedTask, String source) throws IOException {
        java.util.Objects.requireNonNull(in, "in");
        java.util.Objects.requireNonNull(source, "source"); // what every error about the model starts with
        return read(in, expectedTask, source, false);
    }

    private static ModelBundle read(InputStream in, String expectedTask, String source, boolean fingerprint)
            throws IOException {
        // the first bytes tell a file that is no zip (a corpus given as the model), which is then not read whole:
        // one larger than the heap said "out of memory", not "not a TagRank model"
        byte[] head = in.readNBytes(256);
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new ModelFormatException(source + ": not a TagRank model" + ModelHeader.notAZip(head));
        }
        byte[] all = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in).readAllBytes();
        if (ZipDirectory.endRecord(all) < 0) {
            // entries can be read one by one without the directory at the end, so check it explicitly
            throw new ModelFormatException(source + ": corrupt or truncated model file (no zip end record)");
        }
        ModelEntries entries = ModelEntries.of(all, source);
        if (entries.names().isEmpty()) {
            throw new ModelFormatException(source + ": not a TagRank model" + ModelHeader.notAZip(all));
        }
        Map<String, String> manifest = ModelHeader.read(entries, source); // the format version first
        String task = required(manifest, "task", source);
        if (expectedTask != null && !expectedTask.equals(task)) {
            throw new ModelFormatException(source + ": this is a '" + task + "' model, not a '" + expectedTask + "' model");
        }
        // the SHA-256 is the weights' fingerprint, written into every model; the CRC-32C (newer files) guards the
        // weights at load instead, ~20x faster, and the hash is checked too when there is none or when asked
        String sha = required(manifest, "weights.sha256", source);
        String crc = manifest.get("weights.crc32c");
        long expected = (long) intValue(manifest, "model.features", source) * intValue(manifest, "model.columns", source);
        // the weights are inflated, checked and decoded, and the large attachments inflated and decoded, on
        // other threads while the feature names are read here: together they are most of a model's load time
        CompletableFuture<byte[]> inflated = async(() -> entries.bytes("weights.bin"));
        CompletableFuture<FiniteWeights> decoded = inflated.thenApply(weightBytes -> unchecked(() -> {
            if (crc != null) {
                checkSum("weights.crc32c", crc, crc32c(weightBytes), source);
            }
            return WeightCodec.decode(weightBytes, expected, source);
        }));
        // on its own thread beside the decoding: a few ms on the link model's 0.4 MB, ~25 ms on classify's 17 MB
        CompletableFuture<Void> hashed = crc != null && !fingerprint ? CompletableFuture.completedFuture(null)
                : inflated.thenAcceptAsync(weightBytes -> unchecked(() -> {
                    checkSum("weights.sha256", sha, sha256(weightBytes), source);
                    return null;
                }));
        Map<String, CompletableFuture<String>> texts = new TreeMap<>();
        for (String name : entries.names()) {
            if (!RESERVED.contains(name)) {
                texts.put(name, entries.size(name) < ASYNC_TEXT_BYTES
                        ? CompletableFuture.completedFuture(new String(entries.bytes(name), StandardCharsets.UTF_8))
                        : async(() -> new String(entries.bytes(name), StandardCharsets.UTF_8)));
            }
        }
        List<String> labels = textLines(entries.bytes("labels.txt"));
        List<String> features = textLines(entries.bytes("features.txt"));
        join(hashed); // first: a checksum mismatch explains a failure to decode
        FiniteWeights weights = join(decoded);
        checkCount(manifest, "model.labels", labels.size(), source);
        checkCount(manifest, "model.features", features.size(), source);
        Map<String, String> provenance = new TreeMap<>(manifest);
        Map<String, String> attachments = new TreeMap<>();
        for (Map.Entry<String, CompletableFuture<String>> e : texts.entrySet()) {
            attachments.put(e.getKey(), join(e.getValue()));
        }
        try {
            String kind = required(manifest, "model.kind", source);
            LinearModel model;
            FeatureIndex index;
            if (kind.equals("candidates")) {
                // candidate models look their features up by name at first use, so their index is built now,
                // where a repeated name is a bad model, not a failure in the middle of reading data (~10 ms
                // for the link model's 80k names); label models keep the lazy index (POS reads by id)
                index = eagerIndex(features, source);
                model = LinearModel.forCandidates(index, weights, new Provenance(provenance));
            } else if (kind.equals("labels")) {
                index = FeatureIndex.lazy(features);
                LinearModel.Decoding decoding = decoding(required(manifest, "model.decoding", source), source);
                model = LinearModel.forLabelsTakingWeights(LabelSet.of(labels), index, decoding, weights,
                        new Provenance(provenance));
            } else {
                throw new ModelFormatException(source + ": unknown model kind '" + kind + "'");
            }
            return new ModelBundle(task, model, attachments);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(source + ": inconsistent model file: " + e.getMessage(), e);
        }
    }

    /** As the kind is told: valueOf's 'No enum constant org.tagrank.core...' names a class, not the entry. */
    private static LinearModel.Decoding decoding(String name, String source) throws ModelFormatException {
        for (LinearModel.Decoding d : LinearModel.Decoding.values()) {
            if (d.name().equalsIgnoreCase(name)) {
                return d;
            }
        }
        throw new ModelFormatException(source + ": unknown model decoding '" + name + "'");
    }

    private static FeatureIndex eagerIndex(List<String> features, String source) throws ModelFormatException {
        try {
            return FeatureIndex.of(features);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ModelFormatException(source + ": corrupt model file: features.txt: " + e.getMessage(), e);
        }
    }

    private static void checkSum(String key, String expected, String actual, String source) throws ModelFormatException {
        if (!actual.equals(expected)) {
            throw new ModelFormatException(source + ": corrupt model file: weights.bin does not match its checksum ("
                    + key + " in the manifest is " + expected + ", weights.bin has " + actual + ")");
        }
    }

    private static void checkCount(Map<String, String> manifest, String key, int actual, String source)
            throws ModelFormatException {
        int expected = intValue(manifest, key, source);
        if (expected != actual) {
            throw new ModelFormatException(source + ": corrupt model file: manifest says " + key + "=" + expected
                    + " but the file has " + actual);
        }
    }

    private static String required(Map<String, String> m, String key, String source) throws ModelFormatException {
        String v = m.get(key);
        if (v == null) {
            throw new ModelFormatException(source + ": the manifest lacks '" + key + "'");
        }
        return v;
    }

    private static int intValue(Map<String, String> m, String key, String source) throws ModelFormatException {
        String v = required(m, key, source);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ModelFormatException(source + ": manifest '" + key + "' is not a number: " + v);
        }
    }

    private static byte[] weightBytes(LinearModel model) {
        return WeightCodec.encode(model.weights()); // a copy: the model's own array never leaves it
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    /** One line per item, with backslash escapes for \\, \n, \r so any string survives. */
    private static byte[] lines(List<String> items, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(items.size() * 12);
        StringBuilder sb = new StringBuilder();
        for (String s : items) {
            checkUtf16(s, what);
            sb.setLength(0);
            Manifest.escape(s, sb);
            sb.append('\n');
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }

    /**
     * Refuses a string with a lone surrogate: getBytes(UTF_8) would write it as '?' and two distinct feature names
     * could come back as one (a model that no longer loads).
     */
    static void checkUtf16(String s, String what) {
        for (int i = 0; i < s.length(); i++) {
            if (loneSurrogate(s, i)) { // an attachment is many lines: name the line
                int from = s.lastIndexOf('\n', i) + 1;
                int to = s.indexOf('\n', i);
                String where = from == 0 && to < 0 ? ""
                        : " line " + (s.substring(0, from).chars().filter(ch -> ch == '\n').count() + 1);
                throw new IllegalArgumentException("cannot write the model: " + what + where + " '"
                        + visible(s.substring(from, to < 0 ? s.length() : to)) + "' is not valid UTF-16 (a lone surrogate)");
            }
        }
    }

    /** Whether {@code s[i]} is half of no surrogate pair ({@link UnicodeWords#codePointAround}). */
    private static boolean loneSurrogate(String s, int i) {
        return Character.isSurrogate(s.charAt(i)) && UnicodeWords.codePointAround(s, i, 0, s.length()) < 0;
    }

    /** The string with lone surrogates as \\uXXXX, so the message shows them (UTF-8 output would print '?'). */
    private static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (loneSurrogate(s, i)) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.length() > 200 ? sb.substring(0, 200) + "..." : sb.toString();
    }

    /** Work that may fail with a {@link ModelFormatException}, for {@link #async}. */
    private interface Reading<T> {
        T get() throws ModelFormatException;
    }

    private static <T> CompletableFuture<T> async(Reading<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.get();
            } catch (ModelFormatException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Runs work inside a future's stage, its ModelFormatException carried out as the cause. */
    private static <T> T unchecked(Reading<T> work) {
        try {
            return work.get();
        } catch (ModelFormatException e) {
            throw new CompletionException(e);
        }
    }

    private static <T> T join(CompletableFuture<T> f) throws ModelFormatException {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ModelFormatException m) {
                throw m;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * The lines of a UTF-8 text ('\n' or "\r\n" endings), unescaped; one pass, no reader (load time). Each
     * line is decoded on its own: a few non-Latin-1 characters would make one whole-text String two bytes per
     * character, decoded on the slow path, and every line cut from it would be compressed again.
     */
    private static List<String> textLines(byte[] data) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at < data.length) {
            int end = at;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            int stop = end > at && data[end - 1] == '\r' ? end - 1 : end;
            out.add(Manifest.unescape(new String(data, at, stop - at, StandardCharsets.UTF_8)));
            at = end + 1;
        }
        return out;
    }

    static String crc32c(byte[] data) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(data);
        String hex = Long.toHexString(c.getValue()); // as "%08x", without a Formatter on the load path
        return "0".repeat(8 - hex.length()) + hex;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
