package org.projectdesk.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test code as the DEPARTMENT caller {@value #USERNAME}; the test opens that account, with the
 * land department (LAND), when it does not yet exist.
 */
@Stateless
@RunAs("DEPARTMENT")
@RunAsPrincipal(AsLandWindow.USERNAME)
@PermitAll
public class AsLandWindow {

    public static final String USERNAME = "it-land-window";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
