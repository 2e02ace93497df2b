package org.projectdesk.worklist.boundary;

/**
 * An officer's work: their projects' matters on yellow or red (red first), materials investors uploaded
 * that wait to be checked, this week's meetings on their projects, and their projects' open problems.
 */
public record OfficerQueues(WorkQueue matters, WorkQueue materials, WorkQueue meetings, WorkQueue problems) {
}
