package org.projectdesk.servicefile.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.projectdesk.approval.control.ClockAfterSupplement;
import org.projectdesk.approval.control.Planner;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.calendar.control.DueDates;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.greenchannel.entity.ExtendedService;
import org.projectdesk.greenchannel.entity.ServiceKind;
import org.projectdesk.project.control.ShippedTowns;
import org.projectdesk.project.entity.CreditCode;
import org.projectdesk.project.entity.Enterprise;
import org.projectdesk.project.entity.FileCounter;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.Project;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.control.InitialAccounts;
import org.projectdesk.shared.control.Database;
import org.projectdesk.shared.control.DatabaseKind;
import org.projectdesk.shared.control.Settings;

/**
 * A dozen fictional projects at different stages, so that every page of a new embedded installation
 * has something real to show: a wharf, a new-energy plant, a fine-chemicals plant, a steel-wire
 * plant, a warehouse and others, with approvals filed, approved, suspended and returned on dates in
 * 2026, and one on the green channel with simulated approvals and overtime services. Created once,
 * only where the demo accounts are (see {@link InitialAccounts}).
 */
@Startup
@Singleton
@DependsOn({"Database", "InitialAccounts", "ShippedCatalogue", "ShippedCalendar", "ShippedTowns", "ShippedPlanRules"})
public class DemoProjects {

    private static final Logger LOG = Logger.getLogger(DemoProjects.class.getName());
    /** Every demo event lies on or before this day. */
    static final LocalDate LAST_EVENT = LocalDate.of(2026, 11, 20);

    private record Step(String category, String event, LocalDate on, String detail) {
    }

