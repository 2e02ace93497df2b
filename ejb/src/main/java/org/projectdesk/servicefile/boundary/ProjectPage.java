package org.projectdesk.servicefile.boundary;

import java.util.List;

/** One page of the project list and the count of all that match. */
public record ProjectPage(List<ProjectSummary> items, long total, int page, int size) {
}
