package org.projectdesk.coordination.boundary;

import java.util.List;

/** One page of visits, newest first, and how many the filter keeps in all. */
public record VisitPage(List<VisitView> items, long total) {
}
