package org.projectdesk.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.projectdesk.report.boundary.ReportSummary;
import org.projectdesk.report.boundary.WeeklyReportView;
import org.projectdesk.report.boundary.WeeklyReports;
import org.projectdesk.report.control.IsoWeek;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.web.shell.Language;
import org.projectdesk.web.shell.Messages;
import org.projectdesk.web.shell.ScriptJson;

/**
 * The weekly progress report of one ISO week (address parameter {@code week}, last week when
 * absent): the paragraph a leader reads first, the figures with their change on the week before, charts of each department's lights and
 * of the time compression, the tables, the downloads, and the history of the reports made.
 */
@Named
@ViewScoped
public class WeeklyReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    WeeklyReports reports;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private String week;
    private WeeklyReportView report;
    private List<ReportSummary> history;
    private List<ReportTables.Table> tables;
    private String title;
    private String brief;
    /** The language the tables were laid out in: the view's, known only when it renders. */
    private Locale laidOutIn;

    public void load() {
        if (week == null || week.isBlank()) {
            week = IsoWeek.of(LocalDate.now(clock)).previous().toString();
        }
        try {
            report = reports.report(week);
        } catch (RuleViolation e) {
            report = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(locale()), null));
        }
        history = reports.history(0, 52);
        laidOutIn = null;
    }

    private void layOut() {
        if (!locale().equals(laidOutIn)) {
            ReportTables layout = new ReportTables(locale());
            tables = report == null ? List.of() : layout.tables(report.figures());
            title = report == null ? messages.text("report.page") : layout.title(report.figures());
            brief = report == null ? null : new ReportBrief(locale()).of(report.figures());
            laidOutIn = locale();
        }
    }

    public String getThisWeek() {
        return IsoWeek.of(LocalDate.now(clock)).toString();
    }

    public String getPreviousWeek() {
        return report == null ? null : IsoWeek.parse(report.figures().week()).previous().toString();
    }

    public String getNextWeek() {
        if (report == null) {
            return null;
        }
        IsoWeek next = IsoWeek.of(IsoWeek.parse(report.figures().week()).sunday().plusDays(1));
        return next.monday().isAfter(LocalDate.now(clock)) ? null : next.toString();
    }

    /** The tables of the report, laid out once per view. */
    public List<ReportTables.Table> getTables() {
        layOut();
        return tables;
    }

    public String getTitle() {
        layOut();
        return title;
    }

    /** The paragraph a leader reads first ({@link ReportBrief}). */
    public String getBrief() {
        layOut();
        return brief;
    }

    /** Chart.js: each department's red and yellow matters, stacked; the departments' names are stored text ({@link ScriptJson}). */
    public String getLightsChart() {
        if (report == null) {
            return "{}";
        }
        return ScriptJson.of(Json.createObjectBuilder().add("type", "bar")
                .add("data", data(new ReportCharts(locale()).lights(report.figures())))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build());
    }

    /** Chart.js: average serial statutory and promised limits against the working days actually taken. */
    public String getCompressionChart() {
        if (report == null) {
            return "{}";
        }
        return ScriptJson.of(Json.createObjectBuilder().add("type", "bar")
                .add("data", data(new ReportCharts(locale()).compression(report.figures())))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("indexAxis", "y"))
                .build());
    }

    /** A chart's labels and datasets as Chart.js takes them; a value the report has none of as 0. */
    private static JsonObjectBuilder data(ReportCharts.Chart chart) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (ReportCharts.Series series : chart.series()) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            series.values().forEach(v -> values.add(v == null ? 0 : v));
            JsonArrayBuilder colors = Json.createArrayBuilder();
            series.colors().forEach(colors::add);
            datasets.add(Json.createObjectBuilder().add("label", series.name()).add("data", values)
                    .add("backgroundColor", series.colors().size() == 1 ? Json.createValue(series.colors().get(0)) : colors.build()));
        }
        return Json.createObjectBuilder().add("labels", Json.createArrayBuilder(chart.labels())).add("datasets", datasets);
    }

    /** The week's counts with their changes, for the figure cards. */
    public List<Map.Entry<String, Number>> getCounts() {
        return report == null ? List.of() : List.copyOf(report.figures().counts().entrySet());
    }

    public String change(String name) {
        Number change = report == null || report.figures().changes() == null ? null : report.figures().changes().get(name);
        return change == null ? "" : ReportTables.signed(change);
    }

    public String getLanguage() {
        return Language.tag(locale());
    }

    private Locale locale() {
        return faces.getViewRoot().getLocale();
    }

    public String getWeek() { return week; }
    public void setWeek(String week) { this.week = week; }
    public WeeklyReportView getReport() { return report; }
    public List<ReportSummary> getHistory() { return history; }
}
