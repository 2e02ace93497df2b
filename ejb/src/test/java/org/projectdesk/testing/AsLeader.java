package org.projectdesk.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/** Runs test code as a LEADER caller, who reads reports and the board. */
@Stateless
@RunAs("LEADER")
@PermitAll
public class AsLeader {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
