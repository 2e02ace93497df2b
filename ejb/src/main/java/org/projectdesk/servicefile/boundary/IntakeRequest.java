package org.projectdesk.servicefile.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;

/** What the single window takes in for a new project; {@code intakeOn} defaults to today. */
public record IntakeRequest(EnterpriseData enterprise, String name, String projectCode, BigDecimal investment,
        String industry, ProjectType type, String town, LandStatus landStatus, LocalDate targetGroundbreaking,
        String notes, String officer, LocalDate intakeOn) {

    /** The enterprise; an existing credit code reuses the enterprise on record. */
    public record EnterpriseData(String name, String creditCode, String contactName, String contactPhone) {
    }
}
