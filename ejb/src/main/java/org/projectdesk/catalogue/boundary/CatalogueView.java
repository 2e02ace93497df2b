package org.projectdesk.catalogue.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One catalogue version with its categories and the totals the office quotes (the seed's 358 → 64). */
public record CatalogueView(int number, LocalDate effectiveFrom, String note, String createdBy, Instant createdAt,
        List<CategoryView> categories) {

    public int statutoryTotal() {
        return categories.stream().mapToInt(CategoryView::statutoryDays).sum();
    }

    public int promisedTotal() {
        return categories.stream().mapToInt(CategoryView::promisedDays).sum();
    }

    public long immediateCount() {
        return categories.stream().filter(CategoryView::immediate).count();
    }

    public long departmentCount() {
        return categories.stream().map(CategoryView::departmentCode).distinct().count();
    }
}
