package org.projectdesk.web.supervision;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.projectdesk.supervision.boundary.Board;
import org.projectdesk.supervision.boundary.Supervision;
import org.projectdesk.supervision.boundary.Warning;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.supervision.entity.SupervisionSettings;
import org.projectdesk.web.api.InvalidParameter;

/** E-supervision over REST: warnings, the board, the thresholds. */
@Path("supervision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    /** The thresholds as read or to be written; {@code version} as read, for the stale-edit check. */
    public record Thresholds(Integer yellowDays, Integer yellowPercent, Integer leadershipAfterDays,
            Integer greenWindowFrom, Integer greenWindowTo, Integer conversionDays, Long version) {

        static Thresholds of(SupervisionSettings s) {
            return new Thresholds(s.getYellowDays(), s.getYellowPercent(), s.getLeadershipAfterDays(),
                    s.getGreenWindowFrom(), s.getGreenWindowTo(), s.getConversionDays(), s.getVersion());
        }
    }

    @EJB
    Supervision supervision;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    /** The running matters on YELLOW or RED, soonest due first. */
    @GET
    @Path("warnings")
    public List<Warning> warnings(@QueryParam("light") String light, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("500") String size) {
        Light wanted;
        try {
            wanted = Light.valueOf(light == null ? "" : light.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("light", "'" + light + "' must be YELLOW or RED");
        }
        return supervision.warnings(wanted, InvalidParameter.wholeNumber("page", page, 0, 1_000_000),
                InvalidParameter.wholeNumber("size", size, 1, 5000));
    }

    /**
     * Lights now and each department's on-time rate over the period (default: this month so far), and the figures by
     * town ({@code town}: that town's row only; a town's staff always gets its own, another town's is 404).
     */
    @GET
    @Path("board")
    public Board board(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("town") String town) {
        LocalDate today = LocalDate.now(clock);
        return supervision.board(from == null ? today.withDayOfMonth(1) : InvalidParameter.date("from", from),
                to == null ? today : InvalidParameter.date("to", to), town);
    }

    @GET
    @Path("settings")
    public Thresholds settings() {
        return Thresholds.of(supervision.settings());
    }

    @PUT
    @Path("settings")
    public Thresholds changeSettings(Thresholds t) {
        if (t == null || t.version() == null || t.yellowDays() == null || t.yellowPercent() == null
                || t.leadershipAfterDays() == null || t.greenWindowFrom() == null || t.greenWindowTo() == null
                || t.conversionDays() == null) {
            throw new BadRequestException("The request needs every threshold and the version as read");
        }
        return Thresholds.of(supervision.changeSettings(t.version(), t.yellowDays(), t.yellowPercent(),
                t.leadershipAfterDays(), t.greenWindowFrom(), t.greenWindowTo(), t.conversionDays()));
    }
}
