package org.projectdesk.worklist.boundary;

/**
 * A department window's work: its pending matters (to accept, to decide, supplements awaited; red and
 * yellow first), the meetings it is invited to, the opinions it still owes, and the acceptance items it
 * has to sign. {@code departmentCode} links the project list filtered to the department.
 */
public record DepartmentQueues(String departmentCode, String departmentName, String departmentNameEn, WorkQueue matters,
        WorkQueue invitations, WorkQueue opinions, WorkQueue signatures) {
}
