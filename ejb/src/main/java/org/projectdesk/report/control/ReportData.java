package org.projectdesk.report.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.projectdesk.acceptance.boundary.AcceptanceFiguresView;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.project.entity.ProjectStatus;

/**
 * What a weekly report is computed from, as plain rows: every project taken in by the week's end
 * with its matters, the meetings and extended services of the week (and the week before), and the
 * coordination counts, the week's joint completion acceptance figures as the acceptance feature gives
 * them, and the towns' referrals registered in the weeks. Loaded by {@code WeeklyReports}; computed by {@link WeeklyCalculator}. The matters, two million at
 * provincial scale, are a stream read once per week computed, never a list.
 */
public record ReportData(List<ProjectRow> projects, Supplier<Stream<MatterRow>> matters, List<MeetingRow> meetings,
        List<ServiceRow> services, Coordination coordination, AcceptanceFiguresView acceptance,
        List<ReferralRow> referrals) {

    /** {@code officer} the officer's display name; {@code investment} in 万元; {@code town} the code of the town the project is located in. */
    public record ProjectRow(long id, String fileNo, String name, String officer, BigDecimal investment, LocalDate intakeOn,
            ProjectStatus status, LocalDate statusChangedOn, LocalDate constructionStartedOn, boolean greenChannel,
            String town) {
    }

    /** A referral (项目推荐) a town registered, whatever became of it. */
    public record ReferralRow(String town, LocalDate registeredOn) {
    }

    public record MatterRow(long projectId, String categoryCode, String departmentCode, MatterStatus status,
            int statutoryDays, int promisedDays, int limitDays, LocalDate acceptedOn, LocalDate dueOn, LocalDate decidedOn,
            LocalDate haltedOn) {

        /** Decided (approved, returned, halted) on or before the day. */
        public boolean decidedBy(LocalDate day) {
            LocalDate on = status == MatterStatus.HALTED ? haltedOn : decidedOn;
            return on != null && !on.isAfter(day) && (status.isFinished() || status == MatterStatus.HALTED);
        }

        public boolean isDropped() {
            return status == MatterStatus.DROPPED;
        }
    }

    /** A closed meeting: the day it was held and the projects it reviewed. */
    public record MeetingRow(LocalDate heldOn, List<Long> projectIds) {
    }

    /** {@code kind}: EXTENDED_HOURS or OVERTIME. */
    public record ServiceRow(LocalDate servedOn, String kind, String departmentCode) {
    }

    /** Visits and problems of the week, from the coordination feature. */
    public record Coordination(long visits, long visitProjects, long problemsOpened, long problemsResolved) {
    }
}
