package org.projectdesk.approval.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.projectdesk.catalogue.control.CategoryFile;
import org.projectdesk.catalogue.entity.CategoryTerms;

class PlanScheduleTest {

    private static PlanSchedule.Item item(String code, int days, String... prerequisites) {
        return new PlanSchedule.Item(code, days, List.of(prerequisites));
    }

    @Test
    void independentItemsRunInParallelAndTheLongestDecides() {
        PlanSchedule schedule = PlanSchedule.of(List.of(item("A", 5), item("B", 8), item("C", 3)));

        assertEquals(8, schedule.elapsedDays());
        assertEquals(16, schedule.serialDays());
        assertEquals(List.of("B"), schedule.criticalPath());
        assertEquals(new PlanSchedule.Slot("A", 0, 5, false), schedule.slot("A"));
    }

    @Test
    void anItemStartsWhenItsLastPrerequisiteFinishes() {
        PlanSchedule schedule = PlanSchedule.of(List.of(
                item("FILING", 0), item("LAND", 5, "FILING"), item("PLANNING", 3, "FILING"),
                item("WORKS", 4, "LAND", "PLANNING"), item("EIA", 7, "FILING"), item("PERMIT", 2, "WORKS", "EIA")));

        assertEquals(new PlanSchedule.Slot("WORKS", 5, 9, true), schedule.slot("WORKS"));
        assertEquals(new PlanSchedule.Slot("PERMIT", 9, 11, true), schedule.slot("PERMIT"));
        assertEquals(new PlanSchedule.Slot("EIA", 0, 7, false), schedule.slot("EIA"));
        assertEquals(List.of("FILING", "LAND", "WORKS", "PERMIT"), schedule.criticalPath());
        assertEquals(11, schedule.elapsedDays());
        assertEquals(21, schedule.serialDays());
    }

    @Test
    void prerequisitesLeftOutOfThePlanDoNotHoldAnItemBack() {
        PlanSchedule schedule = PlanSchedule.of(List.of(item("PERMIT", 2, "WORKS")));

        assertEquals(new PlanSchedule.Slot("PERMIT", 0, 2, true), schedule.slot("PERMIT"));
    }

    @Test
    void aCycleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PlanSchedule.of(List.of(item("A", 1, "B"), item("B", 1, "A"))));
    }

    @Test
    void theShippedCatalogueCompresses358StatutoryDaysToAPromisedCriticalPathOf30AndAGreenChannelOf20() throws IOException {
        List<CategoryTerms> catalogue;
        try (InputStream in = getClass().getResourceAsStream("/config/catalogue/categories.csv")) {
            catalogue = CategoryFile.read(in.readAllBytes(), Set.of("DRC", "EIC", "LAND", "PLAN", "HUD", "EPB", "FIRE",
                    "CAD", "MET", "WATER", "SAFETY", "QUAKE", "TRANS")).categories();
        }

        PlanSchedule statutory = PlanSchedule.of(catalogue.stream().map(c -> item(c.code(), c.statutoryDays(),
                c.prerequisites().toArray(String[]::new))).toList());
        PlanSchedule promised = PlanSchedule.of(catalogue.stream().map(c -> item(c.code(), c.promisedDays(),
                c.prerequisites().toArray(String[]::new))).toList());
        PlanSchedule green = PlanSchedule.of(catalogue.stream().map(c -> item(c.code(), c.greenChannelDays(),
                c.prerequisites().toArray(String[]::new))).toList());

        assertEquals(358, statutory.serialDays());
        assertEquals(64, promised.serialDays());
        assertEquals(30, promised.elapsedDays());
        assertEquals(20, green.elapsedDays(), "inside the seed's 18–22 working-day window");
        assertEquals(List.of("DRC-01", "LAND-01", "PLAN-01", "LAND-02", "PLAN-03", "HUD-01", "HUD-03", "FIRE-02", "HUD-04"),
                promised.criticalPath());
        assertTrue(promised.slot("HUD-03").critical());
        assertFalse(promised.slot("QUAKE-01").critical());
    }
}
