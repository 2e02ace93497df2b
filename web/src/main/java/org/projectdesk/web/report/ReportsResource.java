package org.projectdesk.web.report;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import java.util.List;
import org.projectdesk.report.boundary.ReportSummary;
import org.projectdesk.report.boundary.WeeklyReportView;
import org.projectdesk.report.boundary.WeeklyReports;
import org.projectdesk.web.api.DocumentLanguage;
import org.projectdesk.web.api.InvalidParameter;

/**
 * The leadership's weekly reports over REST (LEADER, DIRECTOR): the history, a week's figures as
 * JSON (Last-Modified: when the report was made; the week in progress is not cached), and its
 * CSV, XLSX and PDF. {@code ?town=CODE} gives one town's row of the towns table and its projects (a
 * town's staff always gets its own; another town's is 404).
 */
@Path("reports/weekly")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    WeeklyReports reports;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @GET
    public List<ReportSummary> history(@QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("52") String size) {
        return reports.history(InvalidParameter.wholeNumber("page", page, 0, 100_000),
                InvalidParameter.wholeNumber("size", size, 1, 520));
    }

    @GET
    @Path("{week}")
    public Response week(@PathParam("week") String week, @QueryParam("town") String town) {
        WeeklyReportView report = reports.report(week, town);
        return dated(Response.ok(report.figures()), report).build();
    }

    @GET
    @Path("{week}/csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("week") String week, @QueryParam("lang") String lang,
            @QueryParam("town") String town) {
        WeeklyReportView report = reports.report(week, town);
        return download(ReportCsv.of(report.figures(), DocumentLanguage.of(lang, headers)), report, "csv");
    }

    @GET
    @Path("{week}/xlsx")
    @Produces(XLSX)
    public Response xlsx(@PathParam("week") String week, @QueryParam("lang") String lang,
            @QueryParam("town") String town) {
        WeeklyReportView report = reports.report(week, town);
        return download(ReportXlsx.of(report.figures(), DocumentLanguage.of(lang, headers)), report, "xlsx");
    }

    @GET
    @Path("{week}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("week") String week, @QueryParam("lang") String lang,
            @QueryParam("town") String town) {
        WeeklyReportView report = reports.report(week, town);
        return download(ReportPdf.of(report.figures(), DocumentLanguage.of(lang, headers)), report, "pdf");
    }

    private static Response download(byte[] body, WeeklyReportView report, String extension) {
        return dated(Response.ok(body), report)
                .header("Content-Disposition", "attachment; filename=\"weekly-report-" + report.figures().week() + "."
                        + extension + "\"").build();
    }

    private static Response.ResponseBuilder dated(Response.ResponseBuilder response, WeeklyReportView report) {
        if (!report.stored()) {
            CacheControl none = new CacheControl();
            none.setNoStore(true);
            return response.cacheControl(none);
        }
        return response.lastModified(Date.from(report.generatedAt()));
    }
}
