package org.projectdesk.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the INVESTOR caller {@value #USERNAME} of another enterprise than {@link AsInvestor}'s. */
@Stateless
@RunAs("INVESTOR")
@RunAsPrincipal(AsOtherInvestor.USERNAME)
@PermitAll
public class AsOtherInvestor {

    public static final String USERNAME = "it-other-investor";
    public static final String ENTERPRISE = "91320684MA20RT5B95";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
