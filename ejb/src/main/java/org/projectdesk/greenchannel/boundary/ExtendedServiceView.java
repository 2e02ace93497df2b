package org.projectdesk.greenchannel.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.projectdesk.greenchannel.entity.ExtendedService;
import org.projectdesk.greenchannel.entity.ServiceKind;

/** An extended-hours or overtime service as the service file lists it. */
public record ExtendedServiceView(long id, ServiceKind kind, LocalDate on, String departmentCode, String staff,
        BigDecimal hours, String notes, String recordedBy) {

    static ExtendedServiceView of(ExtendedService s) {
        return new ExtendedServiceView(s.getId(), s.getKind(), s.getServedOn(), s.getDepartmentCode(), s.getStaff(),
                s.getHours(), s.getNotes(), s.getRecordedBy());
    }
}
