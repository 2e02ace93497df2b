package org.projectdesk.web.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.supervision.boundary.Board;
import org.projectdesk.supervision.boundary.BoardMatter;
import org.projectdesk.supervision.boundary.Supervision;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.web.export.ListExports;
import org.projectdesk.web.export.TableFile;
import org.projectdesk.web.security.CurrentUser;
import org.projectdesk.web.shell.Messages;

/**
 * The supervision board: lights now, the red and yellow matters, each department's on-time rate for a
 * period. A count opens the matters behind it (paged, most urgent first, with the names people read),
 * which download as CSV or XLSX, as do the department and town tables for the period; the director issues a supervision order (督办) on a red or yellow one.
 */
@Named
@ViewScoped
public class BoardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @EJB
    Supervision supervision;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private LocalDate from;
    private LocalDate to;
    private Board board;
    private List<BoardMatter> red;
    private List<BoardMatter> yellow;
    private BoardMatter.Criteria drilled;
    private final LazyDataModel<BoardMatter> drill = new Rows();
    private String orderFileNo;
    private String orderCategory;
    private String orderNote;

    @PostConstruct
    void load() {
        if (to == null) {
            to = LocalDate.now(clock);
            from = to.withDayOfMonth(1);
        }
        board = supervision.board(from, to.isBefore(from) ? from : to);
        red = supervision.matters(new BoardMatter.Criteria(Light.RED, false, null, null), 0, SHOWN).items();
        yellow = supervision.matters(new BoardMatter.Criteria(Light.YELLOW, false, null, null), 0, SHOWN).items();
    }

    public void refresh() {
        load();
    }

    /**
     * Opens the matters behind a count: of a light (null: every running matter), past the statutory limit, of a
     * department (null: every department's).
     */
    public void drill(Light light, boolean statutory, String department) {
        drilled = new BoardMatter.Criteria(light, statutory, department, null);
    }

    public void closeDrill() {
        drilled = null;
    }

    /** What the list behind a count holds, in words: the department, the light or the statutory limit. */
    public String getDrillTitle() {
        if (drilled == null) {
            return "";
        }
        String what = drilled.statutoryOnly() ? messages.text("board.statutory")
                : drilled.light() == null ? messages.text("board.running") : messages.text("light." + drilled.light());
        String department = drilled.department() == null ? messages.text("board.allDepartments")
                : board.departments().stream().filter(d -> d.code().equals(drilled.department())).findFirst()
                        .map(d -> org.projectdesk.web.shell.Language.pick(faces.getViewRoot().getLocale(), d.name(), d.nameEn()))
                        .orElse(drilled.department());
        return messages.format("board.drillTitle", department, what);
    }

    /** The matters behind the count opened (or the red ones when none is), filters applied, as CSV. */
    public StreamedContent exportCsv() {
        return exportAs(TableFile.Format.CSV);
    }

    /** The matters behind the count opened (or the red ones when none is), filters applied, as an Excel workbook. */
    public StreamedContent exportXlsx() {
        return exportAs(TableFile.Format.XLSX);
    }

    private StreamedContent exportAs(TableFile.Format format) {
        BoardMatter.Criteria criteria = drilled == null ? new BoardMatter.Criteria(Light.RED, false, null, null) : drilled;
        Supervision boundary = supervision;
        return TableFile.download(format, exports().matters("board",
                (page, size) -> boundary.matters(criteria, page, size).items()));
    }

    /** The department table for the period chosen, as {@code format} (csv or xlsx). */
    public StreamedContent exportDepartments(String format) {
        return TableFile.download(TableFile.Format.of(format), exports().departments(chosenPeriod()));
    }

    /** The town table (the reader's own town only, for a town's staff) for the period chosen, as {@code format}. */
    public StreamedContent exportTowns(String format) {
        return TableFile.download(TableFile.Format.of(format), exports().towns(chosenPeriod()));
    }

    /** The board for the dates in the form now, which the download submits without a refresh. */
    private Board chosenPeriod() {
        return supervision.board(from, to.isBefore(from) ? from : to);
    }

    private ListExports exports() {
        return new ListExports(faces.getViewRoot().getLocale());
    }

    /** Whether the caller may order this matter supervised: the director, on a red or yellow matter. */
    public boolean mayOrder(BoardMatter matter) {
        return user.getScope().issuesSupervisionOrders() && (matter.light() == Light.RED || matter.light() == Light.YELLOW);
    }

    /** Chooses the matter the order dialog is about. */
    public void prepareOrder(BoardMatter matter) {
        orderFileNo = matter.fileNo();
        orderCategory = matter.categoryCode();
        orderNote = null;
    }

    /** 督办: issues the director's order on the chosen matter with the note. */
    public void issueOrder() {
        try {
            supervision.issueOrder(orderFileNo, orderCategory, orderNote);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.format("board.orderIssued", orderFileNo, orderCategory), null));
            load();
        } catch (RuleViolation e) {
            faces.validationFailed();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(faces.getViewRoot().getLocale()), null));
        }
    }

    private final class Rows extends LazyDataModel<BoardMatter> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return drilled == null ? 0 : (int) supervision.matters(drilled, 0, 1).total();
        }

        @Override
        public List<BoardMatter> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (drilled == null) {
                setRowCount(0);
                return List.of();
            }
            BoardMatter.Page page = supervision.matters(drilled, first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(BoardMatter matter) {
            return matter.fileNo() + "/" + matter.categoryCode();
        }
    }

    public LazyDataModel<BoardMatter> getDrill() {
        return drill;
    }

    public boolean isDrilled() {
        return drilled != null;
    }

    public Board getBoard() {
        return board;
    }

    public List<BoardMatter> getRed() {
        return red;
    }

    public List<BoardMatter> getYellow() {
        return yellow;
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

    public String getOrderFileNo() {
        return orderFileNo;
    }

    public String getOrderCategory() {
        return orderCategory;
    }

    public String getOrderNote() {
        return orderNote;
    }

    public void setOrderNote(String orderNote) {
        this.orderNote = orderNote;
    }
}
