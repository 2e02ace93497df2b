package org.projectdesk.web.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.projectdesk.servicefile.boundary.Caseload;
import org.projectdesk.servicefile.boundary.ProjectFilter;
import org.projectdesk.servicefile.boundary.ProjectPage;
import org.projectdesk.servicefile.boundary.ProjectSummary;
import org.projectdesk.supervision.boundary.Board;
import org.projectdesk.supervision.boundary.BoardMatter;
import org.projectdesk.web.shell.Language;
import org.projectdesk.web.shell.Messages;

/**
 * The project list, the board's matters, departments and towns, and the caseloads as tables to download, with the filters the
 * page has, in the reader's language: headings from the page's bundle, names people read (towns, officers,
 * departments), states and lights in words, never codes. The rows are read a page at a time, up to
 * {@link TableFile#MAX_ROWS}.
 */
public final class ListExports {

    private static final int PAGE = 1000;

    /** Reads one page of a list: page number, page size. */
    @FunctionalInterface
    public interface Pages<T> extends java.io.Serializable {
        List<T> page(int page, int size);
    }

    private final ResourceBundle text;
    private final Locale locale;

    public ListExports(Locale locale) {
        this.locale = locale;
        this.text = ResourceBundle.getBundle(Messages.BUNDLE, locale);
    }

    /**
     * The projects the filter keeps, as the list shows them; {@code townName} and {@code officerName} name the
     * towns (code to name in this language) and the officers (login to display name).
     */
    public TableFile.Table projects(ProjectListReader lists, ProjectFilter filter, UnaryOperator<String> townName,
            UnaryOperator<String> officerName) {
        List<String> header = headings("projects.fileNo", "projects.name", "projects.enterprise", "intake.type", "projects.status",
                "projects.officer", "projects.town", "projects.investment", "projects.intakeOn", "projects.nextDue", "file.light",
                "projects.green");
        Pages<ProjectSummary> pages = (page, size) -> lists.list(filter, page, size).items();
        return new TableFile.Table("projects", text.getString("projects.title"), header, all(pages, p -> Arrays.asList(
                p.fileNo(), p.name(), p.enterprise().name(), word("projectType.", p.type()), word("projectStatus.", p.status()),
                officerName.apply(p.officer()), orCode(townName.apply(p.town()), p.town()), p.investment(),
                text(p.intakeOn()), text(p.nextDueOn()), word("light.", p.light()), word("greenChannel.", p.greenChannel()))));
    }

    /** The matters behind a count of the board (or an officer's caseload), most urgent first. */
    public TableFile.Table matters(String baseName, Pages<BoardMatter> pages) {
        List<String> header = headings("projects.fileNo", "projects.name", "board.matter", "board.department", "projects.officer",
                "file.light", "board.remaining", "board.dueOn", "board.overdue", "board.statutory", "board.order");
        String yes = text.getString("board.yes");
        return new TableFile.Table(baseName, text.getString("board.title"), header, all(pages, m -> Arrays.asList(
                m.fileNo(), m.projectName(), m.categoryCode() + " " + m.categoryName(),
                Language.pick(locale, m.departmentName(), m.departmentNameEn()), m.officerName(), word("light.", m.light()),
                m.remainingWorkingDays(), text(m.dueOn()), m.isOverdue() ? yes : "", m.statutoryOverdue() ? yes : "",
                m.orderNote())));
    }

    /** The officers' caseloads, most urgent first. */
    public TableFile.Table caseloads(List<Caseload> caseloads) {
        List<String> header = headings("projects.officer", "caseload.open", "light.RED", "light.YELLOW", "board.overdue",
                "projects.nextDue");
        return new TableFile.Table("caseloads", text.getString("caseload.officers"), header, row -> caseloads.forEach(c ->
                row.accept(Arrays.asList(c.displayName(), c.openProjects(), c.red(), c.yellow(), c.overdue(),
                        text(c.nextDueOn())))));
    }

    /**
     * The board's department table for its period: each department's running, yellow and red matters now, those
     * decided in the period and the share on time (a percentage, empty where none was decided), the extended-hours
     * services and their hours, the overdue problems. The file is named after the period.
     */
    public TableFile.Table departments(Board board) {
        List<String> header = headings("board.department", "board.running", "light.YELLOW", "light.RED", "board.decided",
                "board.onTimeRatePercent", "board.servicesCount", "board.serviceHours", "board.overdueProblems");
        return new TableFile.Table("board-departments-" + board.from() + "-" + board.to(), text.getString("board.departments"),
                header, row -> board.departments().forEach(d -> row.accept(Arrays.asList(
                        Language.pick(locale, d.name(), d.nameEn()), d.running(), d.yellow(), d.red(), d.decided(),
                        d.onTimeRate() == null ? null : BigDecimal.valueOf(d.onTimeRate() * 100).setScale(1, RoundingMode.HALF_UP),
                        d.services(), d.serviceHours(), d.overdueProblems()))));
    }

    /**
     * The board's town table as the page shows it (today's figures, referrals in the board's period), each town the
     * reader may see, then the city's total. The file is named after the period.
     */
    public TableFile.Table towns(Board board) {
        List<String> header = headings("report.town", "report.town.projects", "report.town.investmentYi",
                "report.town.inApproval", "report.town.started", "light.RED", "report.town.referrals");
        return new TableFile.Table("board-towns-" + board.from() + "-" + board.to(), text.getString("board.towns"), header, row -> {
            board.towns().forEach(t -> row.accept(town(Language.pick(locale, t.name(), t.nameEn()), t)));
            if (board.townsTotal() != null) {
                row.accept(town(text.getString("report.town.total"), board.townsTotal()));
            }
        });
    }

    private static List<?> town(String name, Board.TownRow t) {
        return Arrays.asList(name, t.projects(), t.investmentYi(), t.inApproval(), t.started(), t.red(), t.referrals());
    }

    /** What the export reads the project list through: the boundary, as the page and the API call it. */
    @FunctionalInterface
    public interface ProjectListReader extends java.io.Serializable {
        ProjectPage list(ProjectFilter filter, int page, int size);
    }

    /**
     * The first page is read at once, while the answer can still be an error: a caller the boundary refuses gets 403,
     * not a 200 whose rows stop after the header once streaming has begun.
     */
    private <T> TableFile.Rows all(Pages<T> pages, Function<T, List<?>> cells) {
        List<T> first = pages.page(0, PAGE);
        return row -> {
            List<T> items = first;
            for (int page = 0; ; items = pages.page(page, PAGE)) {
                items.forEach(item -> row.accept(cells.apply(item)));
                if (items.size() < PAGE || ++page * PAGE >= TableFile.MAX_ROWS) {
                    return;
                }
            }
        };
    }

    private List<String> headings(String... keys) {
        List<String> header = new ArrayList<>();
        for (String key : keys) {
            header.add(text.getString(key));
        }
        return header;
    }

    private String word(String prefix, Enum<?> code) {
        return code == null ? "" : text.getString(prefix + code.name());
    }

    private static String orCode(String name, String code) {
        return name == null ? code : name;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
