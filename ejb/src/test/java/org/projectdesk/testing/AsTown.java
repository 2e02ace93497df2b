package org.projectdesk.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test code as the TOWN caller {@value #USERNAME}; a test that needs the account opens it, with
 * the town {@value #TOWN}, when it does not yet exist.
 */
@Stateless
@RunAs("TOWN")
@RunAsPrincipal(AsTown.USERNAME)
@PermitAll
public class AsTown {

    public static final String USERNAME = "it-town";
    public static final String TOWN = "CLZ";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
