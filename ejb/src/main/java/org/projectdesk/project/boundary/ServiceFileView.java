package org.projectdesk.project.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.audit.boundary.AuditView;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.project.entity.StopReason;

/**
 * A project's service file: the project, its enterprise and officer, its matters with their
 * dates, and the plan's figures: the critical path in working days (promised limits, parallel where
 * prerequisites allow) next to the serial sums of statutory and promised limits, and the projected
 * finish (null while it would need a year whose holiday schedule is not loaded); and the audit
 * trail, newest first.
 */
public record ServiceFileView(String fileNo, String projectCode, String name, EnterpriseView enterprise,
        BigDecimal investment, String industry, ProjectType type, String town, LandStatus landStatus,
        LocalDate targetGroundbreaking, String notes, String officer, ProjectStatus status, LocalDate intakeOn,
        int catalogueVersion, List<MatterView> matters, LocalDate projectedFinish, int criticalPathDays,
        List<String> criticalPath, int serialStatutoryDays, int serialPromisedDays, List<Handover> handovers,
        StopReason stopReason, LocalDate statusChangedOn, LocalDate constructionStartedOn, LocalDate completedOn,
        List<Progress> progress, List<AuditView> history, long version) {

    /** A progress note or milestone. */
    public record Progress(LocalDate on, String kind, String text, String author) {
    }


    public record EnterpriseView(String name, String creditCode, String contactName, String contactPhone) {
    }

    public record Handover(String from, String to, String reason, String decidedBy, Instant decidedAt) {
    }
}
