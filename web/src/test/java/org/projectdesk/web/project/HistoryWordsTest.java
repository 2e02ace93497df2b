package org.projectdesk.web.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.projectdesk.audit.boundary.AuditView;
import org.projectdesk.web.shell.Messages;

/**
 * The history's entries, in the shapes their {@code audit.record} calls write them, said as sentences
 * with people's, departments' and categories' names; an unknown action or an entry that does not read
 * is said plainly.
 */
class HistoryWordsTest {

    private static final String FILE = "XF-2026-0003";
    private static final String LAND_BEFORE = "status=ACCEPTED, caseType=PROMISED, accepted=2026-06-03, due=2026-06-17";

    private static HistoryWords words(Locale locale, boolean chinese) {
        Map<String, String> people = chinese
                ? Map.of("officer1", "李明", "officer2", "周晓燕", "director", "王海燕", "system", "系统", "investor1", "张总",
                        "town-hmkfq", "区镇窗口")
                : Map.of("officer1", "Li Ming", "officer2", "Zhou Xiaoyan", "director", "Wang Haiyan", "system", "System");
        Map<String, String> departments = chinese ? Map.of("LAND", "国土资源局", "PLAN", "规划局")
                : Map.of("LAND", "Land Resources Bureau", "PLAN", "Planning Bureau");
        HistoryWords.Names names = new HistoryWords.Names() {
            @Override
            public String person(String username) {
                return people.getOrDefault(username, username);
            }

            @Override
            public String department(String code) {
                return departments.getOrDefault(code, code);
            }

            @Override
            public Optional<HistoryWords.Category> category(String code) {
                return code.equals("LAND-01")
                        ? Optional.of(new HistoryWords.Category(chinese ? "建设用地预审" : "Land pre-review", "LAND"))
                        : Optional.empty();
            }

            @Override
            public String town(String code) {
                return code.equals("HMKFQ") ? (chinese ? "海门开发区" : "Haimen Development Zone") : code;
            }

            @Override
            public Optional<HistoryWords.Meeting> meeting(long id) {
                return id == 12 ? Optional.of(new HistoryWords.Meeting("PRE_REVIEW", LocalDateTime.parse("2026-06-05T14:00"),
                        chinese ? "二楼会议室" : "Room 2")) : Optional.empty();
            }
        };
        return new HistoryWords(ResourceBundle.getBundle(Messages.BUNDLE, locale), names);
    }

    private static final HistoryWords ZH = words(Locale.SIMPLIFIED_CHINESE, true);
    private static final HistoryWords EN = words(Locale.ENGLISH, false);

    private static AuditView entry(String actor, String action, String target, String before, String after) {
        return new AuditView(Instant.parse("2026-06-03T01:30:00Z"), actor, action, target, before, after);
    }

    private static void says(String expected, AuditView entry) {
        assertEquals(expected, ZH.sentence(entry));
    }

    @Test
    void theOfficerAndTheGreenChannel() {
        says("王海燕将协调服务专员由李明改为周晓燕，原因：原专员休假",
                entry("director", "REASSIGN_OFFICER", FILE, "officer=officer1", "officer=officer2, reason=原专员休假"));
        says("李明申请绿色通道，理由：省重大项目，用地已落实", entry("officer1", "PROPOSE_GREEN_CHANNEL", FILE,
                "greenChannel=NONE, land=IN_TRANSFER", "greenChannel=PROPOSED, land=IN_TRANSFER, reason=省重大项目，用地已落实"));
        says("王海燕同意列入绿色通道", entry("director", "GRANT_GREEN_CHANNEL", FILE,
                "greenChannel=PROPOSED, land=IN_TRANSFER", "greenChannel=GRANTED, land=IN_TRANSFER"));
        says("李明登记项目已取得土地", entry("officer1", "RECORD_LAND_HELD", FILE,
                "greenChannel=GRANTED, land=IN_TRANSFER", "greenChannel=GRANTED, land=HELD"));
        assertEquals("王海燕", ZH.actor(entry("director", "GRANT_GREEN_CHANNEL", FILE, null, null)));
        assertEquals("系统", ZH.actor(entry("system", "INTAKE", FILE, null, null)));
    }

