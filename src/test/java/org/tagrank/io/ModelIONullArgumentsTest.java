package org.tagrank.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * ModelIO.write with a null argument: a helpful-NPE text naming ModelIO's internals ('Cannot invoke
 * "org.tagrank.io.ModelBundle.model()" because "bundle" is null'), or a bare NullPointerException from the zip stream
 * for a null stream, after the weights were encoded. Each now names its argument, before anything is written.
 */
class ModelIONullArgumentsTest {
    @Test
    void writeNamesItsNullArgument(@TempDir Path dir) {
        Path target = dir.resolve("sub/m.lin.zip");
        NullPointerException e = assertThrows(NullPointerException.class, () -> ModelIO.write(null, target));
        assertEquals("bundle", e.getMessage());
        assertFalse(Files.exists(target.getParent()), "nothing created for a null bundle");
        NullPointerException s = assertThrows(NullPointerException.class,
                () -> ModelIO.write(null, new ByteArrayOutputStream()));
        assertEquals("bundle", s.getMessage());
        ModelBundle bundle = new ModelBundle("rank", org.tagrank.core.LinearModel.forCandidates(
                org.tagrank.core.FeatureIndex.of(java.util.List.of("a")), new float[]{1f}, org.tagrank.core.Provenance.empty()));
        NullPointerException p = assertThrows(NullPointerException.class, () -> ModelIO.write(bundle, (Path) null));
        assertEquals("path", p.getMessage());
        NullPointerException o = assertThrows(NullPointerException.class,
                () -> ModelIO.write(bundle, (java.io.OutputStream) null));
        assertEquals("out", o.getMessage());
    }
}
