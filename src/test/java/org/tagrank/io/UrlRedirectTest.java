package org.tagrank.io;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Java follows no redirect from http to https (a site that moved): the 301's HTML page was read as the model and
 * called 'not a TagRank model (not a zip, or an empty one)'. The redirect and where it points are now named.
 */
class UrlRedirectTest {
    @Test
    void aRedirectJavaDoesNotFollowIsNamedWithItsTarget() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Location", "https://127.0.0.1:1" + exchange.getRequestURI());
            byte[] page = "<html>Moved</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(301, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/m.lin.zip";
            ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelIO.read(url, "pos"));
            assertEquals("model cannot be read from " + url + ": redirected (HTTP 301) to https://127.0.0.1:1/m.lin.zip, "
                    + "which Java does not follow from http to https or back: give that URL", e.getMessage());
        } finally {
            server.stop(0);
        }
    }
}
