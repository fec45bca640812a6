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

    /**
     * An OpenNLP model is a zip with a manifest.properties too (README maps OpenNLP's commands to TagRank's), and
     * a jar is a zip: both were 'corrupt or truncated model file: no labels.txt' / 'no manifest.properties'.
     */
    @Test
    void aZipThatIsNoTagRankModelIsNamedSo() throws IOException {
        Map<String, String> opennlp = new LinkedHashMap<>();
        opennlp.put("manifest.properties", "#\n#Sun Nov 29 02:06:21 UTC 2026\nBeamSize=3\nLanguage=en\n"
                + "OpenNLP-Version=2.5.8\nManifest-Version=1.0\nComponent-Name=POSTaggerME\n");
        opennlp.put("generator.featuregen", "<featureGenerators/>");
        opennlp.put("pos.model", "...");
        assertEquals("m.zip: an OpenNLP model (POSTaggerME, OpenNLP 2.5.8), not a TagRank model: TagRank reads the "
                + "models its own train command writes", readError(zip(opennlp)));

        Map<String, String> jar = new LinkedHashMap<>();
        jar.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
        jar.put("org/x/A.class", "...");
        assertEquals("m.zip: not a TagRank model (a zip without its entries manifest.properties, labels.txt, "
                + "features.txt and weights.bin)", readError(zip(jar)));

        // a TagRank model that lost an entry is still corrupt, not foreign
        Map<String, String> lost = new LinkedHashMap<>();
        lost.put("labels.txt", "A\n");
        lost.put("weights.bin", "");
        assertEquals("m.zip: corrupt or truncated model file: no manifest.properties", readError(zip(lost)));
    }

    /**
     * A manifest saved with CRLF line ends (edited on Windows) said "manifest 'format.version' is not a number: 1",
     * the CR unseen; labels.txt and features.txt already take CRLF.
     */
    @Test
    void aManifestWithCrlfLineEndsIsRead() throws IOException {
        ModelBundle b = new ModelBundle("pos", ModelIOTest.labelModel());
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ModelIO.write(b, plain);
        Map<String, String> entries = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(plain.toByteArray()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        entries.put("manifest.properties", entries.get("manifest.properties").replace("\n", "\r\n"));
        ByteArrayOutputStream crlf = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(crlf)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.ISO_8859_1));
                z.closeEntry();
            }
        }
        ModelBundle r = ModelIO.read(new ByteArrayInputStream(crlf.toByteArray()), "pos", "m.zip");
        assertEquals("7", r.model().provenance().get("trainer.seed"));
        assertEquals(b.model().labels().labels(), r.model().labels().labels());
    }

    /** A model unzipped to look at and zipped again with its folder ('zip -r m.zip m/') was called no TagRank model. */
    @Test
    void aModelZippedWithItsFolderSaysSo() throws IOException {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("m/", "");
        e.put("m/manifest.properties", "format.version=1\n");
        e.put("m/labels.txt", "A\n");
        e.put("m/features.txt", "f\n");
        e.put("m/weights.bin", "");
        assertEquals("m.zip: a TagRank model zipped with its folder (m/manifest.properties): zip the files themselves, "
                + "not their folder", readError(zip(e)));
    }

    /** A web page read as the model (GitHub's 'blob' page of a model file, not its raw URL) was only 'not a zip'. */
    @Test
    void aWebPageIsNamedAsOne() {
        for (String page : new String[]{"\n  <!DOCTYPE html>\n<html lang=\"en\">", "<html><body>x</body></html>"}) {
            assertEquals("m.zip: not a TagRank model but a web page (HTML); for a file on a web site give the URL of the "
                    + "file itself (on GitHub its 'raw' link)", readError(page.getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals("m.zip: not a TagRank model (not a zip, or an empty one)",
                readError("hello <html>".getBytes(StandardCharsets.UTF_8)));
    }
}
