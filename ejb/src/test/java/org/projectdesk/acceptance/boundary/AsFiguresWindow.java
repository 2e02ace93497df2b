package org.projectdesk.acceptance.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the DEPARTMENT caller {@value #USERNAME}, the window of {@value #DEPARTMENT}. */
@Stateless
@RunAs("DEPARTMENT")
@RunAsPrincipal(AsFiguresWindow.USERNAME)
@PermitAll
public class AsFiguresWindow {

    public static final String USERNAME = "it-figures-window";
    public static final String DEPARTMENT = "FIRE";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
