package org.projectdesk.web.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.supervision.boundary.Board;
import org.projectdesk.supervision.boundary.Supervision;
import org.projectdesk.supervision.boundary.Warning;
import org.projectdesk.supervision.entity.Light;

/** The supervision board: lights now, the red and yellow matters, each department's on-time rate for a period. */
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

    private LocalDate from;
    private LocalDate to;
    private Board board;
    private List<Warning> red;
    private List<Warning> yellow;

    @PostConstruct
    void load() {
        if (to == null) {
            to = LocalDate.now(clock);
            from = to.withDayOfMonth(1);
        }
        board = supervision.board(from, to.isBefore(from) ? from : to);
        red = supervision.warnings(Light.RED, 0, SHOWN);
        yellow = supervision.warnings(Light.YELLOW, 0, SHOWN);
    }

    public void refresh() {
        load();
    }

    public Board getBoard() {
        return board;
    }

    public List<Warning> getRed() {
        return red;
    }

    public List<Warning> getYellow() {
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
}
