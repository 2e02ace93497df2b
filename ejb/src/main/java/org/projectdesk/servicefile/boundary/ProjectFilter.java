package org.projectdesk.servicefile.boundary;

import org.projectdesk.project.entity.GreenChannelStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.supervision.entity.Light;

/**
 * What the project list is narrowed to; a null (or false) criterion does not narrow. {@code light}
 * is the project's light as the last time-limit scan left it; {@code overdueOnly} keeps projects
 * with a running matter past its promised date; {@code department} keeps projects with a pending
 * matter (filed or about to be, not yet decided) of that department.
 */
public record ProjectFilter(ProjectStatus status, String officer, String town, ProjectType type, String search,
        boolean overdueOnly, GreenChannelStatus greenChannel, Light light, String department) {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null, null, false, null, null, null);

    /** A filter on no department. */
    public ProjectFilter(ProjectStatus status, String officer, String town, ProjectType type, String search,
            boolean overdueOnly, GreenChannelStatus greenChannel, Light light) {
        this(status, officer, town, type, search, overdueOnly, greenChannel, light, null);
    }

    public ProjectFilter withOfficer(String name) {
        return new ProjectFilter(status, name, town, type, search, overdueOnly, greenChannel, light, department);
    }

    public ProjectFilter withTown(String code) {
        return new ProjectFilter(status, officer, code, type, search, overdueOnly, greenChannel, light, department);
    }

    public ProjectFilter withDepartment(String code) {
        return new ProjectFilter(status, officer, town, type, search, overdueOnly, greenChannel, light, code);
    }
}
