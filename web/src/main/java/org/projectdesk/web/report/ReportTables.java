package org.projectdesk.web.report;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.projectdesk.acceptance.boundary.AcceptanceFiguresView;
import org.projectdesk.report.control.WeeklyFigures;
import org.projectdesk.web.shell.Language;

/**
 * The report laid out as tables of text, in the reader's language: the one layout the page's
 * exports share (CSV, XLSX, PDF), so that they say the same thing.
 */
public final class ReportTables {

    /** The messages bundle the report is written from, in every language and layout. */
    static final String BUNDLE = "org.projectdesk.web.i18n.messages";

    /** A titled table: its header and rows of cells. */
    public record Table(String title, List<String> header, List<List<String>> rows) {
    }

    private final ResourceBundle text;
    private final Locale locale;

    public ReportTables(Locale locale) {
        this.locale = locale;
        this.text = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public String title(WeeklyFigures f) {
        return format("report.title", f.week(), f.from(), f.to());
    }

    /** The heading of the paragraph a leader reads first ({@link ReportBrief}), where a file names it. */
    public String briefTitle() {
        return text.getString("report.brief.title");
    }

    /** The tables in order; a report kept before the acceptance figures were reported has no acceptance tables. */
    public List<Table> tables(WeeklyFigures f) {
        return f.acceptance() == null ? List.of(summary(f), towns(f), greenChannel(f), departments(f), projects(f))
                : List.of(summary(f), towns(f), greenChannel(f), departments(f), acceptance(f), acceptanceDepartments(f),
                        projects(f));
    }

    /**
     * 各区镇: each town's figures as the report gives them to the reader (a town's staff its own row), then the
     * city's total; a report kept before the towns were reported says so in its title and has no rows.
     */
    public Table towns(WeeklyFigures f) {
        List<String> header = List.of(text.getString("report.town"), text.getString("report.town.projects"),
                text.getString("report.town.investmentYi"), text.getString("report.town.inApproval"),
                text.getString("report.town.started"), text.getString("report.red"), text.getString("report.town.referrals"));
        if (f.towns() == null) {
            return new Table(text.getString("report.townsNotKept"), header, List.of());
        }
        List<List<String>> rows = new ArrayList<>();
        f.towns().forEach(t -> rows.add(townRow(Language.pick(locale, t.name(), t.nameEn()), t)));
        if (f.townsTotal() != null) {
            rows.add(townRow(text.getString("report.town.total"), f.townsTotal()));
        }
        return new Table(text.getString("report.towns"), header, rows);
    }

    private static List<String> townRow(String name, WeeklyFigures.TownRow t) {
        return List.of(name, String.valueOf(t.projects()), plain(t.investmentYi()), String.valueOf(t.inApproval()),
                String.valueOf(t.started()), String.valueOf(t.red()), String.valueOf(t.referrals()));
    }

    /** 联合竣工验收: the office's acceptance figures this week and last week, and each one's change. */
    public Table acceptance(WeeklyFigures f) {
        WeeklyFigures.AcceptanceWeek a = f.acceptance();
        Map<String, Number> before = a.lastWeek() == null ? Map.of() : a.lastWeek().figures();
        List<List<String>> rows = new ArrayList<>();
        if (a.thisWeek() != null) {
            a.thisWeek().figures().forEach((name, value) -> {
                Number change = a.changes() == null ? null : a.changes().get(name);
                rows.add(List.of(text.getString("acceptanceFigures.figure." + name), figure(name, value),
                        a.lastWeek() == null ? "" : figure(name, before.get(name)), change == null ? "" : signed(change)));
            });
        }
        return new Table(text.getString("report.acceptance"), List.of(text.getString("report.figure"),
                text.getString("report.thisWeek"), text.getString("report.lastWeek"), text.getString("report.change")), rows);
    }

    /** Each department's acceptance figures of the week. */
    public Table acceptanceDepartments(WeeklyFigures f) {
        List<String> header = new ArrayList<>();
        header.add(text.getString("report.department"));
        AcceptanceFiguresView.FIGURES.forEach(name -> header.add(text.getString("acceptanceFigures.figure." + name)));
        List<List<String>> rows = new ArrayList<>();
        for (AcceptanceFiguresView.Row d : f.acceptance().departments()) {
            List<String> row = new ArrayList<>();
            row.add(Language.pick(locale, d.name(), d.nameEn()));
            d.figures().forEach((name, value) -> row.add(figure(name, value)));
            rows.add(row);
        }
        return new Table(text.getString("report.acceptanceDepartments"), header, rows);
    }

    /** An acceptance figure as written: a rate with its percent sign, nothing to count as a dash. */
    public static String figure(String name, Number value) {
        return value == null ? "—" : plain(value) + (name.endsWith("Rate") ? "%" : "");
    }

    public Table summary(WeeklyFigures f) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, Number> changes = f.changes();
        f.counts().forEach((name, value) -> rows.add(List.of(text.getString("report.figure." + name), plain(value),
                changes == null || changes.get(name) == null ? "" : signed(changes.get(name)))));
        rows.add(List.of(text.getString("report.figure.averageStatutoryDays"), plain(f.averageStatutoryDays()), ""));
        rows.add(List.of(text.getString("report.figure.averagePromisedDays"), plain(f.averagePromisedDays()), ""));
        rows.add(List.of(text.getString("report.figure.averageElapsedDays"), plain(f.averageElapsedDays()), ""));
        return new Table(text.getString("report.summary"), List.of(text.getString("report.figure"),
                text.getString("report.thisWeek"), text.getString("report.change")), rows);
    }

