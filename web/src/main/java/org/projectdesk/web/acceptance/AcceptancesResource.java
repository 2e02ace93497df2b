package org.projectdesk.web.acceptance;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.projectdesk.acceptance.boundary.AcceptanceFilter;
import org.projectdesk.acceptance.boundary.AcceptancePage;
import org.projectdesk.acceptance.boundary.AcceptanceView;
import org.projectdesk.acceptance.boundary.Acceptances;
import org.projectdesk.acceptance.boundary.InspectionTime;
import org.projectdesk.acceptance.boundary.PledgeRecord;
import org.projectdesk.acceptance.boundary.VerdictRecord;
import org.projectdesk.acceptance.entity.AcceptanceStatus;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.meeting.control.MeetingInvite;
import org.projectdesk.web.api.DocumentLanguage;
import org.projectdesk.web.api.InvalidParameter;
import org.projectdesk.web.api.Problem;
import org.projectdesk.web.shell.Language;

/**
 * Joint completion acceptances over REST: the list and one case, each step of its life (the
 * pre-review and the site inspections as meetings, materials received, a department's signed
 * verdict, pledges, findings put right, the opinion, withdrawal) and its three printed documents.
 * Who may take which step, and who sees which case (another party's is 404), the boundary decides;
 * a broken rule is 422 naming its field, a stale {@code version} 409. The application itself is
 * posted on the project ({@link ProjectAcceptancesResource}).
 */
