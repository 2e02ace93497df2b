package org.projectdesk.project.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.projectdesk.project.entity.GreenChannelStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.supervision.entity.Light;

/** A row of the project list, read by projection. */
public record ProjectSummary(String fileNo, String name, EnterpriseRef enterprise, ProjectStatus status, String officer,
        String town, ProjectType type, BigDecimal investment, LocalDate intakeOn, LocalDate nextDueOn,
        GreenChannelStatus greenChannel, Light light) {

    public record EnterpriseRef(String name, String creditCode) {
    }
}
