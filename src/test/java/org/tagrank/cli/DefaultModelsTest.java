package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefaultModelsTest {
    private static final String NAME = "models/m.lin.zip";

    @TempDir
    Path dir;

    private Path file(Path at) throws IOException {
        Files.createDirectories(at.getParent());
        return Files.writeString(at, "x");
    }

    @Test
    void theWorkingDirectoryFirstThenTheCheckoutThenTheClasspath() throws IOException {
        Path cwd = Files.createDirectories(dir.resolve("cwd"));
        Path project = dir.resolve("project");
        Path jar = file(project.resolve("target/tagrank.jar"));
        assertEquals(NAME, DefaultModels.locate(NAME, cwd, jar), "nowhere: the classpath resource");
        Path checkout = file(project.resolve(NAME));
        assertEquals(checkout.toString(), DefaultModels.locate(NAME, cwd, jar));
        file(cwd.resolve(NAME));
        assertEquals(NAME, DefaultModels.locate(NAME, cwd, jar), "the working directory's, as named");
        assertEquals(NAME, DefaultModels.locate(NAME, dir.resolve("none"), null), "no code location");
    }

    @Test
    void everyTaskAndCommandFindsItsDefaultByTheOneRule() throws IOException {
        // link, classify and pos used the bare name from elsewhere, so the jar's copy shadowed a model
        // re-trained into the checkout's models/, which mctest used
        String was = System.getProperty("user.dir");
        Path checkout = Path.of("").toAbsolutePath();
        System.setProperty("user.dir", Files.createDirectories(dir.resolve("elsewhere")).toString());
        try {
            for (String task : new String[]{"pos", "classify", "link", "mctest"}) {
                String found = Tasks.get(task).defaultModel();
                assertTrue(found.startsWith(checkout.resolve("models").toString()), task + ": " + found);
                assertTrue(Files.isRegularFile(Path.of(found)), found);
            }
            for (String task : new String[]{"link", "mctest"}) {
                assertEquals(Tasks.get(task).defaultModel(), RankHandler.get(task).defaultModel());
            }
        } finally {
            System.setProperty("user.dir", was);
        }
    }
}
