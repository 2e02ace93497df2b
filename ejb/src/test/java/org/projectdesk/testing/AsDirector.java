package org.projectdesk.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs test code as a DIRECTOR caller. */
@Stateless
@RunAs("DIRECTOR")
@PermitAll
public class AsDirector {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
