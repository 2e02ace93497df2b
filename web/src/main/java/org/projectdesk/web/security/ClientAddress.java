package org.projectdesk.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.projectdesk.shared.control.Settings;

/**
 * The network address a request comes from, which failed sign-ins are counted against. It is the
 * peer of the connection as Undertow sees it ({@code getRemoteAddr}; the listeners do not enable
 * proxy address forwarding), because any client can write an {@code X-Forwarded-For} header. Only
 * when the peer is one of the reverse proxies named in {@code PROJECTDESK_SECURITY_TRUSTED_PROXIES}
 * is the header believed: the client is then the right-most address in it that is not itself one of
 * those proxies.
 */
final class ClientAddress {

    private static final Set<String> TRUSTED_PROXIES = parse(Settings.get("projectdesk.security.trusted-proxies", ""));

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return choose(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), TRUSTED_PROXIES);
    }

    static String choose(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return peer;
    }

    static Set<String> parse(String addresses) {
        return Arrays.stream(addresses.split(",")).map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toSet());
    }
}
