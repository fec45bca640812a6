package org.tagrank.integration.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class LoopbackHttpServerProviderTest {

    @Test
    void wildcardAndOtherAddressesBecomeLoopbackWithTheSamePort() throws Exception {
        InetSocketAddress wildcard = LoopbackHttpServerProvider.loopback(new InetSocketAddress(9000));
        assertTrue(wildcard.getAddress().isLoopbackAddress());
        assertEquals(9000, wildcard.getPort());
        InetSocketAddress other = LoopbackHttpServerProvider.loopback(
                new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 7}), 1234));
        assertEquals(new InetSocketAddress(InetAddress.getLoopbackAddress(), 1234), other);
    }

    @Test
    void serversCreatedWithOrWithoutAnAddressListenOnLoopbackOnly() throws Exception {
        // the JVM's own provider here (the system property is not set in tests)
        LoopbackHttpServerProvider p = new LoopbackHttpServerProvider(HttpServerProvider.provider());
        HttpServer bound = p.createHttpServer(new InetSocketAddress(0), 0);
        HttpServer later = p.createHttpServer(null, 0);
        HttpsServer laterTls = p.createHttpsServer(null, 0);
        try {
            later.bind(new InetSocketAddress(0), 0);
            laterTls.bind(new InetSocketAddress(0), 0);
            assertTrue(bound.getAddress().getAddress().isLoopbackAddress(), bound.getAddress().toString());
            assertTrue(later.getAddress().getAddress().isLoopbackAddress(), later.getAddress().toString());
            assertTrue(laterTls.getAddress().getAddress().isLoopbackAddress(), laterTls.getAddress().toString());
        } finally {
            bound.stop(0);
            later.stop(0);
            laterTls.stop(0);
        }
    }
}
