package org.projectdesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> NO_PROXY = Set.of();
    private static final Set<String> PROXY = ClientAddress.parse(" 10.0.0.5 , 10.0.0.6 ");

    @Test
    void withoutATrustedProxyTheHeaderIsIgnoredAndThePeerCounts() {
        assertEquals("203.0.113.9", ClientAddress.choose("203.0.113.9", "198.51.100.1", NO_PROXY));
        assertEquals("203.0.113.9", ClientAddress.choose("203.0.113.9", "198.51.100.1", PROXY),
                "a peer that is not a named proxy cannot choose its address");
        assertEquals("203.0.113.9", ClientAddress.choose("203.0.113.9", null, PROXY));
    }

    @Test
    void behindTrustedProxiesTheClientIsTheRightMostAddressThatIsNoneOfThem() {
        // The client may put anything in front; only what our proxies appended is believed.
        assertEquals("198.51.100.1", ClientAddress.choose("10.0.0.5", "1.2.3.4, 198.51.100.1", PROXY));
        assertEquals("198.51.100.1", ClientAddress.choose("10.0.0.5", "1.2.3.4, 198.51.100.1, 10.0.0.6", PROXY));
        assertEquals("10.0.0.5", ClientAddress.choose("10.0.0.5", " , 10.0.0.6", PROXY),
                "a header naming only proxies leaves the peer");
    }
}
