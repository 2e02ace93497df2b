package org.projectdesk.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

/** A department invited to a meeting, and whether (and by whom) it attended. */
@Embeddable
public class Invitation {

    @Size(max = 10)
    @Column(name = "department_code", nullable = false, length = 10)
    private String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance", length = 8)
    private Attendance attendance;

    @Size(max = 200)
    @Column(name = "attendee", length = 200)
    private String attendee;

    protected Invitation() {
    }

    Invitation(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    void record(Attendance attendance, String attendee) {
        this.attendance = attendance;
        this.attendee = attendance == Attendance.PRESENT && attendee != null && !attendee.isBlank() ? attendee.strip() : null;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public String getAttendee() {
        return attendee;
    }
}
