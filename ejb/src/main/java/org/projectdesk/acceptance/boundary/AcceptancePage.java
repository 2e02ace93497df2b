package org.projectdesk.acceptance.boundary;

import java.util.List;

public record AcceptancePage(List<AcceptanceSummary> items, long total) {
}
