package org.tagrank.integration.corenlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/corenlp-server} as documented, on the runnable jar: CoreNLP's server logs (here, that its port is
 * taken) reach stderr. The jar carried slf4j-api without a binding, so CoreNLP's logging went to SLF4J's no-op
 * logger: the server said nothing at all and exited at once.
 */
class CoreNlpServerLogIT {

    @Test
    void aTakenPortIsReportedOnStderr(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("server.log");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ProcessBuilder pb = new ProcessBuilder("scripts/corenlp-server");
            // the runnable jar, as a user runs it; named, so that the script never rebuilds it in the middle of a build
            pb.environment().put("TAGRANK_SERVER_CP", runnableJar().toString());
            pb.environment().put("CORENLP_PORT", Integer.toString(taken.getLocalPort()));
            pb.environment().put("TAGRANK_JAVA_OPTS", "-Xmx512m");
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = p.waitFor(180, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
            }
            String out = Files.readString(log);
            assertTrue(ended, () -> "the server kept running on a taken port:\n" + out);
            assertTrue(out.contains("Address already in use"), () -> "no word of the taken port:\n" + out);
            assertFalse(out.contains("NOP"), () -> "CoreNLP's logging went to SLF4J's no-op logger:\n" + out);
        }
    }

    /** target/tagrank-VERSION-all.jar, which the package phase builds before the integration tests. */
    private static Path runnableJar() throws java.io.IOException {
        try (var jars = Files.newDirectoryStream(Path.of("target"), "tagrank-*-all.jar")) {
            for (Path jar : jars) {
                return jar.toAbsolutePath();
            }
        }
        throw new IllegalStateException("no target/tagrank-*-all.jar: run the integration tests with mvn verify");
    }
}
