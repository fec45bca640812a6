package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ModelBundleTest {
    @Test
    void taskNamesAreLowerCaseWordsWithHyphens() {
        for (String ok : new String[]{"pos", "mctest", "link", "news-topics", "a1"}) {
            assertDoesNotThrow(() -> new ModelBundle(ok, ModelIOTest.labelModel()), ok);
        }
        for (String bad : new String[]{"", "Pos", "1pos", "-pos", "pos_tags", "pos.x", "pös", "pos "}) {
            assertThrows(IllegalArgumentException.class, () -> new ModelBundle(bad, ModelIOTest.labelModel()), bad);
        }
    }

    @Test
    void attachmentNamesAreLowerCaseFileNames() {
        for (String ok : new String[]{"tagdict.tsv", "upos-context.tsv", "a_b.txt", "2nd.txt", "x"}) {
            assertDoesNotThrow(() -> new ModelBundle("pos", ModelIOTest.labelModel(), Map.of(ok, "")), ok);
        }
        for (String bad : new String[]{"", ".hidden", "_x", "-x", "Tags.tsv", "dir/file", "a b", "features.txt", "weights.bin"}) {
            assertThrows(IllegalArgumentException.class,
                    () -> new ModelBundle("pos", ModelIOTest.labelModel(), Map.of(bad, "")), bad);
        }
    }

    @Test
    void urlsAreToldFromPaths() {
        for (String url : new String[]{"https://example.org/m.zip", "file:/tmp/m.zip", "jar:file:/x.jar!/m.zip", "svn+ssh://h/m"}) {
            org.junit.jupiter.api.Assertions.assertTrue(ResourceLocator.isUrl(url), url);
        }
        for (String path : new String[]{"models/m.zip", "C:\\models\\m.zip", "/tmp/a:b.zip", "1http://x", ":x", "m.zip"}) {
            org.junit.jupiter.api.Assertions.assertFalse(ResourceLocator.isUrl(path), path);
        }
    }
}
