package org.tagrank.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Stand-ins for the tools a script calls (mvn, java), put first on its PATH by the tests of scripts/. */
public final class ToolStubs {
    private ToolStubs() {
    }

    /**
     * A directory {@code dir/stubs} of executables named {@code tools}, each of which appends "TOOL ARGS" to {@code calls}
     * and fails (exit 1): a script that runs none of them leaves {@code calls} absent.
     */
    public static Path failing(Path dir, Path calls, String... tools) throws IOException {
        return recording(dir, calls, 1, tools);
    }

    /** As {@link #failing}, each stand-in ending with {@code exitCode}. */
    public static Path recording(Path dir, Path calls, int exitCode, String... tools) throws IOException {
        Path stubs = Files.createDirectories(dir.resolve("stubs"));
        for (String tool : tools) {
            Path stub = stubs.resolve(tool);
            Files.writeString(stub, "#!/bin/sh\necho \"" + tool + " $*\" >> '" + calls + "'\nexit " + exitCode + "\n");
            if (!stub.toFile().setExecutable(true)) {
                throw new IOException("cannot make " + stub + " executable");
            }
        }
        return stubs;
    }
}
