package org.projectdesk.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs test code as an OFFICER caller. */
@Stateless
@RunAs("OFFICER")
@PermitAll
public class AsOfficer {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
