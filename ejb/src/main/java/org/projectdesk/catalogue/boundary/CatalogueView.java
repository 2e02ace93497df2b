package org.projectdesk.catalogue.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One catalogue version with its categories and the totals the office quotes (the seed's 358 → 64). */
public record CatalogueView(int number, LocalDate effectiveFrom, String note, String createdBy, Instant createdAt,
        List<CategoryView> categories) {

    /** The same version, its categories' departments named as the departments given (those not given as they were). */
    public CatalogueView named(List<DepartmentView> departments) {
        java.util.Map<String, DepartmentView> byCode = departments.stream()
                .collect(java.util.stream.Collectors.toMap(DepartmentView::code, d -> d));
        return new CatalogueView(number, effectiveFrom, note, createdBy, createdAt,
                categories.stream().map(c -> c.named(byCode.get(c.departmentCode()))).toList());
    }

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
