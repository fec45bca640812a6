package org.tagrank.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The provenance fields every trained model records: data checksums, command, time, Java version. */
public final class Provenances {
    private Provenances() {
    }

    /**
     * Training provenance. Nothing that varies from run to run goes in, so the same data and seed give the same bytes:
     * the creation time only when {@code SOURCE_DATE_EPOCH} gives it (a release build's date, as scripts/train-models
     * sets it), never the clock. The sums are of the bytes the training read ({@link #newSha256()}).
     */
    public static Map<String, String> training(TrainRequest r, String trainSha256, String devSha256) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("train.data", r.data().getFileName().toString());
        m.put("train.data.sha256", trainSha256);
        if (r.dev() != null) {
            m.put("dev.data", r.dev().getFileName().toString());
            m.put("dev.data.sha256", devSha256);
        }
        m.put("train.command", r.commandLine());
        m.putAll(build());
        return m;
    }

    /**
     * What every trained model records of how it was built: the creation date only with {@code SOURCE_DATE_EPOCH}
     * (see {@link #training}), the Java specification version and TagRank's version.
     */
    public static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        if (reproducible()) {
            m.put("created.at", createdAt());
        }
        m.put("java.version", System.getProperty("java.specification.version"));
        m.put("tagrank.version", org.tagrank.io.ModelIO.libraryVersion());
        return m;
    }

    /** Whether {@code SOURCE_DATE_EPOCH} is set (scripts/train-models sets it): the build date to record. */
    public static boolean reproducible() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        return epoch != null && epoch.matches("\\d+");
    }

    public static String createdAt() {
        Instant t = reproducible() ? Instant.ofEpochSecond(Long.parseLong(System.getenv("SOURCE_DATE_EPOCH"))) : Instant.now();
        return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** A fresh SHA-256 digest, to feed with the bytes as they are read ({@link org.tagrank.io.Readers#utf8(Path, MessageDigest)}). */
    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest's sum in lowercase hex, as {@link #sha256(Path)} gives it. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** {@link #sha256(java.util.List)} of one file; null for a pipe. */
    public static String sha256(Path file) throws IOException {
        return sha256(java.util.List.of(file));
    }

    /**
     * SHA-256 over the files' bytes, in order (a training set given as several files); null when one is not a regular
     * file (a pipe, bash's {@code <(cmd)}): opening it again would read nothing or wait for a second writer for ever.
     */
    public static String sha256(java.util.List<Path> files) throws IOException {
        for (Path file : files) {
            if (!Files.isRegularFile(file) || StdinData.is(file)) {
                return null;
            }
        }
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    d.update(buf, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** Puts {@code key = sum} unless the sum is null (data read from a pipe, which is not summed twice). */
    public static void putSum(Map<String, String> m, String key, String sum) {
        if (sum != null) {
            m.put(key, sum);
        }
    }
}