    @Test
    void theIntakeAsWrittenNowAndByTheOldDemo() {
        says("李明受理项目，建立服务档案 XF-2026-0003，协调服务专员周晓燕", entry("officer1", "INTAKE", FILE, null,
                "project=2026-320684-34-03-123456, enterprise=91320684MA1X4L8D5J, officer=officer2, type=INDUSTRIAL, "
                        + "catalogueVersion=1"));
        says("系统建立演示项目服务档案 XF-2026-0003，协调服务专员李明",
                entry("system", "INTAKE", FILE, null, "demo project, officer=officer1"));
    }

    @Test
    void stepsOnAMatter() {
        says("国土资源局受理了「建设用地预审」(LAND-01)，2026-06-03", entry("dept-land", "ACCEPT", "LAND-01",
                "status=PLANNED, caseType=PROMISED", LAND_BEFORE + ", on=2026-06-03"));
        says("国土资源局批准了「建设用地预审」(LAND-01)，2026-06-10，文号 海国土预〔2026〕4号", entry("dept-land", "APPROVE",
                "LAND-01", LAND_BEFORE, "status=APPROVED, caseType=PROMISED, accepted=2026-06-03, due=2026-06-17, "
                        + "decided=2026-06-10, document=海国土预〔2026〕4号, greenChannel, on=2026-06-10"));
        says("国土资源局出具「建设用地预审」(LAND-01)的模拟审批，2026-06-05，文号 模拟〔2026〕1号", entry("officer1",
                "ISSUE_SIMULATED", "LAND-01", LAND_BEFORE, "status=SIMULATED, caseType=PROMISED, simulated=模拟〔2026〕1号 on "
                        + "2026-06-05, on=2026-06-05"));
        says("李明将「建设用地预审」(LAND-01)加入审批计划，原因：规划调整, 需补办", entry("officer1", "ADD_TO_PLAN", "LAND-01",
                null, "status=PLANNED, caseType=PROMISED, reason=规划调整, 需补办"));
        says("「建设用地预审」(LAND-01)已中止，原因：项目撤回（资金）", entry("officer1", "HALT", "LAND-01",
                "status=SIMULATED, caseType=PROMISED", "status=HALTED, caseType=PROMISED, simulated=模拟〔2026〕1号 on "
                        + "2026-06-05, halted=project withdrawn (FUNDING)"));
        says("节假日安排调整：「建设用地预审」(LAND-01)的承诺办结日由 2026-10-08 改为 2026-10-09",
                entry("admin", "CALENDAR_RECOUNT", "LAND-01 dueOn", "2026-10-08", "2026-10-09"));
    }

    @Test
    void theProjectAndItsMaterials() {
        says("项目由“审批中”转为“暂停”，2026-06-08，原因：资金", entry("officer1", "PAUSE", FILE, "status=IN_APPROVAL",
                "status=PAUSED, on=2026-06-08, reason=FUNDING"));
        // A project's RESUME and a matter's RESUME share the action: the project's has no matter summary.
        says("项目由“暂停”转为“审批中”，2026-06-20", entry("officer1", "RESUME", FILE, "status=PAUSED",
                "status=IN_APPROVAL, on=2026-06-20"));
        says("收到材料「营业执照」，2026-06-04",
                entry("officer1", "MATERIAL_RECEIVED", "营业执照", "OUTSTANDING", "RECEIVED on 2026-06-04"));
        says("为材料「营业执照」上传文件 执照 (副本).pdf", entry("investor1", "MATERIAL_UPLOADED", "营业执照", null,
                "执照 (副本).pdf (20480 bytes, sha256 9f86d081884c7d65)"));
        says("里程碑（2026-07-01）：主体结构封顶",
                entry("officer1", "PROGRESS_MILESTONE", FILE, null, "2026-07-01 主体结构封顶"));
        says("国土资源局提供加班服务，2026-11-14，3.5小时，国土窗口 张敏、刘强", entry("officer1", "EXTENDED_SERVICE", "LAND",
                null, "OVERTIME on 2026-11-14, 3.5 h, 国土窗口 张敏、刘强"));
        says("受理海门开发区推荐的项目（区镇窗口于2026-05-20登记），用时3个工作日", entry("officer1", "REFERRAL_TAKEN_IN",
                "referral:7", null, "town=HMKFQ, registeredOn=2026-05-20, registeredBy=town-hmkfq, workingDays=3"));
        says("张总将服务评价由3星改为5星", entry("investor1", "RATING_REVISED", FILE, "stars=3", "stars=5"));
    }

