package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A --dev file without UPOS (column 4 '_'): the manifest got score.dev.upos_accuracy=NaN, where a dev set without
 * unknown words gets no unknown_accuracy line.
 */
class PosDevWithoutUposCliTest {
    @TempDir
    Path dir;

    private Path withoutUpos(String source, String name) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(source), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (c.length == 10) {
                c[3] = "_";
                line = String.join("\t", c);
            }
            sb.append(line).append('\n');
        }
        return Files.writeString(dir.resolve(name), sb);
    }

    private static String manifest(Path model) throws IOException {
        try (ZipFile z = new ZipFile(model.toFile())) {
            return new String(z.getInputStream(z.getEntry("manifest.properties")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void devWithoutUposGivesNoUposScoreRatherThanNaN() throws IOException {
        Path dev = withoutUpos(CliTest.DEV, "dev.conllu");
        Path out = dir.resolve("m.lin.zip");
        BadInputCliTest.Run r = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--dev", dev.toString(),
                "--epochs", "1", "--quiet", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String manifest = manifest(out);
        assertTrue(manifest.contains("score.dev.accuracy="), manifest);
        assertFalse(manifest.contains("NaN"), manifest);
    }

}
