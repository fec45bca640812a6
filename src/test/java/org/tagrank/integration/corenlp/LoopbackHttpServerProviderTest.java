package org.tagrank.integration.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
