package org.projectdesk.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
import org.projectdesk.report.control.WeeklyFigures;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.web.shell.Language;
import org.projectdesk.web.shell.Messages;
import org.projectdesk.web.shell.ScriptJson;

/**
 * The weekly progress report of one ISO week (address parameter {@code week}, last week when
 * absent): the figures with their change on the week before, charts of each department's lights and
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

    /** Chart.js: each department's red and yellow matters, stacked; the departments' names are stored text ({@link ScriptJson}). */
    public String getLightsChart() {
        if (report == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder red = Json.createArrayBuilder();
        JsonArrayBuilder yellow = Json.createArrayBuilder();
        for (WeeklyFigures.DepartmentRow d : report.figures().departments()) {
            labels.add(Language.pick(locale(), d.name(), d.nameEn()));
            red.add(d.red());
            yellow.add(d.yellow());
        }
        return ScriptJson.of(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(dataset(messages.text("report.red"), red, "#dc2626"))
                        .add(dataset(messages.text("report.yellow"), yellow, "#eab308"))))
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
        WeeklyFigures f = report.figures();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Double value : new Double[] {f.averageStatutoryDays(), f.averagePromisedDays(), f.averageElapsedDays()}) {
            values.add(value == null ? 0 : value);
        }
        return ScriptJson.of(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder().add(messages.text("report.figure.averageStatutoryDays"))
                                .add(messages.text("report.figure.averagePromisedDays"))
                                .add(messages.text("report.figure.averageElapsedDays")))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", messages.text("report.workingDays")).add("data", values)
                                .add("backgroundColor", Json.createArrayBuilder().add("#94a3b8").add("#3b82f6").add("#16a34a")))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("indexAxis", "y"))
                .build());
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", color);
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
