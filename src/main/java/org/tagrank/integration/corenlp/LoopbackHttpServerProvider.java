package org.tagrank.integration.corenlp;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * An {@link HttpServerProvider} that binds every server to the loopback interface.
 * StanfordCoreNLPServer always listens on the wildcard address and has no option to choose one,
 * so {@code scripts/corenlp-server} installs this provider with
 * {@code -Dcom.sun.net.httpserver.HttpServerProvider=org.tagrank.integration.corenlp.LoopbackHttpServerProvider}
 * and the JVM flag {@code --add-exports jdk.httpserver/sun.net.httpserver=ALL-UNNAMED}, which lets it
 * delegate to the JDK's own implementation.
 */
public final class LoopbackHttpServerProvider extends HttpServerProvider {
    private static final String JDK_PROVIDER = "sun.net.httpserver.DefaultHttpServerProvider";
    private final HttpServerProvider delegate;

    public LoopbackHttpServerProvider() {
        try {
            delegate = (HttpServerProvider) Class.forName(JDK_PROVIDER).getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot create the JDK HTTP server (" + JDK_PROVIDER
                    + "); run java with --add-exports jdk.httpserver/sun.net.httpserver=ALL-UNNAMED", e);
        }
    }

    /** The requested port on the loopback address, whatever address was asked for. */
    static InetSocketAddress loopback(InetSocketAddress requested) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), requested == null ? 0 : requested.getPort());
    }

    @Override
    public HttpServer createHttpServer(InetSocketAddress addr, int backlog) throws IOException {
        // HttpServer.create() without an address creates an unbound server that is bound later via bind()
        return addr == null ? delegate.createHttpServer(null, backlog)
                : delegate.createHttpServer(loopback(addr), backlog);
    }

    @Override
    public HttpsServer createHttpsServer(InetSocketAddress addr, int backlog) throws IOException {
        return addr == null ? delegate.createHttpsServer(null, backlog)
                : delegate.createHttpsServer(loopback(addr), backlog);
    }
}
