package org.projectdesk.servicefile.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.audit.boundary.AuditView;
import org.projectdesk.greenchannel.boundary.ExtendedServiceView;
import org.projectdesk.project.entity.GreenChannelStatus;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.project.entity.StopReason;
import org.projectdesk.supervision.entity.Light;

/**
 * A project's service file: the project, its enterprise and officer, its matters with their
 * dates, and the plan's figures: the critical path in working days (promised limits, parallel where
 * prerequisites allow) next to the serial sums of statutory and promised limits, and the projected
 * finish (null while it would need a year whose holiday schedule is not loaded); and the audit
 * trail, newest first. {@code provisional} names the file's own computed dates that are provisional
 * (projectedFinish); each matter and the green window name theirs.
 */
public record ServiceFileView(String fileNo, String projectCode, String name, EnterpriseView enterprise,
        BigDecimal investment, String industry, ProjectType type, String town, LandStatus landStatus,
        LocalDate targetGroundbreaking, String notes, String officer, ProjectStatus status, LocalDate intakeOn,
        int catalogueVersion, List<MatterView> matters, LocalDate projectedFinish, int criticalPathDays,
        List<String> criticalPath, int serialStatutoryDays, int serialPromisedDays, List<Handover> handovers,
        StopReason stopReason, LocalDate statusChangedOn, LocalDate constructionStartedOn, LocalDate completedOn,
        List<Progress> progress, List<AuditView> history, long version, GreenChannelView greenChannel, Light light,
        GreenWindow greenWindow, LocalDate landHeldOn, List<ExtendedServiceView> extendedServices,
        List<String> provisional) {

    /**
     * Over the fields that name it only; {@code equals} stays the record's. JSON-B (Yasson) puts every
     * object it writes into a hash set on the way in and out to catch cycles, and a record's own hash walks
     * everything below it: a file's JSON spent a quarter of its time hashing.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(fileNo, version);
    }

    /** The green-channel record: proposal and the director's decision. */
    public record GreenChannelView(GreenChannelStatus status, String proposedBy, LocalDate proposedOn,
            String proposalReason, String decidedBy, LocalDate decidedOn, String decisionReason) {
    }

    /**
     * A green-channel project's target window of {@code fromDays}–{@code toDays} working days from
     * its first acceptance ({@code from}, {@code to} as dates), the working days used so far, and
     * whether the projected finish leaves the window ({@code outside}) or today already has ({@code overrun});
     * {@code provisional} names which of from and to are provisional.
     */
    public record GreenWindow(int fromDays, int toDays, LocalDate firstAcceptedOn, LocalDate from, LocalDate to,
            int workingDaysUsed, boolean outside, boolean overrun, List<String> provisional) {

        /** The window as counted, before the boundary says which of its dates are provisional ({@link #marked}). */
        public GreenWindow(int fromDays, int toDays, LocalDate firstAcceptedOn, LocalDate from, LocalDate to,
                int workingDaysUsed, boolean outside, boolean overrun) {
            this(fromDays, toDays, firstAcceptedOn, from, to, workingDaysUsed, outside, overrun, List.of());
        }

        /** The same window with the names of its provisional dates. */
        public GreenWindow marked(List<String> names) {
            return new GreenWindow(fromDays, toDays, firstAcceptedOn, from, to, workingDaysUsed, outside, overrun,
                    List.copyOf(names));
        }
    }

    /** A progress note or milestone. */
    public record Progress(LocalDate on, String kind, String text, String author) {
    }


    public record EnterpriseView(String name, String creditCode, String contactName, String contactPhone) {
    }

    public record Handover(String from, String to, String reason, String decidedBy, Instant decidedAt) {
    }
}
