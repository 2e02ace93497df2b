package org.projectdesk.servicefile.boundary;

import java.util.List;

/**
 * One page of the project list and how many match: {@code total} is an exact count when
 * {@code totalExact}, else a large result's count kept from up to a minute ago ("约 total"; see
 * {@code ProjectCounts}).
 */
public record ProjectPage(List<ProjectSummary> items, long total, int page, int size, boolean totalExact) {

    /** Over the fields that name it only, for the reason {@link ServiceFileView#hashCode()} gives. */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(total, page, size);
    }
}
