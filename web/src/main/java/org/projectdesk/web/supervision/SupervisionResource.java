package org.projectdesk.web.supervision;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.projectdesk.supervision.boundary.BoardMatter;
import org.projectdesk.web.api.DocumentLanguage;
import org.projectdesk.web.export.ListExports;
import org.projectdesk.web.export.TableFile;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.projectdesk.supervision.boundary.Supervision;
import org.projectdesk.supervision.boundary.Warning;
import org.projectdesk.supervision.entity.BaselineRequest;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.supervision.entity.SupervisionSettings;
import org.projectdesk.web.api.InvalidParameter;

/** E-supervision over REST: warnings, the board, the thresholds, the scan's baseline. */
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

    /** The board's department table for the period, as {@code format=csv} or {@code xlsx}, in {@code lang}'s words. */
    @GET
    @Path("board/departments/export")
    @Produces({"text/csv; charset=UTF-8", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response exportDepartments(@QueryParam("format") String format, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        TableFile.Format as = TableFile.Format.of(format);
        return TableFile.response(as, new ListExports(DocumentLanguage.of(lang, headers)).departments(board(from, to, null)));
    }

    /** The board's town table (with {@code town}: that town's row), as {@code format=csv} or {@code xlsx}, in {@code lang}'s words. */
    @GET
    @Path("board/towns/export")
    @Produces({"text/csv; charset=UTF-8", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response exportTowns(@QueryParam("format") String format, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("town") String town, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        TableFile.Format as = TableFile.Format.of(format);
        return TableFile.response(as, new ListExports(DocumentLanguage.of(lang, headers)).towns(board(from, to, town)));
    }

    /**
     * The matters behind a count of the board, most urgent first: {@code light} (GREEN, YELLOW, RED; none: every
     * running matter), {@code statutory=true} (past the statutory limit), {@code department}, {@code officer}.
     */
    @GET
    @Path("matters")
    public BoardMatter.Page matters(@QueryParam("light") String light, @QueryParam("statutory") @DefaultValue("false") boolean statutory,
            @QueryParam("department") String department, @QueryParam("officer") String officer,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        return supervision.matters(criteria(light, statutory, department, officer),
                InvalidParameter.wholeNumber("page", page, 0, 1_000_000), InvalidParameter.wholeNumber("size", size, 1, 500));
    }

    /** The same matters as {@code format=csv} or {@code xlsx}, in the language asked ({@code lang}, else Chinese). */
    @GET
    @Path("matters/export")
    @Produces({"text/csv; charset=UTF-8", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response exportMatters(@QueryParam("format") String format, @QueryParam("light") String light,
            @QueryParam("statutory") @DefaultValue("false") boolean statutory, @QueryParam("department") String department,
            @QueryParam("officer") String officer, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        BoardMatter.Criteria criteria = criteria(light, statutory, department, officer);
        Supervision boundary = supervision;
        return TableFile.response(TableFile.Format.of(format), new ListExports(DocumentLanguage.of(lang, headers))
                .matters("board", (p, size) -> boundary.matters(criteria, p, size).items()));
    }

    /** 督办: the director's order on a red or yellow matter, with a note. */
    public record Order(String fileNo, String categoryCode, String note) {
    }

    @POST
    @Path("orders")
    public BoardMatter order(Order order) {
        if (order == null) {
            throw new jakarta.ws.rs.BadRequestException("The request needs a JSON body with fileNo, categoryCode and note");
        }
        return supervision.issueOrder(order.fileNo(), order.categoryCode(), order.note());
    }

    private static BoardMatter.Criteria criteria(String light, boolean statutory, String department, String officer) {
        return new BoardMatter.Criteria(InvalidParameter.oneOf("light", light, Light.class, true), statutory, department, officer);
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

    /** A baseline waiting for the next scan: who chose it and when; both null when none waits. */
    public record Baseline(String requestedBy, java.time.Instant requestedAt) {

        static Baseline of(java.util.Optional<BaselineRequest> request) {
            return request.map(r -> new Baseline(r.getRequestedBy(), r.getRequestedAt())).orElse(new Baseline(null, null));
        }
    }

    /** The baseline waiting for the next time-limit scan (administrators). */
    @GET
    @Path("scan-baseline")
    public Baseline baseline() {
        return Baseline.of(supervision.pendingBaseline());
    }

    /**
     * The next time-limit scan is to light the never-lit matters (an imported ledger's) without notices
     * (administrators; run the scan from the jobs to carry it out at once).
     */
    @POST
    @Path("scan-baseline")
    public Baseline requestBaseline() {
        return Baseline.of(java.util.Optional.of(supervision.requestBaseline()));
    }

    /** Takes back a baseline no scan has carried out yet. */
    @DELETE
    @Path("scan-baseline")
    public Baseline withdrawBaseline() {
        supervision.withdrawBaseline();
        return Baseline.of(java.util.Optional.empty());
    }
}
