package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The library jar (target/tagrank-VERSION.jar, what a Maven user depends on): a stable module name for the module path,
 * the CLI as its main class, and its version.
 */
class LibraryJarManifestIT {
    @Test
    void theLibraryJarNamesItsModuleMainClassAndVersion() throws IOException {
        Path jar = null;
        try (var jars = Files.newDirectoryStream(Path.of("target"), "tagrank-*.jar")) {
            for (Path j : jars) {
                if (!j.getFileName().toString().endsWith("-all.jar")) {
                    jar = j;
                }
            }
        }
        assertNotNull(jar, "no target/tagrank-VERSION.jar: run the integration tests with mvn verify");
        try (JarFile f = new JarFile(jar.toFile())) {
            Attributes a = f.getManifest().getMainAttributes();
            assertEquals("org.tagrank", a.getValue("Automatic-Module-Name"));
            assertEquals("org.tagrank.cli.Main", a.getValue("Main-Class"));
            String name = jar.getFileName().toString();
            assertEquals(name.substring("tagrank-".length(), name.length() - ".jar".length()), a.getValue("Implementation-Version"));
        }
    }
}
