package org.projectdesk.portal.boundary;

import java.time.LocalDate;
import java.util.List;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.meeting.boundary.MeetingSummary;
import org.projectdesk.notification.boundary.NotificationView;
import org.projectdesk.portal.control.ItemState;
import org.projectdesk.portal.control.ProjectProgress;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.supervision.entity.Light;

/**
 * Where a project stands, as its investor reads it: the stage; progress (approved of planned
 * matters, working days used since the first acceptance against the promised critical path, and on
 * the green channel the 18–22 working-day window); each matter with its department, state, promised
 * and actual dates and who has it now; the delays and their reasons; the next meeting; the officer to
 * call; the one-time notification with the uploads; the rating and complaints. {@code provisional}
 * holds "projectedFinish" when that date is provisional (counted through a year without its official
 * holiday schedule); each matter line and the green window name their own. {@code progress} is the one
 * reckoning of stage, share done and delay that the page and the figures share; {@code items} the
 * notification's materials each with its uploads and its state for the investor.
 */
public record ProjectStatusView(String fileNo, String name, String enterpriseName, ProjectStatus stage,
        LocalDate intakeOn, int approved, int planned, int promisedDays, Integer workingDaysUsed,
        LocalDate projectedFinish, ServiceFileView.GreenWindow greenWindow, List<MatterLine> matters, List<Delay> delays,
        MeetingSummary nextMeeting, Officer officer, NotificationView notification, List<UploadView> uploads,
        RatingView rating, boolean mayRate, List<ComplaintView> complaints, List<String> provisional,
        ProjectProgress progress, List<ItemLine> items) {

    /** Who has to act next on a matter. */
    public enum With {
        /** The office prepares and files the application on the investor's behalf. */
        OFFICE,
        /** The investor: materials still missing, or a supplement asked for. */
        INVESTOR,
        /** The department reviews (or runs a special procedure). */
        DEPARTMENT,
        /** Nothing is pending: decided, dropped or halted. */
        NOBODY
    }

    /**
     * One matter: promised date (its due date, once filed); before filing the plan's date while it lies
     * ahead ({@code plannedOn}, a plan, not a promise) and the working days it will have from its
     * acceptance ({@code limitDays}); actual date (decision); whether it is past its promise
     * ({@link ProjectProgress#late}); {@code provisional} holds "promisedOn" or "plannedOn" when that
     * date is provisional.
     */
    public record MatterLine(String categoryCode, String categoryName, String departmentCode, MatterStatus status,
            LocalDate promisedOn, LocalDate plannedOn, int limitDays, LocalDate actualOn, With pendingWith, Light light,
            boolean late, List<String> provisional) {
    }

    /** One material of the notification, its uploads (in the order handed in) and its state; the last refusal's reason. */
    public record ItemLine(NotificationView.Item item, ItemState state, List<UploadView> uploads, String refusedReason) {
    }

    /** How many materials stand in each state. */
    public long itemsIn(ItemState state) {
        return items.stream().filter(i -> i.state() == state).count();
    }

    /** Why a matter took longer: a suspension (supplement or special procedure), a return, a halt. */
    public record Delay(String categoryCode, String departmentCode, Kind kind, LocalDate from, LocalDate to, String reason) {

        public enum Kind {
            SUPPLEMENT,
            SPECIAL_PROCEDURE,
            RETURNED,
            HALTED
        }
    }

    public record Officer(String username, String name, String phone) {
    }

    public List<UploadView> uploadsOf(long itemId) {
        return uploads.stream().filter(u -> u.itemId() == itemId).toList();
    }
}
