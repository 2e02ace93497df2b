package org.projectdesk.acceptance.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the TOWN caller {@value #USERNAME}, bound to the town {@value #TOWN}, which no other test uses. */
@Stateless
@RunAs("TOWN")
@RunAsPrincipal(AsFiguresTown.USERNAME)
@PermitAll
public class AsFiguresTown {

    public static final String USERNAME = "it-figures-town";
    public static final String TOWN = "HMJD";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