    /** A demo project; one on the green channel is granted it on its intake day, before its steps. */
    private record Demo(String name, String enterprise, String creditCode, String code, ProjectType type, String town,
            LandStatus land, int investment, String industry, String officer, LocalDate intake, List<Step> steps,
            boolean greenChannel) {

        Demo(String name, String enterprise, String creditCode, String code, ProjectType type, String town,
                LandStatus land, int investment, String industry, String officer, LocalDate intake, List<Step> steps) {
            this(name, enterprise, creditCode, code, type, town, land, investment, industry, officer, intake, steps, false);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Database database;

    @EJB
    Catalogue catalogue;

    @Inject
    Planner planner;

    @EJB
    AuditTrail audit;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @PostConstruct
    void create() {
        boolean wanted = Settings.getBoolean("projectdesk.demo", database.kind() == DatabaseKind.H2);
        LocalDate today = LocalDate.now(clock);
        if (!wanted || today.isBefore(LAST_EVENT)
                || em.createQuery("select count(p) from Project p", Long.class).getSingleResult() > 0) {
            return;
        }
        demos().stream().sorted(java.util.Comparator.comparing(Demo::intake)).forEach(demo -> create(demo, today));
        LOG.info(() -> "Created " + demos().size() + " demo projects");
    }

    private void create(Demo demo, LocalDate today) {
        Enterprise enterprise = em.createNamedQuery(Enterprise.BY_CREDIT_CODE, Enterprise.class)
                .setParameter("code", demo.creditCode()).getResultList().stream().findFirst().orElseGet(() -> {
                    Enterprise created = new Enterprise(demo.creditCode(), demo.enterprise(), "联络人", "0513-8222 0000");
                    em.persist(created);
                    return created;
                });
        FileCounter counter = em.find(FileCounter.class, demo.intake().getYear(), LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new FileCounter(demo.intake().getYear());
            em.persist(counter);
        }
        var version = catalogue.inForce(demo.intake());
        Project project = new Project(counter.next(), demo.code(), demo.name(), enterprise, BigDecimal.valueOf(demo.investment()),
                demo.industry(), demo.type(), demo.town(), demo.land(), demo.intake().plusMonths(6), null, demo.intake(),
                version.number(), "system", clock.instant());
        project.assignOfficer(demo.officer(), null, "director", clock.instant());
        if (demo.greenChannel()) {
            project.proposeGreenChannel("省级重大产业项目，申请按海门速度18–22个工作日完成审批", demo.officer(), demo.intake());
            project.decideGreenChannel(true, "同意列入绿色通道，实行模拟审批和延时服务", "director", demo.intake());
        }
        em.persist(project);
        em.flush();
        Map<String, Matter> matters = planner.plan(project.getId(), version, demo.type(), demo.intake()).stream()
                .collect(Collectors.toMap(Matter::getCategoryCode, Function.identity()));
        DueDates dueDates = calendar::dueDate;
        if (demo.greenChannel()) {
            matters.values().forEach(m -> m.useGreenChannel(dueDates));
            extendedServices(project.getId(), demo.intake());
        }
        for (Step step : demo.steps()) {
            Matter m = matters.get(step.category());
            try {
                switch (step.event()) {
                    case "ACCEPT" -> m.accept(step.on(), today, null, true, m.getCaseType() == CaseType.FORWARDED
                            ? calendar.addWorkingDays(step.on(), m.getStatutoryDays()) : null, List.of(), dueDates);
                    case "REVIEW" -> m.startReview(step.on(), today);
                    case "APPROVE" -> m.approve(step.on(), today, step.detail(), List.of());
                    case "SUPPLEMENT" -> m.requestSupplement(step.on(), today, List.of(step.detail().split("；")));
                    case "SUPPLIED" -> m.completeSupplement(step.on(), today, ClockAfterSupplement.configured(), dueDates);
                    case "SUSPEND" -> m.suspend(step.on(), today, 2, step.detail());
                    case "RETURN" -> m.returnToApplicant(step.on(), today, step.detail());
                    case "SIMULATE" -> m.issueSimulated(step.on(), today, step.detail(), "以取得土地使用权证后换发正式批文为准",
                            "投资方书面承诺：如项目未能取得土地，自行承担模拟审批的全部风险", true, false, List.of());
                    default -> throw new IllegalArgumentException(step.event());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo step " + step + " of " + demo.name() + " skipped: " + e.getMessage());
            }
        }
        project.followMatters(matters.values().stream().anyMatch(m -> m.getAcceptedOn() != null),
                matters.values().stream().allMatch(m -> m.getStatus().isFinished()));
        audit.record(project.getId(), "system", "INTAKE", project.getFileNo(), null, "demo project, officer=" + demo.officer());
    }

    /** The overtime and extended-hours services the green-channel demo project was given. */
    private void extendedServices(Long projectId, LocalDate intake) {
        em.persist(new ExtendedService(projectId, ServiceKind.OVERTIME, d("2026-11-14"), LAST_EVENT, "LAND", "国土窗口 张敏、刘强",
                new BigDecimal("4.0"), "周六加班办理土地预审", "system", clock.instant()));
        em.persist(new ExtendedService(projectId, ServiceKind.EXTENDED_HOURS, d("2026-11-18"), LAST_EVENT, "PLAN", "规划窗口 陈静",
                new BigDecimal("2.5"), "延时受理设计方案审查", "system", clock.instant()));
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private static Step s(String category, String event, String on, String detail) {
        return new Step(category, event, d(on), detail);
    }

    /** Every matter of an industrial plan approved, in prerequisite order, between two dates. */
    private static List<Step> allApproved(String prefix) {
        String[][] order = {{"DRC-01", "2026-03-03"}, {"EIC-01", "2026-03-09"}, {"LAND-01", "2026-03-10"},
            {"EPB-01", "2026-03-20"}, {"SAFETY-01", "2026-03-24"}, {"SAFETY-02", "2026-03-24"}, {"QUAKE-01", "2026-03-24"},
            {"WATER-01", "2026-03-25"}, {"PLAN-01", "2026-03-16"}, {"PLAN-02", "2026-03-19"}, {"TRANS-01", "2026-03-19"},
            {"LAND-02", "2026-03-26"}, {"PLAN-03", "2026-03-31"}, {"CAD-01", "2026-04-01"}, {"FIRE-01", "2026-04-03"},
            {"MET-01", "2026-04-02"}, {"HUD-01", "2026-04-08"}, {"HUD-02", "2026-04-08"}, {"HUD-03", "2026-04-10"},
            {"FIRE-02", "2026-04-15"}, {"PLAN-04", "2026-04-17"}, {"HUD-04", "2026-04-20"}};
        java.util.ArrayList<Step> steps = new java.util.ArrayList<>();
        java.util.Arrays.stream(order).sorted(java.util.Comparator.comparing(o -> o[1])).forEach(o -> {
            steps.add(s(o[0], "ACCEPT", o[1], null));
            steps.add(s(o[0], "APPROVE", o[1], prefix + o[0]));
        });
        return steps;
    }

    private static List<Demo> demos() {
        String e1 = InitialAccounts.DEMO_ENTERPRISE_1;
        String e2 = InitialAccounts.DEMO_ENTERPRISE_2;
        return List.of(
                new Demo("宝钢海宝码头一期工程", "江海港务有限公司", e1, "2026-320684-55-02-000101", ProjectType.INFRASTRUCTURE,
                        "HMGXQ", LandStatus.IN_TRANSFER, 300000, "水上运输", "officer1", d("2026-08-03"), List.of(
                        s("DRC-01", "ACCEPT", "2026-08-04", null), s("DRC-01", "APPROVE", "2026-08-04", "海发改备〔2026〕211号"),
                        s("LAND-01", "ACCEPT", "2026-08-06", null), s("LAND-01", "APPROVE", "2026-08-12", "海国土预〔2026〕45号"),
                        s("EPB-01", "ACCEPT", "2026-08-10", null), s("EPB-01", "REVIEW", "2026-08-11", null),
                        s("PLAN-01", "ACCEPT", "2026-08-13", null), s("PLAN-01", "APPROVE", "2026-08-17", "地字第320684202600211号"),
                        s("WATER-01", "ACCEPT", "2026-11-16", null), s("TRANS-01", "ACCEPT", "2026-11-18", null))),
                new Demo("新能源天下光伏组件项目", "天下新能源科技有限公司", e2, "2026-320684-38-03-000102", ProjectType.INDUSTRIAL,
                        "HMKFQ", LandStatus.HELD, 120000, "光伏设备及元器件制造", "officer1", d("2026-03-02"), allApproved("海审〔2026〕")),
                new Demo("嘉丰化学精细化工项目", "嘉丰化学有限公司", code("91320684MA1Y3C6H2"), "2026-320684-26-03-000103",
                        ProjectType.INDUSTRIAL, "LJXQ", LandStatus.HELD, 86000, "专用化学产品制造", "officer2", d("2026-10-12"), List.of(
                        s("DRC-01", "ACCEPT", "2026-10-13", null), s("DRC-01", "APPROVE", "2026-10-13", "海发改备〔2026〕356号"),
                        s("SAFETY-01", "ACCEPT", "2026-10-20", null),
                        s("SAFETY-01", "SUPPLEMENT", "2026-10-22", "危险化学品建设项目安全评价报告（修订版）；重大危险源辨识报告"),
                        s("EPB-01", "ACCEPT", "2026-10-21", null), s("EPB-01", "SUSPEND", "2026-10-23", "环境影响报告书专家技术评估"),
                        s("EIC-01", "ACCEPT", "2026-11-16", null))),
                new Demo("宝钢精密钢丝二期", "江海港务有限公司", e1, "2026-320684-33-03-000104", ProjectType.INDUSTRIAL,
                        "HMKFQ", LandStatus.HELD, 52000, "金属制品", "officer2", d("2026-09-14"), List.of(
                        s("DRC-01", "ACCEPT", "2026-09-15", null), s("DRC-01", "APPROVE", "2026-09-15", "海发改备〔2026〕288号"),
                        s("LAND-01", "ACCEPT", "2026-09-16", null), s("LAND-01", "APPROVE", "2026-09-22", "海国土预〔2026〕77号"),
                        s("PLAN-01", "ACCEPT", "2026-09-23", null), s("PLAN-01", "APPROVE", "2026-09-28", "地字第320684202600288号"),
                        s("LAND-02", "ACCEPT", "2026-10-09", null), s("LAND-02", "APPROVE", "2026-10-19", "苏（2026）海门市不动产权第0031288号"),
                        s("PLAN-02", "ACCEPT", "2026-10-20", null), s("PLAN-02", "APPROVE", "2026-10-26", "海规方〔2026〕102号"),
                        s("PLAN-03", "ACCEPT", "2026-11-17", null), s("PLAN-03", "REVIEW", "2026-11-18", null))),
                new Demo("梦百合仓储物流中心", "梦百合家居仓储有限公司", code("91320684MA1W8P0E3"), "2026-320684-59-03-000105",
                        ProjectType.INDUSTRIAL, "SCJD", LandStatus.NOT_SUPPLIED, 35000, "仓储", "officer1", d("2026-11-02"), List.of(
                        s("DRC-01", "ACCEPT", "2026-11-03", null), s("DRC-01", "APPROVE", "2026-11-03", "海发改备〔2026〕402号"),
                        s("LAND-01", "ACCEPT", "2026-11-09", null))),
                new Demo("春戈光电海门项目", "春戈光电科技（海门）有限公司", code("91320684MA20K1N7X"), "2026-320684-39-03-000106",
                        ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.NOT_SUPPLIED, 64000, "光电子器件制造", "officer2", d("2026-11-19"),
                        List.of()),
                new Demo("佳铝实业铝型材扩建项目", "佳铝实业有限公司", code("91320684MA1T5R2D4"), "2026-320684-32-03-000107",
                        ProjectType.INDUSTRIAL, "CLZ", LandStatus.HELD, 28000, "有色金属压延加工", "officer1", d("2026-06-01"), List.of(
                        s("DRC-01", "ACCEPT", "2026-06-02", null), s("DRC-01", "APPROVE", "2026-06-02", "海发改备〔2026〕160号"),
                        s("LAND-01", "ACCEPT", "2026-06-03", null), s("LAND-01", "APPROVE", "2026-06-09", "海国土预〔2026〕30号"),
                        s("EPB-01", "ACCEPT", "2026-06-04", null), s("EPB-01", "RETURN", "2026-06-15", "项目选址位于生态红线管控区内，不符合准入条件"))),
                new Demo("海门市人民医院新院区", "海门市人民医院", code("12320684466900000"), "2026-320684-84-01-000108",
                        ProjectType.PUBLIC_BUILDING, "HMJD", LandStatus.HELD, 150000, "卫生", "officer2", d("2026-07-06"), List.of(
                        s("DRC-01", "ACCEPT", "2026-07-07", null), s("DRC-01", "APPROVE", "2026-07-07", "海发改审〔2026〕66号"),
                        s("LAND-01", "ACCEPT", "2026-07-08", null), s("LAND-01", "APPROVE", "2026-07-14", "海国土预〔2026〕52号"),
                        s("PLAN-01", "ACCEPT", "2026-07-15", null), s("PLAN-01", "APPROVE", "2026-07-20", "地字第320684202600180号"),
                        s("FIRE-01", "ACCEPT", "2026-11-12", null))),
                new Demo("滨江花园商住小区", "滨江置业有限公司", code("91320684MA1R0F9B5"), "2026-320684-70-03-000109",
                        ProjectType.COMMERCIAL_RESIDENTIAL, "BJJD", LandStatus.IN_TRANSFER, 96000, "房地产开发", "officer1",
                        d("2026-09-21"), List.of(
                        s("DRC-01", "ACCEPT", "2026-09-22", null), s("DRC-01", "APPROVE", "2026-09-22", "海发改备〔2026〕301号"),
                        s("LAND-01", "ACCEPT", "2026-09-23", null))),
                new Demo("临江大道改造工程", "海门市城市建设投资有限公司", code("91320684MA1P2Q3R4"), "2026-320684-48-01-000110",
                        ProjectType.INFRASTRUCTURE, "LJXQ", LandStatus.HELD, 42000, "市政道路", "officer2", d("2026-10-19"), List.of(
                        s("DRC-01", "ACCEPT", "2026-10-20", null), s("DRC-01", "APPROVE", "2026-10-20", "海发改审〔2026〕98号"))),
                new Demo("悦来镇污水处理厂提标改造", "海门市水务有限公司", code("91320684MA1L4M5N6"), "2026-320684-46-01-000111",
                        ProjectType.INFRASTRUCTURE, "YLZ", LandStatus.HELD, 18000, "污水处理", "officer1", d("2026-10-26"), List.of(
                        s("DRC-01", "ACCEPT", "2026-10-27", null), s("DRC-01", "APPROVE", "2026-10-27", "海发改审〔2026〕104号"),
                        s("EPB-01", "ACCEPT", "2026-11-02", null))),
                new Demo("四甲镇纺织产业园标准厂房", "四甲纺织产业投资有限公司", code("91320684MA1H7J8K9"), "2026-320684-17-03-000112",
                        ProjectType.INDUSTRIAL, "SJZ", LandStatus.HELD, 24000, "纺织业", "officer2", d("2026-11-09"), List.of(
                        s("DRC-01", "ACCEPT", "2026-11-10", null), s("DRC-01", "APPROVE", "2026-11-10", "海发改备〔2026〕420号"),
                        s("LAND-01", "ACCEPT", "2026-11-11", null), s("LAND-01", "SUSPEND", "2026-11-13", "用地界址勘测定界"))),
                // On the green channel, its land still being transferred: simulated approvals stand in for it.
                new Demo("中天智能装备产业园", "中天智能装备有限公司", code("91320684MA2B6C7D8"), "2026-320684-35-03-000113",
                        ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.IN_TRANSFER, 210000, "智能装备制造", "officer1",
                        d("2026-11-10"), List.of(
                        s("DRC-01", "ACCEPT", "2026-11-10", null), s("DRC-01", "APPROVE", "2026-11-10", "海发改备〔2026〕425号"),
                        s("EIC-01", "ACCEPT", "2026-11-11", null), s("EIC-01", "SIMULATE", "2026-11-13", "海模拟能审〔2026〕3号"),
                        s("LAND-01", "ACCEPT", "2026-11-11", null), s("LAND-01", "APPROVE", "2026-11-13", "海国土预〔2026〕71号"),
                        s("PLAN-01", "ACCEPT", "2026-11-16", null), s("PLAN-01", "APPROVE", "2026-11-17", "地字第320684202600425号"),
                        s("PLAN-02", "ACCEPT", "2026-11-17", null), s("PLAN-02", "SIMULATE", "2026-11-19", "海模拟规审〔2026〕8号"),
                        s("LAND-02", "ACCEPT", "2026-11-17", null), s("WATER-01", "ACCEPT", "2026-11-18", null)),
                        true));
    }

    private static String code(String first17) {
        return CreditCode.withCheckCharacter(first17);
    }
}
