package org.projectdesk.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.projectdesk.security.boundary.LoginOutcome;
import org.projectdesk.security.boundary.Logins;
import org.projectdesk.security.entity.Role;
import org.projectdesk.web.api.Authentication;

/**
 * How a request proves who sends it. Pages use our own form: the login page hands the credential
 * over, a good one puts the user name in a fresh session (new session id), and a protected page
 * without it redirects to the login page. The REST API under /api takes HTTP Basic on each request
 * and never opens a session; the API itself answers a call without a valid caller with 401.
 * Roles are asked of the account on every request ({@code Logins}, from memory: SignedInAccounts), so disabling an
 * account or changing its roles takes effect at once on this server and within seconds on another.
 */
@ApplicationScoped
public class ProjectDeskAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "projectdesk.username";
    /**
     * The one answer to refused credentials, whether the name is unknown, the password wrong or the
     * address blocked after failed attempts: telling them apart would tell a stranger which names exist.
     */
    static final String SIGN_IN_REFUSED = "Unknown user name or wrong password";
    static final String LOGIN_PAGE = "/login.xhtml";

    @EJB
    Logins logins;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            return formLogin(request, context, password);
        }
        Optional<AuthenticationStatus> fromSession = sessionUser(request, context);
        if (fromSession.isPresent()) {
            return fromSession.get();
        }
        if (isApi(request)) {
            return basic(request, context);
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential credential) {
        LoginOutcome outcome = logins.authenticate(credential.getCaller(), credential.getPasswordAsString(),
                ClientAddress.of(request));
        if (!outcome.succeeded()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_USER, outcome.username());
        return context.notifyContainerAboutLogin(outcome.username(), roleNames(outcome.roles()));
    }

    private Optional<AuthenticationStatus> sessionUser(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_USER);
        if (username == null) {
            return Optional.empty();
        }
        Optional<Set<Role>> roles = logins.currentRoles(username.toString());
        if (roles.isEmpty()) {
            session.invalidate();
            return Optional.empty();
        }
        return Optional.of(context.notifyContainerAboutLogin(username.toString(), roleNames(roles.get())));
    }

    /**
     * Checks HTTP Basic credentials when they are sent. Refused ones leave the caller anonymous and
     * say why in a request attribute; the API's {@link Authentication} filter then answers 401.
     */
    private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refused(request, context, "The Authorization header is not valid Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return refused(request, context, "The Authorization header must carry user:password");
        }
        LoginOutcome outcome = logins.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1),
                ClientAddress.of(request));
        return outcome.succeeded() ? context.notifyContainerAboutLogin(outcome.username(), roleNames(outcome.roles()))
                : refused(request, context, SIGN_IN_REFUSED);
    }

    private static AuthenticationStatus refused(HttpServletRequest request, HttpMessageContext context, String why) {
        request.setAttribute(Authentication.FAILURE, why);
        return context.doNothing();
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String login = request.getContextPath() + LOGIN_PAGE + "?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request cannot follow a 302; Faces follows a redirect in a partial response.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            try {
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;") + "\"/></partial-response>");
            } catch (IOException e) {
                // the client has gone
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static Set<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
    }
}
