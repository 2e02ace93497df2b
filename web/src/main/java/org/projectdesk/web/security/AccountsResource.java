package org.projectdesk.web.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.projectdesk.security.boundary.AccountEdit;
import org.projectdesk.security.boundary.AccountPage;
import org.projectdesk.security.boundary.AccountView;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.LockEventView;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;

/** Account administration over REST, for the same ADMIN users as the accounts page. */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AccountsResource {

    @EJB
    Accounts accounts;

    @Context
    UriInfo uri;

    @GET
    public AccountPage list(@QueryParam("search") String search, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new BadRequestException("page must be 0 or more and size between 1 and 500");
        }
        return accounts.page(search, page * size, size, "username", true);
    }

    @GET
    @Path("{id}")
    public AccountView get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @POST
    public Response open(NewAccount request) {
        if (request == null) {
            throw new BadRequestException("The request needs a JSON body describing the account");
        }
        AccountView created = accounts.open(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** Applies the fields present in one transaction; {@code version} is required (409 when stale). */
    @PUT
    @Path("{id}")
    public AccountView change(@PathParam("id") long id, AccountEdit edit) {
        if (edit == null) {
            throw new BadRequestException("The request needs a JSON body with the account's version and the changes");
        }
        return accounts.edit(id, edit);
    }

    /** Lifts the account's sign-in blocks from every address; no body, no version (a block is not an edit). */
    @POST
    @Path("{id}/unlock")
    @Consumes(MediaType.WILDCARD)
    public AccountView unlock(@PathParam("id") long id) {
        return accounts.unlock(id);
    }

    @GET
    @Path("{id}/lock-history")
    public List<LockEventView> lockHistory(@PathParam("id") long id) {
        return accounts.lockHistory(id);
    }
}
