package org.projectdesk.acceptance.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test code as the DEPARTMENT caller {@value #USERNAME}, whose account the test points at the
 * department whose item is being signed (the scope is read from the account at each call).
 */
@Stateless
@RunAs("DEPARTMENT")
@RunAsPrincipal(AsAcceptanceWindow.USERNAME)
@PermitAll
public class AsAcceptanceWindow {

    public static final String USERNAME = "it-acceptance-window";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
