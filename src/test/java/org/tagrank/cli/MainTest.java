package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How Main reports file-system failures (an unreadable file cannot be made in a test run as root). */
class MainTest {
    @Test
    void fileSystemErrorsNameThePathAndAreBadData() {
        AccessDeniedException denied = new AccessDeniedException("/data/in.conllu");
        assertEquals("/data/in.conllu: permission denied", Main.describe(denied));
        assertEquals(ExitCodes.BAD_DATA, Main.exitCode(denied));
        FileSystemException dir = new FileSystemException("/data", null, "is a directory, not a file");
        assertEquals("/data: is a directory, not a file", Main.describe(dir));
        assertEquals(ExitCodes.BAD_DATA, Main.exitCode(dir));
        assertEquals("no such file: x.tsv", Main.describe(new NoSuchFileException("x.tsv")));
    }
}
