package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A model URL whose server accepts the connection and then sends nothing (or stops in the middle of the file) had no
 * time limit: {@code tag --model URL}, or a CoreNLP pipeline starting, waited for ever without a word. A read now gives
 * up after {@link ResourceLocator#URL_TIMEOUT_PROPERTY} milliseconds without a byte, naming the URL; the test shortens
 * the limit.
 */
class UrlStalledServerTest {

    /** Accepts connections, sends {@code head} (perhaps nothing), and keeps them open without another byte. */
    private static String stalledServer(ServerSocket server, String head, List<Socket> open) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    Socket s = server.accept();
                    open.add(s);
                    OutputStream out = s.getOutputStream();
                    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        t.setDaemon(true);
        t.start();
        return "http://127.0.0.1:" + server.getLocalPort() + "/m.lin.zip";
    }

    @Test
    void aServerThatStopsSendingIsNamedAfterTheTimeLimit() throws IOException {
        String saved = System.getProperty(ResourceLocator.URL_TIMEOUT_PROPERTY);
        System.setProperty(ResourceLocator.URL_TIMEOUT_PROPERTY, "300");
        List<Socket> open = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress());
             ServerSocket halfway = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            String none = stalledServer(silent, "", open);
            ModelFormatException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> assertThrows(ModelFormatException.class, () -> ModelIO.read(none, "pos")));
            assertEquals("model cannot be read from " + none + ": no answer in 0.3 s", e.getMessage());

            String part = stalledServer(halfway, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nPK\u0003\u0004abc", open);
            IOException p = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> assertThrows(IOException.class, () -> ModelIO.read(part, "pos")));
            assertEquals("URL " + part + ": the download stopped: no byte in 0.3 s", p.getMessage());
        } finally {
            if (saved == null) {
                System.clearProperty(ResourceLocator.URL_TIMEOUT_PROPERTY);
            } else {
                System.setProperty(ResourceLocator.URL_TIMEOUT_PROPERTY, saved);
            }
            for (Socket s : open) {
                s.close();
            }
        }
    }

    @Test
    void aTimeLimitThatIsNotAPositiveNumberIsNamed() {
        String saved = System.getProperty(ResourceLocator.URL_TIMEOUT_PROPERTY);
        try {
            for (String bad : List.of("soon", "0", "-5")) {
                System.setProperty(ResourceLocator.URL_TIMEOUT_PROPERTY, bad);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> ResourceLocator.open("http://127.0.0.1:9/m.lin.zip"));
                assertEquals("system property tagrank.url.timeout.ms must be a positive number of milliseconds, got '"
                        + bad + "'", e.getMessage());
            }
        } finally {
            if (saved == null) {
                System.clearProperty(ResourceLocator.URL_TIMEOUT_PROPERTY);
            } else {
                System.setProperty(ResourceLocator.URL_TIMEOUT_PROPERTY, saved);
            }
        }
    }
}
