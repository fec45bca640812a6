package org.tagrank.integration.corenlp;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;

/**
 * An {@link HttpServerProvider} that binds every server to the loopback interface, whether the address comes with
 * {@code HttpServer.create(addr, backlog)} or with a later {@code bind} on a server created unbound.
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
        this(jdkProvider());
    }

    /** Over another provider (tests: the JVM's default one, which is not this class there). */
    LoopbackHttpServerProvider(HttpServerProvider delegate) {
        this.delegate = delegate;
    }

    private static HttpServerProvider jdkProvider() {
        try {
            return (HttpServerProvider) Class.forName(JDK_PROVIDER).getConstructor().newInstance();
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
        // without an address the server is unbound and bound later via bind(), which the wrapper redirects too
        return addr == null ? new LoopbackServer(delegate.createHttpServer(null, backlog))
                : delegate.createHttpServer(loopback(addr), backlog);
    }

    @Override
    public HttpsServer createHttpsServer(InetSocketAddress addr, int backlog) throws IOException {
        return addr == null ? new LoopbackHttpsServer(delegate.createHttpsServer(null, backlog))
                : delegate.createHttpsServer(loopback(addr), backlog);
    }

    /** An unbound server whose {@code bind} goes to the loopback address; everything else is the JDK's. */
    private static final class LoopbackServer extends HttpServer {
        private final HttpServer server;

        LoopbackServer(HttpServer server) {
            this.server = server;
        }

        @Override
        public void bind(InetSocketAddress addr, int backlog) throws IOException {
            server.bind(loopback(addr), backlog);
        }

        @Override
        public void start() {
            server.start();
        }

        @Override
        public void setExecutor(Executor executor) {
            server.setExecutor(executor);
        }

        @Override
        public Executor getExecutor() {
            return server.getExecutor();
        }

        @Override
        public void stop(int delay) {
            server.stop(delay);
        }

        @Override
        public HttpContext createContext(String path, HttpHandler handler) {
            return server.createContext(path, handler);
        }

        @Override
        public HttpContext createContext(String path) {
            return server.createContext(path);
        }

        @Override
        public void removeContext(String path) {
            server.removeContext(path);
        }

        @Override
        public void removeContext(HttpContext context) {
            server.removeContext(context);
        }

        @Override
        public InetSocketAddress getAddress() {
            return server.getAddress();
        }
    }

    /** As {@link LoopbackServer}, for HTTPS. */
    private static final class LoopbackHttpsServer extends HttpsServer {
        private final HttpsServer server;

        LoopbackHttpsServer(HttpsServer server) {
            this.server = server;
        }

        @Override
        public void setHttpsConfigurator(HttpsConfigurator config) {
            server.setHttpsConfigurator(config);
        }

        @Override
        public HttpsConfigurator getHttpsConfigurator() {
            return server.getHttpsConfigurator();
        }

        @Override
        public void bind(InetSocketAddress addr, int backlog) throws IOException {
            server.bind(loopback(addr), backlog);
        }

        @Override
        public void start() {
            server.start();
        }

        @Override
        public void setExecutor(Executor executor) {
            server.setExecutor(executor);
        }

        @Override
        public Executor getExecutor() {
            return server.getExecutor();
        }

        @Override
        public void stop(int delay) {
            server.stop(delay);
        }

        @Override
        public HttpContext createContext(String path, HttpHandler handler) {
            return server.createContext(path, handler);
        }

        @Override
        public HttpContext createContext(String path) {
            return server.createContext(path);
        }

        @Override
        public void removeContext(String path) {
            server.removeContext(path);
        }

        @Override
        public void removeContext(HttpContext context) {
            server.removeContext(context);
        }

        @Override
        public InetSocketAddress getAddress() {
            return server.getAddress();
        }
    }
}
