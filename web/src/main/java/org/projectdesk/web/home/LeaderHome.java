package org.projectdesk.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.projectdesk.supervision.boundary.Board;
import org.projectdesk.supervision.boundary.Supervision;
import org.projectdesk.worklist.boundary.WorkQueue;
import org.projectdesk.worklist.boundary.WorkQueues;

/**
 * A leader's first screen: this week's figures as the board counts them (the city's projects, in
 * approval, started, lights now) and the red matters by name, linking to the weekly report.
 */
@Named
@RequestScoped
public class LeaderHome {

    @EJB
    Supervision supervision;

    @EJB
    WorkQueues workQueues;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    private Board board;
    private WorkQueue red;

    /** The board from this week's Monday to today. */
    public Board getBoard() {
        if (board == null) {
            LocalDate today = LocalDate.now(clock);
            board = supervision.board(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
        }
        return board;
    }

    public WorkQueue getRed() {
        if (red == null) {
            red = workQueues.red(TownHome.SHOWN);
        }
        return red;
    }
}
