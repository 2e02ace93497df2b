package org.projectdesk.web.coordination;

import org.projectdesk.coordination.boundary.ProblemView;

/** A CDI event: a page raised the problem, so whatever lists problems on that page shows it. */
public record ProblemRaised(ProblemView problem) {
}
