package org.projectdesk.web.project;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.logging.Logger;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.greenchannel.boundary.ExtendedServiceRecord;
import org.projectdesk.greenchannel.boundary.ExtendedServiceView;
import org.projectdesk.greenchannel.boundary.GreenChannels;
import org.projectdesk.greenchannel.boundary.ProjectEvent;
import org.projectdesk.project.entity.GreenChannelStatus;
import org.projectdesk.project.entity.ProgressNote;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.LedgerImport;
import org.projectdesk.servicefile.boundary.Ledgers;
import org.projectdesk.servicefile.boundary.ProjectFilter;
import org.projectdesk.servicefile.boundary.ProjectLists;
import org.projectdesk.security.boundary.Profile;
import org.projectdesk.web.api.DocumentLanguage;
import org.projectdesk.web.export.ListExports;
import org.projectdesk.web.export.TableFile;
import org.projectdesk.web.shell.Language;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.projectdesk.servicefile.boundary.ProjectPage;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.servicefile.boundary.TrackingStep;
import org.projectdesk.servicefile.control.LedgerLimits;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.web.api.InvalidParameter;
import org.projectdesk.web.api.JsonBodies;

/** Service files over REST: intake, list, the file, matter events, officer reassignment. */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectsResource {


    /**
     * What a ledger import takes: CSV, as documented, and nothing a form of another site could send
     * (text/plain, application/x-www-form-urlencoded, multipart/form-data): any other type is 415.
     */
    private static final String LEDGER_CSV = "text/csv";

    /** The director's reassignment: the new officer, why, and the file's version as read. */
    public record Reassignment(String officer, String reason, Long version) {
    }

    /** A category added to the plan, with the officer's reason. */
    public record PlanAddition(String categoryCode, String reason) {
    }

    /** A progress note or milestone. */
    public record ProgressEntry(java.time.LocalDate on, ProgressNote.Kind kind, String text) {
    }

    @EJB
    ServiceFiles files;

    @EJB
    ProjectLists lists;

    @EJB
    Matters matters;

    @EJB
    Ledgers ledgers;

    @EJB
    org.projectdesk.security.boundary.Logins logins;

    @EJB
    GreenChannels greenChannels;

    @EJB
    org.projectdesk.meeting.boundary.Meetings meetings;

    @Context
    UriInfo uri;

    @POST
    public Response takeIn(IntakeRequest request) {
        if (request == null) {
            throw new BadRequestException("The request needs a JSON body describing the project");
        }
        ServiceFileView file = files.takeIn(request);
        return Response.created(uri.getAbsolutePathBuilder().path(file.fileNo()).build()).entity(file).build();
    }

    @GET
    public ProjectPage list(@QueryParam("status") String status, @QueryParam("officer") String officer,
            @QueryParam("town") String town, @QueryParam("type") String type, @QueryParam("search") String search,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("greenChannel") String greenChannel, @QueryParam("light") String light,
            @QueryParam("department") String department,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        return lists.list(filter(status, officer, town, type, search, overdue, greenChannel, light, department),
                InvalidParameter.wholeNumber("page", page, 0, 1_000_000), InvalidParameter.wholeNumber("size", size, 1, 500),
                null, false);
    }

    /**
     * The list with the same filters as {@code format=csv} or {@code xlsx} ({@code department}: projects with a
     * pending matter of it), in the language asked ({@code lang}, else Chinese): names, not codes.
     */
    @GET
    @Path("export")
    @Produces({"text/csv; charset=UTF-8", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response export(@QueryParam("format") String format, @QueryParam("status") String status,
            @QueryParam("officer") String officer, @QueryParam("town") String town, @QueryParam("type") String type,
            @QueryParam("search") String search, @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("greenChannel") String greenChannel, @QueryParam("light") String light,
            @QueryParam("department") String department, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        ProjectFilter filter = filter(status, officer, town, type, search, overdue, greenChannel, light, department);
        java.util.Locale locale = DocumentLanguage.of(lang, headers);
        java.util.Map<String, String> towns = new java.util.HashMap<>();
        lists.towns().forEach(t -> towns.put(t.getCode(), Language.pick(locale, t.getName(), t.getNameEn())));
        java.util.Map<String, String> officers = new java.util.concurrent.ConcurrentHashMap<>();
        ProjectLists boundary = lists;
        return TableFile.response(TableFile.Format.of(format), new ListExports(locale).projects(
                (f, p, size) -> boundary.list(f, p, size, null, false), filter, towns::get,
                u -> u == null ? "" : officers.computeIfAbsent(u, name -> logins.profile(name).map(Profile::displayName).orElse(name))));
    }

    /** The officers' caseloads, most urgent first, as {@code format=json} (default), {@code csv} or {@code xlsx}. */
    @GET
    @Path("caseloads")
    @Produces({MediaType.APPLICATION_JSON, "text/csv; charset=UTF-8",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response caseloads(@QueryParam("format") String format, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        java.util.List<org.projectdesk.servicefile.boundary.Caseload> caseloads = lists.caseloadsByUrgency();
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return Response.ok(caseloads, MediaType.APPLICATION_JSON).build();
        }
        return TableFile.response(TableFile.Format.of(format), new ListExports(DocumentLanguage.of(lang, headers)).caseloads(caseloads));
    }

    private static ProjectFilter filter(String status, String officer, String town, String type, String search, boolean overdue,
            String greenChannel, String light, String department) {
        return new ProjectFilter(oneOf("status", status, ProjectStatus.class), officer, town,
                oneOf("type", type, ProjectType.class), search, overdue,
                oneOf("greenChannel", greenChannel, GreenChannelStatus.class), oneOf("light", light, Light.class),
                department == null || department.isBlank() ? null : department.strip());
    }

    /** The ledger (台账): one row per matter of every project, UTF-8 with a byte-order mark for Excel. */
    @GET
    @Path("ledger.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response ledger() {
        return Response.ok(ledgers.export()).header("Content-Disposition", "attachment; filename=\"ledger.csv\"").build();
    }

    /** What importing a ledger CSV (request body) would take in, or every problem by line and column; changes nothing. */
    @POST
    @Path("ledger/preview")
    @Consumes(LEDGER_CSV)
    public LedgerImport previewLedger(InputStream csv) {
        return withSpooled(csv, ledgers::preview);
    }

    /**
     * How far the caller's ledger check or import running now has come (phase, last line read, projects and
     * matters done), for a client to poll while its long request runs; 204 when none runs.
     */
    @GET
    @Path("ledger/progress")
    public Response ledgerProgress() {
        return ledgers.progress().map(Response::ok).orElseGet(Response::noContent).build();
    }

    /** Imports a ledger CSV whole, or nothing (422 when the preview would list problems). */
    @POST
    @Path("ledger")
    @Consumes(LEDGER_CSV)
    public LedgerImport importLedger(InputStream csv) {
        return withSpooled(csv, ledgers::apply);
    }

    /**
     * The body written to a file of its own, no further than one byte past the ledger's limit (enough for the
     * import to refuse it as too large), which the import reads as a stream, twice; deleted after.
     */
    private static LedgerImport withSpooled(InputStream body, Function<java.nio.file.Path, LedgerImport> use) {
        java.nio.file.Path file = null;
        try {
            file = Files.createTempFile("ledger-", ".csv");
            try (var out = Files.newOutputStream(file)) {
                long limit = LedgerLimits.configured().maxBytes() + 1;
                byte[] buffer = new byte[64 * 1024];
                long written = 0;
                int read;
                while (written < limit && (read = body.read(buffer, 0, (int) Math.min(buffer.length, limit - written))) > 0) {
                    out.write(buffer, 0, read);
                    written += read;
                }
            }
            return use.apply(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    Logger.getLogger(ProjectsResource.class.getName()).fine(() -> "Left " + e.getMessage());
                }
            }
        }
    }

    @GET
    @Path("{fileNo: [^/.]+}")
    public ServiceFileView file(@PathParam("fileNo") String fileNo) {
        return files.file(fileNo);
    }

    /**
     * A step on a matter: {@code {"type":"ACCEPT","on":"2026-06-02",...}} with the members of that step
     * ({@link MatterEvent}). An unknown type is malformed (400). A body that names no type is handed on
     * as no step, which {@link Matters#record} refuses on the field {@code type} (422) after it has
     * found the file and the matter and checked the caller's department, as it refuses any broken rule.
     */
    @POST
    @Path("{fileNo}/matters/{categoryCode}/events")
    public MatterView event(@PathParam("fileNo") String fileNo, @PathParam("categoryCode") String categoryCode,
            JsonValue body) {
        if (body == null || body == JsonValue.NULL) {
            throw new BadRequestException("The request needs a JSON body with the event's type and day");
        }
        boolean typeless = body instanceof JsonObject step && (!step.containsKey("type") || step.isNull("type"));
        return matters.record(fileNo, categoryCode, typeless ? null : JsonBodies.read(body, MatterEvent.class));
    }

    /** A step on the project: PROPOSE_, GRANT_ or REFUSE_GREEN_CHANNEL with a reason, or RECORD_LAND_HELD on a day. */
    @POST
    @Path("{fileNo}/events")
    public ServiceFileView projectEvent(@PathParam("fileNo") String fileNo, ProjectEvent event) {
        if (event == null) {
            throw new BadRequestException("The request needs a JSON body with the event's type");
        }
        greenChannels.record(fileNo, event);
        return files.file(fileNo);
    }

    /** An extended-hours or overtime service given to the project. */
    @POST
    @Path("{fileNo}/extended-services")
    public Response extendedService(@PathParam("fileNo") String fileNo, ExtendedServiceRecord service) {
        if (service == null) {
            throw new BadRequestException("The request needs the service's kind, day, department, staff and hours");
        }
        ExtendedServiceView recorded = greenChannels.recordService(fileNo, service);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(recorded.id())).build())
                .entity(recorded).build();
    }

    @POST
    @Path("{fileNo}/matters")
    public Response addToPlan(@PathParam("fileNo") String fileNo, PlanAddition addition) {
        if (addition == null || addition.categoryCode() == null) {
            throw new BadRequestException("The request needs the categoryCode to add and a reason");
        }
        MatterView added = matters.addToPlan(fileNo, addition.categoryCode(), addition.reason());
        return Response.created(uri.getAbsolutePathBuilder().path(added.categoryCode()).build()).entity(added).build();
    }

    /** After the approvals: PREPARE_TO_START, START_CONSTRUCTION, COMPLETE; or PAUSE, RESUME, WITHDRAW with a reasonCode. */
    @POST
    @Path("{fileNo}/tracking")
    public ServiceFileView track(@PathParam("fileNo") String fileNo, TrackingStep step) {
        if (step == null) {
            throw new BadRequestException("The request needs the step's type and day");
        }
        return files.track(fileNo, step);
    }

    @POST
    @Path("{fileNo}/progress")
    public ServiceFileView progress(@PathParam("fileNo") String fileNo, ProgressEntry entry) {
        if (entry == null) {
            throw new BadRequestException("The request needs the note's day and text");
        }
        return files.note(fileNo, entry.on(), entry.kind(), entry.text());
    }

    @PUT
    @Path("{fileNo}/officer")
    public ServiceFileView reassign(@PathParam("fileNo") String fileNo, Reassignment change) {
        if (change == null || change.version() == null) {
            throw new BadRequestException("The request needs the new officer, a reason and the file's version");
        }
        return files.reassign(fileNo, change.version(), change.officer(), change.reason());
    }

    /** Where the project's joint pre-review stands: its due day and the meeting reviewing it. */
    @GET
    @Path("{fileNo}/pre-review")
    public org.projectdesk.meeting.boundary.PreReview preReview(@PathParam("fileNo") String fileNo) {
        return meetings.preReview(fileNo);
    }

    /** The joint pre-review meetings of the project, soonest first. */
    @GET
    @Path("{fileNo}/meetings")
    public java.util.List<org.projectdesk.meeting.boundary.MeetingSummary> meetings(@PathParam("fileNo") String fileNo) {
        return meetings.forProject(fileNo);
    }

    static <E extends Enum<E>> E oneOf(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(parameter, "'" + value + "' must be one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
