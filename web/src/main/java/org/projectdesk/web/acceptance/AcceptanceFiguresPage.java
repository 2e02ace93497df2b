package org.projectdesk.web.acceptance;

import jakarta.annotation.PostConstruct;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.projectdesk.acceptance.boundary.AcceptanceFigures;
import org.projectdesk.acceptance.boundary.AcceptanceFiguresView;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.web.report.ReportTables;
import org.projectdesk.web.shell.Language;
import org.projectdesk.web.shell.Messages;
import org.projectdesk.web.shell.ScriptJson;

/**
 * The joint completion acceptance figures of a period (this year so far at first): the office's total and
 * each department's line, and a chart of the cases applied and passed by department. What the caller
 * sees (a department window its own line, a town its town's cases) is the boundary's decision.
 */
@Named
@ViewScoped
public class AcceptanceFiguresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AcceptanceFigures acceptanceFigures;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private AcceptanceFiguresView figures;

    @PostConstruct
    void load() {
        to = LocalDate.now(clock);
        from = to.withDayOfYear(1);
        refresh();
    }

    public void refresh() {
        try {
            figures = acceptanceFigures.figures(from, to);
        } catch (RuleViolation e) {
            figures = null;
            String text = e.message(locale());
            faces.addMessage(e.field() == null ? null : "figures:" + e.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    /** The lines of the table: the office's total first (when the caller sees it), then each department's. */
    public List<AcceptanceFiguresView.Row> getRows() {
        List<AcceptanceFiguresView.Row> rows = new ArrayList<>();
        if (figures != null) {
            if (figures.total() != null) {
                rows.add(figures.total());
            }
            rows.addAll(figures.departments());
        }
        return rows;
    }

    /** A line's name in the reader's language. */
    public String name(AcceptanceFiguresView.Row row) {
        return row.departmentCode() == null ? messages.text("acceptanceFigures.total")
                : Language.pick(locale(), row.name(), row.nameEn());
    }

    /** A figure as the weekly report writes it (a rate with %, nothing to count as a dash). */
    public String figure(AcceptanceFiguresView.Row row, String name) {
        return ReportTables.figure(name, row.figures().get(name));
    }

    public List<String> getFigureNames() {
        return AcceptanceFiguresView.FIGURES;
    }

    /** Chart.js: each department's cases applied and passed; the departments' names are stored text ({@link ScriptJson}). */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder applied = Json.createArrayBuilder();
        JsonArrayBuilder passed = Json.createArrayBuilder();
        if (figures != null) {
            for (AcceptanceFiguresView.Row d : figures.departments()) {
                labels.add(Language.pick(locale(), d.name(), d.nameEn()));
                applied.add(d.applied());
                passed.add(d.passed());
            }
        }
        return ScriptJson.of(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", messages.text("acceptanceFigures.figure.applied"))
                                .add("data", applied).add("backgroundColor", "#3b82f6"))
                        .add(Json.createObjectBuilder().add("label", messages.text("acceptanceFigures.figure.passed"))
                                .add("data", passed).add("backgroundColor", "#16a34a"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build());
    }

    public String getAsOf() {
        return figures == null ? "" : messages.format("acceptanceFigures.asOf", figures.asOf().toString());
    }

    private Locale locale() {
        return faces.getViewRoot().getLocale();
    }

    public AcceptanceFiguresView getFigures() {
        return figures;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
