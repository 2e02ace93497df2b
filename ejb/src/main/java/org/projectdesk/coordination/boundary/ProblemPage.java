package org.projectdesk.coordination.boundary;

import java.util.List;

/** One page of problems and how many the filter keeps in all. */
public record ProblemPage(List<ProblemView> items, long total) {
}
