package org.projectdesk.acceptance.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test code as the TOWN caller {@value #USERNAME}, the staff of the town (区镇) whose account the test
 * points at the case's town, or at another town (the scope is read from the account at each call).
 */
@Stateless
@RunAs("TOWN")
@RunAsPrincipal(AsAcceptanceTown.USERNAME)
@PermitAll
public class AsAcceptanceTown {

    public static final String USERNAME = "it-acceptance-town";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
