package org.projectdesk.servicefile.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.project.entity.GreenChannelStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.supervision.entity.Light;

/**
 * A row of the project list, read by projection; {@code provisional} holds "nextDueOn" when that
 * date is counted through a year without its official holiday schedule.
 */
public record ProjectSummary(String fileNo, String name, EnterpriseRef enterprise, ProjectStatus status, String officer,
        String town, ProjectType type, BigDecimal investment, LocalDate intakeOn, LocalDate nextDueOn,
        GreenChannelStatus greenChannel, Light light, List<String> provisional) {

    /** Over the fields that name it only, for the reason {@link ServiceFileView#hashCode()} gives. */
    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(fileNo);
    }

    public record EnterpriseRef(String name, String creditCode) {
    }
}
