package org.projectdesk.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.RuleViolation;

class RequiredMaterialTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    private static RequiredMaterial item() {
        return new RequiredMaterial(1L, "项目备案（核准）文件", "项目备案(核准)文件",
                List.of(MaterialSource.catalogue("EIC", "EIC-01"), MaterialSource.opinion("FIRE", 7L)));
    }

    @Test
    void aCatalogueItemHoldsBackItsOwnCategoryAndAnOpinionItemEveryMatterOfItsDepartment() {
        RequiredMaterial item = item();

        assertTrue(item.holdsBack("EIC-01", "EIC"));
        assertFalse(item.holdsBack("EIC-02", "EIC"), "another category of the same department");
        assertTrue(item.holdsBack("FIRE-01", "FIRE"));
        assertTrue(item.holdsBack("FIRE-02", "FIRE"));
        assertFalse(item.holdsBack("LAND-01", "LAND"));
        assertEquals(List.of("EIC", "FIRE"), item.departments());
    }

    @Test
    void aReceivedItemHoldsNothingBackAndKnowsWhenAndByWhom() {
        RequiredMaterial item = item();
        item.receive(LocalDate.parse("2026-11-30"), TODAY, "dept-eic");

        assertFalse(item.holdsBack("EIC-01", "EIC"));
        assertEquals(MaterialState.RECEIVED, item.getState());
        assertEquals(LocalDate.parse("2026-11-30"), item.getReceivedOn());
        assertEquals("dept-eic", item.getReceivedBy());
        assertEquals("notification.item.received", assertThrows(RuleViolation.class,
                () -> item.receive(TODAY, TODAY, "x")).key());

        item.reopen();
        assertTrue(item.holdsBack("EIC-01", "EIC"));
        assertEquals(null, item.getReceivedOn());
    }

    @Test
    void aReceiptNeedsADayThatIsNotInTheFuture() {
        RequiredMaterial item = item();
        assertEquals("on", assertThrows(RuleViolation.class, () -> item.receive(null, TODAY, "x")).field());
        assertEquals("matter.on.future", assertThrows(RuleViolation.class,
                () -> item.receive(TODAY.plusDays(1), TODAY, "x")).key());
        assertTrue(item.isOutstanding());
    }

    @Test
    void aPartialAcceptanceNeedsSomethingOutstandingAPledgeAndADeadlineAfterToday() {
        List<String> outstanding = List.of("消防设计文件");
        assertEquals("notification.partial.nothingOutstanding", assertThrows(RuleViolation.class,
                () -> new PartialAcceptance(1L, "FIRE-01", "FIRE", List.of(), "承诺", TODAY.plusDays(5), TODAY, "o")).key());
        assertEquals("pledge", assertThrows(RuleViolation.class,
                () -> new PartialAcceptance(1L, "FIRE-01", "FIRE", outstanding, " ", TODAY.plusDays(5), TODAY, "o")).field());
        assertEquals("deadline", assertThrows(RuleViolation.class,
                () -> new PartialAcceptance(1L, "FIRE-01", "FIRE", outstanding, "承诺", null, TODAY, "o")).field());
        assertEquals("notification.partial.deadlinePast", assertThrows(RuleViolation.class,
                () -> new PartialAcceptance(1L, "FIRE-01", "FIRE", outstanding, "承诺", TODAY, TODAY, "o")).key());

        PartialAcceptance granted = new PartialAcceptance(1L, "FIRE-01", "FIRE", List.of("消防设计文件", "施工图"),
                " 十个工作日内补齐 ", TODAY.plusDays(14), TODAY, "officer1");
        assertEquals("十个工作日内补齐", granted.getPledge());
        assertEquals("消防设计文件\n施工图", granted.getOutstanding());
    }
}
