package org.projectdesk.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.notification.control.Checklist.Item;
import org.projectdesk.notification.control.Checklist.Requirement;
import org.projectdesk.notification.entity.MaterialSource;
import org.projectdesk.notification.entity.StandardMaterial;

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

    private static final MaterialLibrary LIBRARY = MaterialLibrary.of(List.of(
            new StandardMaterial("LICENCE", 1, "营业执照", "Business licence", null,
                    List.of("企业营业执照副本复印件", "企业营业执照复印件", "申请人身份证明（营业执照）")),
            new StandardMaterial("PLAN-PERMIT", 2, "建设工程规划许可证", "Construction-works planning permit", "PLAN-03",
                    List.of("建设工程规划许可证（或模拟审批文件）", "建设工程规划许可证复印件", "建设工程规划许可证及附图"))));

    private static final MaterialSource HUD = MaterialSource.catalogue("HUD", "HUD-01");
    private static final MaterialSource MET_AT_MEETING = MaterialSource.opinion("MET", 7L);
    private static final MaterialSource LAND_AT_MEETING = MaterialSource.opinion("LAND", 7L);

    private static Checklist.Plan plan(Checklist.PlannedMatter... matters) {
        return new Checklist.Plan(List.of(matters));
    }

    private static Checklist.PlannedMatter matter(String category, MatterStatus status) {
        return new Checklist.PlannedMatter(category, category.substring(0, category.indexOf('-')), status);
    }

    @Test
    void theLibrarysSynonymsAreOneItemUnderTheStandardNameNamingEveryDepartment() {
        List<Item> items = Checklist.merge(List.of(
                new Requirement("企业营业执照副本复印件", DRC),
                new Requirement("企业营业执照复印件", EIC),
                new Requirement("申请人身份证明（营业执照） ", LAND),
                new Requirement("营业执照。", FIRE_AT_MEETING),
                new Requirement("用地红线图", LAND_AT_MEETING)), LIBRARY, Checklist.Plan.NONE);

        assertEquals(List.of("营业执照", "用地红线图"), items.stream().map(Item::material).toList());
        assertEquals(List.of("DRC", "EIC", "LAND", "FIRE"), items.get(0).departments());
        assertEquals("营业执照", items.get(0).key());
    }

    @Test
    void aDocumentAMatterOfThePlanProducesIsNoItemWhateverItsWording() {
        List<Requirement> asked = List.of(
                new Requirement("建设工程规划许可证（或模拟审批文件）", HUD),
                new Requirement("建设工程规划许可证复印件", MET_AT_MEETING),
                new Requirement("建设工程规划许可证及附图", LAND_AT_MEETING),
                new Requirement("企业营业执照复印件", HUD));

        List<Item> produced = Checklist.merge(asked, LIBRARY, plan(matter("PLAN-03", MatterStatus.PLANNED),
                matter("HUD-01", MatterStatus.PLANNED)));
        assertEquals(List.of("营业执照"), produced.stream().map(Item::material).toList());

        List<Item> notInThePlan = Checklist.merge(asked, LIBRARY, plan(matter("HUD-01", MatterStatus.PLANNED)));
        assertEquals(List.of("建设工程规划许可证", "营业执照"), notInThePlan.stream().map(Item::material).toList());
        assertEquals(List.of("HUD", "MET", "LAND"), notInThePlan.get(0).departments());

        List<Item> dropped = Checklist.merge(asked, LIBRARY, plan(matter("PLAN-03", MatterStatus.DROPPED),
                matter("HUD-01", MatterStatus.PLANNED)));
        assertEquals(List.of("建设工程规划许可证", "营业执照"), dropped.stream().map(Item::material).toList(),
                "a dropped matter issues nothing: the investor brings the permit");
    }

    @Test
    void theMaterialsOfMattersAlreadyDecidedAreLeftOut() {
        List<Requirement> asked = List.of(
                new Requirement("用地预审申请报告", LAND),
                new Requirement("勘测定界图", LAND_AT_MEETING),
                new Requirement("施工图审查申报表", HUD),
                new Requirement("防雷装置设计说明书", MET_AT_MEETING));
        Checklist.Plan plan = plan(matter("LAND-01", MatterStatus.APPROVED), matter("LAND-02", MatterStatus.RETURNED),
                matter("HUD-01", MatterStatus.PLANNED));

        List<Item> items = Checklist.merge(asked, LIBRARY, plan);

        assertEquals(List.of("施工图审查申报表", "防雷装置设计说明书"), items.stream().map(Item::material).toList(),
                "LAND decided all its matters; MET has none in the plan, its opinion stands");
        assertEquals(List.of("勘测定界图", "施工图审查申报表", "防雷装置设计说明书"),
                Checklist.merge(asked, LIBRARY, plan(matter("LAND-01", MatterStatus.APPROVED),
                        matter("LAND-02", MatterStatus.IN_REVIEW), matter("HUD-01", MatterStatus.PLANNED)))
                        .stream().map(Item::material).toList(), "LAND-01 is decided, but LAND-02 is in review: LAND's opinion still counts");
    }
}
