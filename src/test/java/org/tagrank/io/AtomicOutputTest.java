package org.tagrank.io;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an atomic write leaves at its target: the new bytes, the same kind of file, no temporary. */
class AtomicOutputTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void write(Path target, String text) throws IOException {
        AtomicOutput.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileIsReplacedAndNoTemporaryStays() throws IOException {
        Path f = dir.resolve("sub/out.txt");
        write(f, "one\n");
        write(f, "two\n");
        assertEquals("two\n", Files.readString(f));
        assertEquals(List.of("sub"), names());
        assertThrowsAndKeeps(f);
    }

    @Test
    void aBodyThatClosesItsStreamStillGivesTheWholeFile() throws IOException {
        // the file is synced to disk after the body, through a channel the body's close must not take away
        Path f = dir.resolve("closed.txt");
        AtomicOutput.write(f, out -> {
            try (java.io.Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                w.write("all of it\n");
            }
        });
        assertEquals("all of it\n", Files.readString(f));
        assertEquals(List.of("closed.txt"), names());
    }

    private void assertThrowsAndKeeps(Path f) throws IOException {
        try {
            AtomicOutput.write(f, out -> {
                out.write("half".getBytes(StandardCharsets.UTF_8));
                throw new IOException("failed midway");
            });
        } catch (IOException e) {
            assertEquals("failed midway", e.getMessage());
        }
        assertEquals("two\n", Files.readString(f));
        try (Stream<Path> s = Files.list(f.getParent())) {
            assertEquals(List.of("out.txt"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aSymbolicLinkStaysALinkToTheNewBytes() throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real.getFileName());
        write(link, "new\n");
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
        assertEquals("new\n", Files.readString(real));
        assertEquals(List.of("link.txt", "real.txt"), names());

        Path dangling = Files.createSymbolicLink(dir.resolve("to-new.txt"), Path.of("new.txt")); // names no file yet
        write(dangling, "made\n");
        assertTrue(Files.isSymbolicLink(dangling), "the dangling link was replaced by a file");
        assertEquals("made\n", Files.readString(dir.resolve("new.txt")));
    }

    @Test
    void aFifoIsWrittenInPlaceNotReplaced() throws Exception {
        // as a device such as /dev/null is: a file renamed over it replaced the node (as root, /dev/null itself)
        Path fifo = dir.resolve("fifo");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(mk.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        write(fifo, "through the pipe\n");
        assertFalse(Files.isRegularFile(fifo), "the FIFO was replaced by a regular file");
        assertEquals("through the pipe\n", read.get(60, TimeUnit.SECONDS));
        assertEquals(List.of("fifo"), names());
    }

    @Test
    void aFailedWriteRemovesTheDirectoriesItMadeAndNoOthers() throws IOException {
        Path target = dir.resolve("a/b/c/out.txt");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> AtomicOutput.write(target,
                out -> {
                    throw new IOException("failed");
                }));
        assertEquals("failed", e.getMessage());
        assertEquals(List.of(), names(), "a/b/c was left behind");

        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/keep.txt"), "x");
        org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> AtomicOutput.write(target, out -> {
            Files.createDirectories(dir.resolve("a/b/other")); // made by someone else meanwhile: b is not empty
            throw new IOException("failed");
        }));
        assertTrue(Files.isDirectory(dir.resolve("a/b/other")));
        assertFalse(Files.exists(dir.resolve("a/b/c")));

        write(target, "done\n");
        assertEquals("done\n", Files.readString(target));
    }

    /** A full disk said only "No space left on device" (tag -o on a 2 MB tmpfs): the error now names the output. */
    @Test
    void aWriteErrorNamesTheTarget() {
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        Path target = dir.resolve("out.txt");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> new AtomicOutput.Named(full, target).write(new byte[] {1, 2}, 0, 2));
        assertEquals("cannot write " + target + ": No space left on device (nothing was written to it)", e.getMessage());
    }

    /**
     * A device or FIFO is written in place, without the temporary file's stream: '-o /dev/full' said only "No space
     * left on device", '-o /dev/stdout' into a closed pipe only "Broken pipe", naming no output.
     */
    @Test
    void aWriteErrorInPlaceNamesTheTargetToo() {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full) && Files.isWritable(full), "no /dev/full here");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> write(full, "x".repeat(1 << 16)));
        assertEquals("cannot write /dev/full: No space left on device (the output is incomplete)", e.getMessage());
    }

    private static String mode(Path p) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    /** A replaced file keeps its mode, as after a shell's {@code > file}: it became rw-r--r-- whatever it was. */
    @Test
    void aReplacedFileKeepsItsMode() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "not POSIX");
        for (String mode : new String[]{"rw-------", "rw-rw-r--", "rwxr-x---", "r--r--r--", "---------"}) {
            Path f = dir.resolve("kept-" + mode);
            Files.writeString(f, "old\n");
            Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString(mode));
            write(f, "new\n");
            assertEquals("new\n", Files.readString(f));
            assertEquals(mode, mode(f));
        }
    }

    /** A new file gets the mode the umask gives, as after a shell's {@code > file}: it was rw-r--r-- under any umask. */
    @Test
    void aNewFileHonoursTheUmask() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "not POSIX");
        Path in = dir.resolve("in.txt");
        Files.writeString(in, "The dog barks .\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String[] umask : new String[][]{{"077", "rw-------"}, {"002", "rw-rw-r--"}}) {
            Path out = dir.resolve("out-" + umask[0] + ".txt");
            Process p = new ProcessBuilder("sh", "-c", "umask " + umask[0] + " && exec \"$0\" -cp \"$1\" "
                    + "org.tagrank.cli.Main tag --quiet --threads 1 --input-format tokens \"$2\" -o \"$3\"", java,
                    System.getProperty("java.class.path"), in.toString(), out.toString()).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a bound on a wait");
            assertEquals(0, p.exitValue(), said);
            assertEquals(umask[1], mode(out), "umask " + umask[0]);
        }
    }
}
