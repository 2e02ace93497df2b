package org.projectdesk.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.catalogue.entity.Stage;

class CatalogueViewTest {

    private static CategoryView category(String code, String department, String name, String nameEn) {
        return new CategoryView(code, code + " 名称", code + " name", department, name, nameEn, Stage.II, 20, 5, 3,
                false, CaseType.PROMISED, List.of("PLAN-01"), false, List.of("申请表"), null, null, null, null);
    }

    private static final CatalogueView KEPT = new CatalogueView(3, LocalDate.of(2040, 1, 2), "note", "admin",
            Instant.parse("2026-12-01T02:00:00Z"), List.of(category("MET-01", "MET", "海门市气象局", "Meteorological Bureau"),
                    category("FIRE-01", "FIRE", "海门市消防救援大队", "Fire Brigade")));

    @Test
    void aVersionNamedAfreshTakesTheDepartmentsNamesAsTheyAreNow() {
        CatalogueView named = KEPT.named(List.of(new DepartmentView("MET", "海门市气象局（更名）", "Renamed", 2),
                new DepartmentView("FIRE", "海门市消防救援大队", "Fire Brigade", 0)));

        assertEquals("海门市气象局（更名）|Renamed", named.categories().get(0).departmentName() + "|"
                + named.categories().get(0).departmentNameEn());
        assertEquals("海门市消防救援大队|Fire Brigade", named.categories().get(1).departmentName() + "|"
                + named.categories().get(1).departmentNameEn());
        assertEquals(List.of("MET-01", "FIRE-01"), named.categories().stream().map(CategoryView::code).toList());
        assertEquals(KEPT.statutoryTotal(), named.statutoryTotal());
        assertEquals(3, named.number());
    }

    @Test
    void aDepartmentNotGivenKeepsTheNameItWasReadWith() {
        CatalogueView named = KEPT.named(List.of(new DepartmentView("MET", "新名", "New", 1)));

        assertEquals("海门市消防救援大队", named.categories().get(1).departmentName());
        assertEquals("新名", named.categories().get(0).departmentName());
    }
}
