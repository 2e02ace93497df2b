package org.projectdesk.web.api;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;

/**
 * Refuses a cross-site request forgery: a call that changes something (POST, PUT, PATCH, DELETE) and
 * rides on the pages' session cookie must come from one of our own pages, which the browser tells by
 * {@code Origin} (or, where it sends none, {@code Referer}); anything else is answered 403. A browser
 * sends the cookie with another site's form too, but never lets that site set these headers. A program
 * that signs each call in with HTTP Basic and keeps no session is not affected: another site cannot
 * make a browser send such credentials along with a cookie session.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 100)
public class CrossSiteRequests implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE.contains(context.getMethod()) || !ridesOnTheSession(context)) {
            return;
        }
        String origin = context.getHeaderString("Origin");
        String claimed = originOf(origin != null ? origin : context.getHeaderString("Referer"));
        if (claimed == null || !claimed.equalsIgnoreCase(ownOrigin())) {
            context.abortWith(Problem.response(Response.Status.FORBIDDEN, "A change through the API with the pages' session"
                    + " must come from this application's own pages (its Origin or Referer), not from " + shown(claimed)));
        }
    }

    /** A session cookie came with the call, or nothing else could have signed the caller in. */
    private boolean ridesOnTheSession(ContainerRequestContext context) {
        return request.getRequestedSessionId() != null || context.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
    }

    /** scheme://host[:port] as the browser addressed this server. */
    private String ownOrigin() {
        return originOf(request.getRequestURL().toString());
    }

    private static String originOf(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (port == 80 && uri.getScheme().equalsIgnoreCase("http"))
                    || (port == 443 && uri.getScheme().equalsIgnoreCase("https"));
            return uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase() + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String shown(String origin) {
        return origin == null ? "a request that names no origin" : origin;
    }
}