    @Test
    void meetingsAndProblems() {
        says("预审会（2026-06-03 09:30，三楼会议室）已安排",
                entry("officer1", "MEETING_SCHEDULED", "meeting 12", null, "2026-06-03T09:30 三楼会议室"));
        says("预审会（2026-06-03 09:30，三楼会议室）已改期为 2026-06-05 14:00，二楼会议室", entry("officer1",
                "MEETING_RESCHEDULED", "meeting 12", "2026-06-03T09:30 三楼会议室", "2026-06-05T14:00 二楼会议室"));
        says("预审会（2026-06-05 14:00，二楼会议室）已结束", entry("officer1", "MEETING_CLOSED", "meeting 12", null, null));
        // A meeting the reader may not open is named by no more than the entry says.
        says("会议已取消，原因：部门另有安排",
                entry("officer1", "MEETING_CANCELLED", "meeting 99", null, "部门另有安排"));
        says("国土资源局在预审会上的意见：有条件可行，需补材料：宗地图；界址点坐标", entry("dept-land", "OPINION", "LAND", null,
                "meeting 12: FEASIBLE_WITH_CONDITIONS, materials=宗地图；界址点坐标"));
        says("提出问题：用地指标未落实, 需协调（国土资源局、规划局办理，期限 2026-06-10，来源：协调服务专员）", entry("officer1",
                "PROBLEM_RAISED", "problem:5", null, "departments=[LAND, PLAN], due=2026-06-10, source=OFFICER, 用地指标未落实, 需协调"));
        says("问题由“待办理”转为“已解决”：已协调解决",
                entry("dept-land", "PROBLEM_RESOLVE", "problem:5", "OPEN", "RESOLVED, 已协调解决"));
        says("竣工验收事项 FIRE：限期整改",
                entry("dept-fire", "ACCEPTANCE_VERDICT", "acceptance:3", null, "FIRE=RECTIFY, findings=[消防通道堵塞]"));
    }

