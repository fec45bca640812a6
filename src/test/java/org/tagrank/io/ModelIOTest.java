package org.tagrank.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.Provenance;
import org.tagrank.core.SparseVector;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelIOTest {
    @TempDir
    Path dir;

    static LinearModel labelModel() {
        LabelSet labels = LabelSet.of("Health", "Sports", "Science");
        FeatureIndex features = FeatureIndex.of(List.of("contains drug", "contains patients", "odd\nname\\x"));
        float[] w = {2.09f, 2.43f, 1.08f, 1.69f, -0.87f, -1.72f, 0, 0, 0.5f};
        return LinearModel.forLabels(labels, features, LinearModel.Decoding.ARGMAX, w,
                new Provenance(Map.of("trainer.seed", "7", "score.dev_accuracy", "0.9")));
    }

    static byte[] bytes(ModelBundle b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelIO.write(b, out);
        return out.toByteArray();
    }

    @Test
    void aMissingLocationIsSaidPlainly() {
        for (String location : new String[]{null, "", "  "}) {
            ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelIO.read(location, "pos"));
            assertEquals("model location missing (null or blank)", e.getMessage());
            java.io.FileNotFoundException f = assertThrows(java.io.FileNotFoundException.class,
                    () -> ResourceLocator.open(location));
            assertEquals("location missing (null or blank)", f.getMessage(), "not only models are located");
        }
    }

    /** A lone surrogate would be written as '?' (features merging into duplicates): refused, naming the feature. */
    @Test
    void aFeatureOrAttachmentThatIsNotValidUtf16IsRefusedNamingIt() throws IOException {
        LabelSet labels = LabelSet.of("A", "B");
        FeatureIndex features = FeatureIndex.of(List.of("pre1[0]=\uD835", "pre1[0]=\uD83D", "w[0]=\uD835\uDC00"));
        LinearModel m = LinearModel.forLabels(labels, features, LinearModel.Decoding.ARGMAX, new float[6],
                new Provenance(Map.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bytes(new ModelBundle("pos", m, Map.of())));
        assertEquals("cannot write the model: feature 'pre1[0]=\\uD835' is not valid UTF-16 (a lone surrogate)",
                e.getMessage());
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
                () -> bytes(new ModelBundle("classify", labelModel(), Map.of("x.txt", "ok\nbad\uDC00\n"))));
        assertEquals("cannot write the model: attachment x.txt line 2 'bad\\uDC00' is not valid UTF-16 (a lone surrogate)",
                a.getMessage());
        // pairs are text: written and read back as they were
        FeatureIndex paired = FeatureIndex.of(List.of("w[0]=\uD835\uDC00", "w[0]=\uD83D\uDE00"));
        LinearModel p = LinearModel.forLabels(labels, paired, LinearModel.Decoding.ARGMAX, new float[4], new Provenance(Map.of()));
        ModelBundle r = ModelIO.read(new ByteArrayInputStream(bytes(new ModelBundle("pos", p, Map.of()))), "pos", "mem");
        assertEquals(paired.names(), r.model().features().names());
    }

    @Test
    void roundTripKeepsWeightsLabelsFeaturesProvenanceAndAttachments() throws IOException {
        ModelBundle b = new ModelBundle("classify", labelModel(), Map.of("extra.txt", "hello\n"));
        Path p = dir.resolve("m.lin.zip");
        ModelIO.write(b, p);
        ModelBundle r = ModelIO.read(p.toString(), "classify");
        assertArrayEquals(b.model().weights(), r.model().weights());
        assertEquals(b.model().labels(), r.model().labels());
        assertEquals(b.model().features().names(), r.model().features().names());
        assertEquals("7", r.model().provenance().get("trainer.seed"));
        assertEquals("classify", r.model().provenance().get("task"));
        assertEquals("1", r.model().provenance().get("format.version"));
        assertEquals("hello\n", r.attachment("extra.txt"));
        LabelInstance x = new LabelInstance(SparseVector.binary(new int[]{0, 1}), -1);
        assertArrayEquals(b.model().scores(x), r.model().scores(x), 1e-7);
    }

    @Test
    void candidateModelsRoundTrip() throws IOException {
        LinearModel m = LinearModel.forCandidates(FeatureIndex.of(List.of("a", "b")), new float[]{1.5f, -2f},
                Provenance.empty());
        ModelBundle r = ModelIO.read(new ByteArrayInputStream(bytes(new ModelBundle("rank", m))), "rank", "mem");
        CandidateInstance x = new CandidateInstance(List.of(SparseVector.binary(new int[]{0}), SparseVector.binary(new int[]{1})), -1);
        assertEquals(0, r.model().argmax(x));
        assertEquals(LinearModel.Kind.CANDIDATES, r.model().kind());
    }

    @Test
    void aCandidateModelWithARepeatedFeatureIsRefusedAtLoad() throws IOException {
        // the lazy index found it only at the first lookup, as bad data (exit 2) not naming the model
        LinearModel m = LinearModel.forCandidates(FeatureIndex.of(List.of("match", "prior")), new float[]{1.5f, -2f},
                Provenance.empty());
        byte[] dup = rewrite(bytes(new ModelBundle("link", m)), "features.txt", "prior\n", "match\n");
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelIO.read(new ByteArrayInputStream(dup), "link", "m.zip"));
        assertEquals("m.zip: corrupt model file: features.txt: duplicate feature 'match'", e.getMessage());
    }

    @Test
    void aWrongSha256IsFoundByTheFingerprintCheckEvenWithACrc32c() throws IOException {
        byte[] good = bytes(new ModelBundle("pos", labelModel()));
        String manifest = entry(good, "manifest.properties");
        java.util.regex.Matcher sha = java.util.regex.Pattern.compile("weights\\.sha256=([0-9a-f]+)").matcher(manifest);
        assertTrue(sha.find() && manifest.contains("weights.crc32c="), manifest);
        String was = sha.group(1);
        String wrong = was.substring(0, 10) + (was.charAt(10) == '0' ? '1' : '0') + was.substring(11);
        byte[] bad = rewriteManifest(good, "weights.sha256=" + was, "weights.sha256=" + wrong);
        Path file = dir.resolve("m.zip");
        Files.write(file, bad);
        // loading trusts the CRC-32C, which the weights match (the cold-JVM cost of SHA-256 is kept off every load) ...
        assertEquals("pos", ModelIO.read(file.toString(), "pos").task());
        // ... and the fingerprint check (info) finds the manifest's hash wrong
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelIO.readVerifyingFingerprint(file.toString(), "pos"));
        assertEquals("file " + file + ": corrupt model file: weights.bin does not match its checksum (weights.sha256 in the "
                + "manifest is " + wrong + ", weights.bin has " + was + ")", e.getMessage());
        byte[] noCrc = rewriteManifest(bad, "weights.crc32c=", "unused.crc32c=");
        e = assertThrows(ModelFormatException.class, () -> ModelIO.read(new ByteArrayInputStream(noCrc), "pos", "m.zip"));
        assertTrue(e.getMessage().contains("weights.sha256 in the manifest is " + wrong), "without a CRC the load checks it");
        byte[] none = rewriteManifest(good, "weights.sha256=" + was + "\n", "");
        e = assertThrows(ModelFormatException.class, () -> ModelIO.read(new ByteArrayInputStream(none), "pos", "m.zip"));
        assertEquals("m.zip: the manifest lacks 'weights.sha256'", e.getMessage());
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void sameContentSameBytes() throws IOException {
        assertArrayEquals(bytes(new ModelBundle("pos", labelModel())), bytes(new ModelBundle("pos", labelModel())));
    }

    @Test
    void truncatedFileNamesTheProblem() throws IOException {
        byte[] full = bytes(new ModelBundle("pos", labelModel()));
        for (int cut : new int[]{10, full.length / 2, full.length - 30}) {
            ModelFormatException e = assertThrows(ModelFormatException.class,
                    () -> ModelIO.read(new ByteArrayInputStream(Arrays.copyOf(full, cut)), "pos", "m.zip"));
            assertTrue(e.getMessage().startsWith("m.zip: "), e.getMessage());
            assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("corrupt")
                    || e.getMessage().contains("not a TagRank model"), e.getMessage());
        }
    }

    @Test
    void corruptedWeightsFailTheChecksum() throws IOException {
        assertCorruptWeightsNamed(false);
    }

    @Test
    void olderFilesWithOnlyTheSha256AreStillChecked() throws IOException {
        assertCorruptWeightsNamed(true);
    }

    /** Rewrites a model with one weight byte flipped (valid zip CRCs), optionally without the CRC-32C line. */
    private static void assertCorruptWeightsNamed(boolean dropCrc32c) throws IOException {
        byte[] weights = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes(new ModelBundle("pos", labelModel()))));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("weights.bin")) {
                    data[0] ^= 0x55;
                    weights = data;
                }
                if (e.getName().equals("manifest.properties") && dropCrc32c) {
                    String m = new String(data, StandardCharsets.UTF_8);
                    assertTrue(m.contains("weights.crc32c="), m);
                    data = m.replaceAll("weights\\.crc32c=[0-9a-f]+\n", "").getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(data);
                zout.closeEntry();
            }
        }
        assertTrue(weights != null);
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelIO.read(new ByteArrayInputStream(out.toByteArray()), "pos", "m.zip"));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void wrongTaskAndNewerFormatAreNamed() throws IOException {
        byte[] b = bytes(new ModelBundle("pos", labelModel()));
        ModelFormatException wrong = assertThrows(ModelFormatException.class,
                () -> ModelIO.read(new ByteArrayInputStream(b), "classify", "m.zip"));
        assertTrue(wrong.getMessage().contains("'pos' model, not a 'classify' model"), wrong.getMessage());

        byte[] newer = rewriteManifest(b, "format.version=1", "format.version=99");
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelIO.read(new ByteArrayInputStream(newer), "pos", "m.zip"));
        assertTrue(e.getMessage().contains("version 99 is newer"), e.getMessage());
    }

    /** It was 'inconsistent model file: No enum constant org.tagrank.core.LinearModel.Decoding.CRF'. */
    @Test
    void anUnknownDecodingIsNamedAsTheKindIs() throws IOException {
        byte[] crf = rewriteManifest(bytes(new ModelBundle("pos", labelModel())), "model.decoding=argmax", "model.decoding=crf");
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelIO.read(new ByteArrayInputStream(crf), "pos", "m.zip"));
        assertEquals("m.zip: unknown model decoding 'crf'", e.getMessage());
    }

    @Test
    void notAZipAndMissingFiles() {
        assertTrue(assertThrows(ModelFormatException.class, () -> ModelIO.read(
                new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)), "pos", "x")).getMessage()
                .contains("not a TagRank model"));
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelIO.read(dir.resolve("nope.zip").toString(), "pos"));
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void loadsFromClasspathAndUrl() throws IOException {
        Path p = dir.resolve("m.lin.zip");
        ModelIO.write(new ModelBundle("pos", labelModel()), p);
        assertEquals("pos", ModelIO.read(p.toUri().toURL().toString(), "pos").task());
        assertEquals("pos", ModelIO.read("org/tagrank/io/tiny-model.lin.zip", null).task(), "classpath fixture");
        // what the CLI's "model: ..." line says, in the order open() tries
        assertEquals("URL " + p.toUri().toURL(), ResourceLocator.describe(p.toUri().toURL().toString()));
        assertEquals("file " + p, ResourceLocator.describe(p.toString()));
        assertEquals("classpath org/tagrank/io/tiny-model.lin.zip", ResourceLocator.describe("/org/tagrank/io/tiny-model.lin.zip"));
        assertEquals(null, ResourceLocator.describe(dir.resolve("nope.zip").toString()));
        // a file whose name looks like a URL scheme is the file (it was "not a valid URL"); a raw space in a file: URL
        // (relative, in the working directory, so that the name starts with "scheme:")
        String rel = "tagrank-test-" + ProcessHandle.current().pid() + ":v2.zip";
        Path colon = Files.copy(p, Path.of(rel));
        try {
            assertEquals("file " + rel, ResourceLocator.describe(rel));
            try (InputStream in = ResourceLocator.open(rel).stream()) {
                assertArrayEquals(Files.readAllBytes(p), in.readAllBytes());
            }
        } finally {
            Files.delete(colon);
        }
        Path spaced = Files.copy(p, dir.resolve("my model.zip"));
        try (InputStream in = ResourceLocator.open("file:" + spaced).stream()) {
            assertArrayEquals(Files.readAllBytes(p), in.readAllBytes());
        }
    }

    @Test
    void anUnreadableUrlIsNamed() {
        // port 9 (discard) on the loopback: refused at once, no network needed
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelIO.read("http://127.0.0.1:9/m.zip", "pos"));
        assertTrue(e.getMessage().startsWith("model cannot be read from http://127.0.0.1:9/m.zip: "), e.getMessage());
        com.sun.net.httpserver.HttpServer server;
        try {
            server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException io) {
            throw new java.io.UncheckedIOException(io);
        }
        server.start(); // no handlers: every path is a 404
        try {
            String missing = "http://127.0.0.1:" + server.getAddress().getPort() + "/missing.lin.zip";
            e = assertThrows(ModelFormatException.class, () -> ModelIO.read(missing, "pos"));
            assertEquals("model cannot be read from " + missing + ": not found there", e.getMessage());
        } finally {
            server.stop(0);
        }
        e = assertThrows(ModelFormatException.class, () -> ModelIO.read("http://bad url/m.zip", "pos"));
        assertEquals("model location is not a valid URL: http://bad url/m.zip", e.getMessage());
    }

    @Test
    void goldenVersion1ModelStillLoadsAndPredicts() throws IOException {
        ModelBundle b = ModelIO.read("org/tagrank/io/tiny-model.lin.zip", "pos");
        LabelInstance x = new LabelInstance(SparseVector.binary(new int[]{0, 1, 2}), -1);
        assertArrayEquals(new double[]{2.09 + 1.69 + 0.3, 2.43 - 0.87 + 1.9, 1.08 - 1.72 - 0.4}, b.model().scores(x), 1e-6);
        assertEquals("2026-11-26T00:00:00Z", b.model().provenance().get("created.at"));
    }

    @Test
    void writeIsAtomic() throws IOException {
        Path p = dir.resolve("m.lin.zip");
        ModelIO.write(new ModelBundle("pos", labelModel()), p);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(p), files.toList(), "no temporary files left");
        }
    }

    private static byte[] rewriteManifest(byte[] zip, String from, String to) throws IOException {
        return rewrite(zip, "manifest.properties", from, to);
    }

    private static byte[] rewrite(byte[] zip, String entry, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream zout = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    data = new String(data, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(data);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A provenance key starting with '#' was written as is and read back as a manifest comment: lost. */
    @Test
    void aProvenanceKeyStartingWithHashSurvivesTheManifest() throws IOException {
        LinearModel m = LinearModel.forLabels(LabelSet.of("A", "B"), FeatureIndex.of(List.of("f")),
                LinearModel.Decoding.ARGMAX, new float[] {1, 2}, new Provenance(Map.of("#note", "kept", "owner", "me")));
        ModelBundle back = ModelIO.read(new ByteArrayInputStream(bytes(new ModelBundle("demo", m))), null, "mem");
        assertEquals("kept", back.model().provenance().get("#note"));
        assertEquals("me", back.model().provenance().get("owner"));
    }

    /** A weight that is not finite, in a file whose checksums agree with it, is named where it is decoded. */
    @Test
    void aWeightThatIsNotFiniteIsACorruptWeightsFile() throws IOException {
        byte[] zip = bytes(new ModelBundle("pos", labelModel()));
        float[] w = labelModel().weights();
        w[4] = Float.NaN;
        byte[] bad = WeightCodec.encode(w);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream zout = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("weights.bin")) {
                    data = bad;
                } else if (e.getName().equals("manifest.properties")) {
                    String m = new String(data, StandardCharsets.UTF_8);
                    m = m.replaceAll("weights.crc32c=\\w+", "weights.crc32c=" + ModelIO.crc32c(bad))
                            .replaceAll("weights.sha256=\\w+", "weights.sha256=" + ModelIO.sha256(bad));
                    data = m.getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(data);
                zout.closeEntry();
            }
        }
        ModelFormatException ex = assertThrows(ModelFormatException.class,
                () -> ModelIO.read(new ByteArrayInputStream(out.toByteArray()), "pos", "nan.lin.zip"));
        assertEquals("nan.lin.zip: corrupt weights.bin (weight 4 is not finite: NaN)", ex.getMessage());
    }
}
