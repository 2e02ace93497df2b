package org.projectdesk.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectdesk.notification.control.Checklist.Item;
import org.projectdesk.notification.control.Checklist.Requirement;
import org.projectdesk.notification.entity.MaterialSource;

class ChecklistTest {

    private static final MaterialSource DRC = MaterialSource.catalogue("DRC", "DRC-01");
    private static final MaterialSource EIC = MaterialSource.catalogue("EIC", "EIC-01");
    private static final MaterialSource LAND = MaterialSource.catalogue("LAND", "LAND-01");
    private static final MaterialSource FIRE_AT_MEETING = MaterialSource.opinion("FIRE", 7L);

    @Test
    void aMaterialSeveralDepartmentsAskForIsOneItemNamingThemAll() {
        List<Item> items = Checklist.merge(List.of(
                new Requirement("项目备案（核准）文件", EIC),
                new Requirement("企业营业执照复印件", EIC),
                new Requirement("项目备案（核准）文件", LAND),
                new Requirement("消防设计文件", FIRE_AT_MEETING)));

        assertEquals(List.of("项目备案（核准）文件", "企业营业执照复印件", "消防设计文件"),
                items.stream().map(Item::material).toList());
        assertEquals(List.of("EIC", "LAND"), items.get(0).departments());
        assertEquals(List.of("EIC"), items.get(1).departments());
        assertEquals(List.of(FIRE_AT_MEETING), items.get(2).sources());
    }

    @Test
    void spellingsThatDifferOnlyInWidthSpacesOrTrailingPunctuationAreTheSameMaterial() {
        List<Item> items = Checklist.merge(List.of(
                new Requirement("项目备案（核准）文件", EIC),
                new Requirement(" 项目备案(核准)文件。", LAND),
                new Requirement("项目备案 （核准） 文件；", FIRE_AT_MEETING)));

        assertEquals(1, items.size());
        assertEquals("项目备案（核准）文件", items.get(0).material(), "the first spelling is kept");
        assertEquals(List.of("EIC", "LAND", "FIRE"), items.get(0).departments());
    }

    @Test
    void differentMaterialsStayApartEvenWhenOneContainsTheOther() {
        List<Item> items = Checklist.merge(List.of(
                new Requirement("企业营业执照复印件", DRC),
                new Requirement("企业营业执照副本复印件", EIC)));

        assertEquals(2, items.size());
    }

    @Test
    void theSameSourceAskingTwiceIsNamedOnceAndBlankMaterialsAreLeftOut() {
        List<Item> items = Checklist.merge(List.of(
                new Requirement("用地预审申请表", LAND),
                new Requirement("用地预审申请表", LAND),
                new Requirement("  ", LAND),
                new Requirement("。", DRC)));

        assertEquals(1, items.size());
        assertEquals(List.of(LAND), items.get(0).sources());
    }

    @Test
    void theKeyKeepsBracketsAndDropsOnlyTrailingPunctuation() {
        assertEquals("补充耕地初步方案(占用耕地的)", Checklist.key("补充耕地初步方案（占用耕地的）"));
        assertEquals("勘测定界图及界址点坐标", Checklist.key("勘测定界图 及 界址点坐标；。"));
        assertEquals("", Checklist.key(null));
    }

    @Test
    void nothingAskedForIsAnEmptyNotification() {
        assertEquals(List.of(), Checklist.merge(List.of()));
    }
}
