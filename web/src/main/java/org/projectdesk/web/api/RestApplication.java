package org.projectdesk.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API: JSON over HTTP Basic (or the page session), errors as RFC 9457 problem details. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
