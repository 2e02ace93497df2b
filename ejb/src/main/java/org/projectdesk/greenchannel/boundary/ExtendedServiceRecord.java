package org.projectdesk.greenchannel.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.projectdesk.greenchannel.entity.ServiceKind;

/** An extended-hours or overtime service to record: the day, the department, its staff and the hours. */
public record ExtendedServiceRecord(ServiceKind kind, LocalDate on, String departmentCode, String staff,
        BigDecimal hours, String notes) {
}
