package org.projectdesk.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test code as the INVESTOR caller {@value #USERNAME}; the test opens that account, with the
 * enterprise {@value #ENTERPRISE}, when it does not yet exist.
 */
@Stateless
@RunAs("INVESTOR")
@RunAsPrincipal(AsInvestor.USERNAME)
@PermitAll
public class AsInvestor {

    public static final String USERNAME = "it-investor";
    public static final String ENTERPRISE = "91320684MA1X4L8D5J";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
