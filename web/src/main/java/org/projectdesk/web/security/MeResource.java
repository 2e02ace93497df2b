package org.projectdesk.web.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import org.projectdesk.security.entity.Role;

/** {@code GET /api/me}: who the caller is and which roles they hold. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String username, List<String> roles) {
    }

    @GET
    public Me me(@Context SecurityContext security) {
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).filter(security::isUserInRole).toList();
        return new Me(security.getUserPrincipal().getName(), roles);
    }
}
