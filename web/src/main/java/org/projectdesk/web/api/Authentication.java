package org.projectdesk.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Every API call needs a signed-in caller. The authentication mechanism has already checked any
 * HTTP Basic credentials; a call without a caller is answered 401 here, as a problem document that
 * says why: no credentials, or refused ones (one text for an unknown name, a wrong password and a
 * blocked address).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class Authentication implements ContainerRequestFilter {

    /** Set by the authentication mechanism when credentials were sent but refused. */
    public static final String FAILURE = "projectdesk.authenticationFailure";

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (context.getSecurityContext().getUserPrincipal() == null) {
            Object failure = request.getAttribute(FAILURE);
            context.abortWith(unauthorized(failure != null ? failure.toString() : "This resource needs HTTP Basic credentials"));
        }
    }

    public static Response unauthorized(String detail) {
        Response problem = Problem.response(Response.Status.UNAUTHORIZED, detail);
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Project Desk\", charset=\"UTF-8\"").build();
    }
}
