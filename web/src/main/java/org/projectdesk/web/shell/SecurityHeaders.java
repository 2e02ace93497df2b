package org.projectdesk.web.shell;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers of every response the application sends: pages, the API, resources, downloads
 * and error pages. The content security policy is written once, as the context parameter
 * {@code primefaces.CSP_POLICY} in web.xml: PrimeFaces (with {@code primefaces.CSP}) sends it on each
 * page with the page's script nonce appended to its last directive, {@code script-src}; every other
 * response gets it as it is, from here. So a page runs only the scripts PrimeFaces wrote for it, and a
 * stored value that reached the page as markup cannot run.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    static final String CSP = "Content-Security-Policy";

    private String policy;

    @Override
    public void init(FilterConfig config) {
        policy = config.getServletContext().getInitParameter(POLICY_PARAMETER);
        if (policy == null || policy.isBlank()) {
            throw new IllegalStateException("web.xml must set " + POLICY_PARAMETER + ", the content security policy");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, new PagePolicy(response));
    }

    /**
     * Lets a page's policy (the same one with the page's nonce, added by PrimeFaces) replace the one set
     * above: two policies would both apply, and the one without the nonce would block the page's scripts.
     */
    private static final class PagePolicy extends HttpServletResponseWrapper {

        PagePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