@Path("acceptances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AcceptancesResource {

    /** A pre-review meeting or a site inspection: when (YYYY-MM-DDTHH:MM, office time), until when, where; the case's version as read. */
    public record Meeting(LocalDateTime startsAt, LocalDateTime endsAt, String place, Long version) {
    }

    /** The day something happened (a material received, a pledge kept); today when left out. */
    public record Day(LocalDate on) {
    }

    /** A finding reported put right: what was done, and on which day (today when left out). */
    public record Done(String note, LocalDate on) {
    }

    /** The joint opinion's day (today when left out) and the case's version as read. */
    public record Opinion(LocalDate on, Long version) {
    }

    public record Withdrawal(String reason, LocalDate on, Long version) {
    }

    @EJB
    Acceptances acceptances;

    @EJB
    Catalogue catalogue;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    /** The cases the caller may see, newest application first; {@code department} and {@code town} by code. */
    @GET
    public AcceptancePage list(@QueryParam("status") String status, @QueryParam("department") String department,
            @QueryParam("town") String town, @QueryParam("fileNo") String fileNo,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        return acceptances.list(new AcceptanceFilter(InvalidParameter.oneOf("status", status, AcceptanceStatus.class, true),
                        department, town, fileNo),
                InvalidParameter.wholeNumber("page", page, 0, 1_000_000), InvalidParameter.wholeNumber("size", size, 1, 500));
    }

    @GET
    @Path("{id}")
    public AcceptanceView acceptance(@PathParam("id") long id) {
        return acceptances.acceptance(id);
    }

    /** Schedules the joint acceptance group's pre-review meeting; held when that meeting is closed. */
    @POST
    @Path("{id}/pre-review")
    public AcceptanceView preReview(@PathParam("id") long id, Meeting body) {
        return acceptances.schedulePreReview(id, required(body).version(), time(body));
    }

    /** Schedules the joint site inspection, or the re-inspection of the failed items once every finding is reported put right. */
    @POST
    @Path("{id}/inspection")
    public AcceptanceView inspection(@PathParam("id") long id, Meeting body) {
        return acceptances.scheduleInspection(id, required(body).version(), time(body));
    }

    @POST
    @Path("{id}/materials/{materialId}/received")
    public AcceptanceView materialReceived(@PathParam("id") long id, @PathParam("materialId") long materialId, Day body) {
        return acceptances.receiveMaterial(id, materialId, required(body).on());
    }

    /** A department's window signs its verdict on one of its own items. */
    @POST
    @Path("{id}/items/{code}/verdict")
    public AcceptanceView verdict(@PathParam("id") long id, @PathParam("code") String code, VerdictRecord body) {
        return acceptances.recordVerdict(id, code, required(body));
    }

    /**
     * A written pledge, by the builder or the town: 201, as it is a new signed record, with the whole
     * case (the pledge under {@code pledges}, with its id); a pledge has no address of its own.
     */
    @POST
    @Path("{id}/pledges")
    public Response pledge(@PathParam("id") long id, PledgeRecord body) {
        return Response.status(Response.Status.CREATED).entity(acceptances.pledge(id, required(body))).build();
    }

    @POST
    @Path("{id}/pledges/{pledgeId}/fulfilled")
    public AcceptanceView pledgeFulfilled(@PathParam("id") long id, @PathParam("pledgeId") long pledgeId, Day body) {
        return acceptances.fulfilPledge(id, pledgeId, required(body).on());
    }

    @POST
    @Path("{id}/findings/{findingId}/done")
    public AcceptanceView findingDone(@PathParam("id") long id, @PathParam("findingId") long findingId, Done body) {
        return acceptances.reportDone(id, findingId, required(body).note(), body.on());
    }

    @POST
    @Path("{id}/opinion")
    public AcceptanceView opinion(@PathParam("id") long id, Opinion body) {
        return acceptances.issueOpinion(id, required(body).version(), body.on());
    }

    @POST
    @Path("{id}/withdrawal")
    public AcceptanceView withdraw(@PathParam("id") long id, Withdrawal body) {
        return acceptances.withdraw(id, required(body).version(), body.reason(), body.on());
    }

    /** The one combined form as it stands, to print and sign on site; Chinese unless {@code lang=en}. */
    @GET
    @Path("{id}/form.pdf")
    @Produces("application/pdf")
    public Response form(@PathParam("id") long id, @QueryParam("lang") String lang) {
        AcceptancePdf pdf = pdf(acceptances.acceptance(id), lang);
        return download(pdf.form(LocalDate.now(clock)), "acceptance-" + id + "-form.pdf");
    }

    /**
     * 限期整改通知书 of the current round; 422 (naming {@code findings}) while the round has no open
     * rectification finding, as for any step the case's state does not allow.
     */
    @GET
    @Path("{id}/rectification-notice.pdf")
    @Produces("application/pdf")
    public Response rectificationNotice(@PathParam("id") long id, @QueryParam("lang") String lang) {
        AcceptanceView acceptance = acceptances.acceptance(id);
        AcceptancePdf pdf = pdf(acceptance, lang);
        if (pdf.noticeFindings().isEmpty()) {
            return refusal(acceptance, "findings", "acceptance.pdf.noFindings");
        }
        return download(pdf.rectificationNotice(LocalDate.now(clock)), "acceptance-" + id + "-rectification-notice.pdf");
    }

    /** 联合验收意见书; 422 (naming {@code opinionNo}) before the opinion is issued. */
    @GET
    @Path("{id}/opinion.pdf")
    @Produces("application/pdf")
    public Response opinionPdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
        AcceptanceView acceptance = acceptances.acceptance(id);
        if (acceptance.opinionNo() == null) {
            return refusal(acceptance, "opinionNo", "acceptance.pdf.noOpinion");
        }
        return download(pdf(acceptance, lang).opinion(), "acceptance-" + id + "-opinion.pdf");
    }

    private AcceptancePdf pdf(AcceptanceView acceptance, String lang) {
        Locale locale = DocumentLanguage.of(lang, headers);
        Map<String, String> names = catalogue.departments().stream().collect(Collectors.toMap(DepartmentView::code,
                d -> Language.pick(locale, d.name(), d.nameEn())));
        return new AcceptancePdf(acceptance, code -> names.getOrDefault(code, code), MeetingInvite.OFFICE_TIME, locale);
    }

    /** 422 in the caller's language (as the problem mappers answer a broken rule: Chinese when asked for, else English). */
    private Response refusal(AcceptanceView acceptance, String field, String key) {
        boolean chinese = headers.getAcceptableLanguages().stream().findFirst().map(l -> l.getLanguage().equals("zh"))
                .orElse(false);
        AcceptancePdf words = new AcceptancePdf(acceptance, code -> code, MeetingInvite.OFFICE_TIME,
                chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        String message = words.format(key, words.status());
        return Problem.response(Problem.UNPROCESSABLE, message, List.of(new Problem.FieldError(field, message)));
    }

    private static Response download(byte[] pdf, String fileName) {
        return Response.ok(pdf).header("Content-Disposition", "inline; filename=\"" + fileName + "\"").build();
    }

    private static InspectionTime time(Meeting body) {
        return new InspectionTime(body.startsAt(), body.endsAt(), body.place());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("The request needs a JSON body");
        }
        return body;
    }
}