    @Test
    void visitsAcceptancesComplaintsAndPartialAcceptance() {
        says("记录上门指导，2026-06-09，参加部门：国土资源局、规划局，人员：张三, 李四", entry("officer1", "VISIT_RECORDED",
                "visit:4", null, "on=2026-06-09, departments=[LAND, PLAN], staff=张三, 李四, actions=2"));
        says("「建设用地预审」(LAND-01)容缺受理，待补材料：宗地图；红线图，补齐期限 2026-07-01", entry("officer1",
                "PARTIAL_ACCEPTANCE", "LAND-01", null, "deadline=2026-07-01, outstanding=宗地图；红线图"));
        says("申请联合竣工验收（整个项目）", entry("officer1", "ACCEPTANCE_APPLIED", "acceptance:3", null,
                "WHOLE, items=[FIRE, PLAN]"));
        says("联合竣工验收现场检查已安排，2026-11-20 09:00", entry("officer1", "ACCEPTANCE_INSPECTION_SCHEDULED",
                "acceptance:3", null, "meeting 40 2026-11-20T09:00, departments=[FIRE, PLAN]"));
        says("建设单位就竣工验收事项 FIRE 作出书面承诺，2026-12-04前完成", entry("officer1", "ACCEPTANCE_PLEDGE",
                "acceptance:3", null, "BUILDER FIRE by 2026-12-04, 补齐消防检测报告"));
        says("联合竣工验收通过，验收意见书 海联验〔2026〕9号，2026-12-10", entry("officer1", "ACCEPTANCE_OPINION",
                "acceptance:3", null, "海联验〔2026〕9号 on 2026-12-10"));
        says("上传整改证明 通道照片.jpg", entry("investor1", "FINDING_EVIDENCE_UPLOADED", "acceptance:3", null,
                "finding 8: 通道照片.jpg (1024 bytes, sha256 abc123)"));
        says("张总投诉：审批太慢", entry("investor1", "COMPLAINT_FILED", "complaint 2", null, "审批太慢"));
        says("李明退回材料「营业执照」的文件 执照.pdf，原因：扫描不清", entry("officer1", "MATERIAL_UPLOAD_REFUSED", "营业执照",
                "执照.pdf", "扫描不清"));
        says("王海燕对「建设用地预审」(LAND-01)下达督办：请加快，本周内办结",
                entry("director", "SUPERVISION_ORDER", "LAND-01", "light=RED", "note=请加快，本周内办结"));
        says("「建设用地预审」(LAND-01)经联合竣工验收办结，2026-12-10", entry("officer1", "JOINT_ACCEPTANCE", "LAND-01",
                LAND_BEFORE, "status=APPROVED, caseType=PROMISED, decided=2026-12-10, document=海联验〔2026〕9号, on=2026-12-10"));
    }

    @Test
    void unknownOrUnreadableEntriesAreSaidPlainly() {
        says("王海燕：SOMETHING_NEW LAND-01 note=请加快",
                entry("director", "SOMETHING_NEW", "LAND-01", "status=IN_REVIEW", "note=请加快"));
        says("王海燕：REASSIGN_OFFICER XF-2026-0003 garbled", entry("director", "REASSIGN_OFFICER", FILE, null, "garbled"));
        says("李明：受理 LAND-01", entry("officer1", "ACCEPT", "LAND-01", null, null));
        says("系统：", entry("system", null, null, null, null));
    }

    @Test
    void inEnglish() {
        assertEquals("Wang Haiyan handed the project from Li Ming to Zhou Xiaoyan; reason: on leave", EN.sentence(
                entry("director", "REASSIGN_OFFICER", FILE, "officer=officer1", "officer=officer2, reason=on leave")));
        assertEquals("Land Resources Bureau accepted “Land pre-review” (LAND-01) on 2026-06-03", EN.sentence(entry(
                "dept-land", "ACCEPT", "LAND-01", "status=PLANNED, caseType=PROMISED", LAND_BEFORE + ", on=2026-06-03")));
        assertEquals("Pre-review meeting (2026-06-03 09:30, Room 3) scheduled",
                EN.sentence(entry("officer1", "MEETING_SCHEDULED", "meeting 12", null, "2026-06-03T09:30 Room 3")));
        assertEquals("The project went from “In approval” to “Paused” on 2026-06-08; reason: Funding", EN.sentence(
                entry("officer1", "PAUSE", FILE, "status=IN_APPROVAL", "status=PAUSED, on=2026-06-08, reason=FUNDING")));
        assertEquals("System set up the demonstration service file XF-2026-0003; officer: Li Ming",
                EN.sentence(entry("system", "INTAKE", FILE, null, "demo project, officer=officer1")));
        assertEquals("Problem raised: no land quota (for Land Resources Bureau, Planning Bureau, due 2026-06-10; "
                + "source: Coordination officer)", EN.sentence(entry("officer1", "PROBLEM_RAISED", "problem:5", null,
                "departments=[LAND, PLAN], due=2026-06-10, source=OFFICER, no land quota")));
        assertEquals("Wang Haiyan issued a supervision order on “Land pre-review” (LAND-01): faster, please",
                EN.sentence(entry("director", "SUPERVISION_ORDER", "LAND-01", "light=RED", "note=faster, please")));
    }
}
