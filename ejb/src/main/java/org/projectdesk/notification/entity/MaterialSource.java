package org.projectdesk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Who asks for a material: a department for one of its catalogue categories, or in its opinion at
 * a meeting.
 */
@Embeddable
public class MaterialSource {

    @Size(max = 10)
    @Column(name = "department_code", nullable = false, length = 10)
    private String departmentCode;

    @Size(max = 20)
    @Column(name = "category_code", length = 20)
    private String categoryCode;

    @Column(name = "meeting_id")
    private Long meetingId;

    protected MaterialSource() {
    }

    private MaterialSource(String departmentCode, String categoryCode, Long meetingId) {
        this.departmentCode = Objects.requireNonNull(departmentCode);
        this.categoryCode = categoryCode;
        this.meetingId = meetingId;
    }

    public static MaterialSource catalogue(String departmentCode, String categoryCode) {
        return new MaterialSource(departmentCode, Objects.requireNonNull(categoryCode), null);
    }

    public static MaterialSource opinion(String departmentCode, Long meetingId) {
        return new MaterialSource(departmentCode, null, Objects.requireNonNull(meetingId));
    }

    /**
     * Whether the source holds back the matter: a catalogue requirement of its own category, or an
     * opinion of its department (an opinion speaks for all of the department's matters).
     */
    public boolean concerns(String matterCategory, String matterDepartment) {
        return categoryCode != null ? categoryCode.equals(matterCategory) : departmentCode.equals(matterDepartment);
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MaterialSource s && departmentCode.equals(s.departmentCode)
                && Objects.equals(categoryCode, s.categoryCode) && Objects.equals(meetingId, s.meetingId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(departmentCode, categoryCode, meetingId);
    }
}