    public Table greenChannel(WeeklyFigures f) {
        String title = f.greenChannelTotal() > f.greenChannel().size()
                ? format("report.greenChannelLongest", f.greenChannel().size(), f.greenChannelTotal())
                : text.getString("report.greenChannel");
        return new Table(title, List.of(text.getString("report.fileNo"),
                text.getString("report.project"), text.getString("report.elapsedDays"), text.getString("report.window"),
                text.getString("report.state")),
                f.greenChannel().stream().map(g -> List.of(g.fileNo(), g.name(), String.valueOf(g.elapsedDays()),
                        g.windowFrom() + "–" + g.windowTo(), text.getString("report.green." + g.state()))).toList());
    }

    public Table departments(WeeklyFigures f) {
        return new Table(text.getString("report.departments"), List.of(text.getString("report.department"),
                text.getString("report.decided"), text.getString("report.onTime"), text.getString("report.onTimeRate"),
                text.getString("report.red"), text.getString("report.yellow")),
                f.departments().stream().map(d -> List.of(Language.pick(locale, d.name(), d.nameEn()), String.valueOf(d.decided()),
                        String.valueOf(d.onTime()), d.onTimeRate() == null ? "—" : plain(d.onTimeRate()) + "%",
                        String.valueOf(d.red()), String.valueOf(d.yellow()))).toList());
    }

    public Table projects(WeeklyFigures f) {
        String title = f.projectsTotal() > f.projects().size()
                ? format("report.projectsRiskiest", f.projects().size(), f.projectsTotal()) : text.getString("report.projects");
        return new Table(title, List.of(text.getString("report.fileNo"),
                text.getString("report.project"), text.getString("report.officer"), text.getString("report.stage"),
                text.getString("report.approvedOfTotal"), text.getString("report.red"), text.getString("report.yellow"),
                text.getString("report.statutoryDays"), text.getString("report.promisedDays"),
                text.getString("report.elapsedDays")),
                f.projects().stream().map(p -> List.of(p.fileNo(), p.name(), p.officer() == null ? "" : p.officer(),
                        text.getString("report.stage." + p.stage()), p.approved() + "/" + p.total(), String.valueOf(p.red()),
                        String.valueOf(p.yellow()), String.valueOf(p.statutoryDays()), String.valueOf(p.promisedDays()),
                        p.elapsedDays() == null ? "—" : String.valueOf(p.elapsedDays()))).toList());
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(text.getString(key), locale).format(arguments);
    }

    private static String plain(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof java.math.BigDecimal b) {
            return b.toPlainString();
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
        }
        return value.toString();
    }

    /** A week-over-week change as written: +3, -1, 0. */
    public static String signed(Number change) {
        java.math.BigDecimal value = new java.math.BigDecimal(change.toString());
        return (value.signum() > 0 ? "+" : "") + value.stripTrailingZeros().toPlainString();
    }
}
