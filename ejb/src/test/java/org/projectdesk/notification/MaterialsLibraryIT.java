package org.projectdesk.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.meeting.boundary.MeetingRequest;
import org.projectdesk.meeting.boundary.MeetingView;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.meeting.boundary.OpinionRecord;
import org.projectdesk.meeting.control.MeetingInvite;
import org.projectdesk.meeting.entity.Verdict;
import org.projectdesk.notification.boundary.LibraryImport;
import org.projectdesk.notification.boundary.NotificationView;
import org.projectdesk.notification.boundary.OneTimeNotifications;
import org.projectdesk.notification.boundary.StandardMaterials;
import org.projectdesk.notification.entity.MaterialState;
import org.projectdesk.notification.entity.StandardMaterial;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.shared.control.ShippedFiles;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.Deployments;

/**
 * Issue 17's case on the server: three departments' opinions name the business licence and the
 * planning permit each in their own wording; the notification says each once, under its standard name,
 * and leaves the permit out while the plan's PLAN-03 issues it. The library's import takes the whole
 * file or nothing, and replacing the library merges the notifications already there, receipts kept.
 */
@ExtendWith(ArquillianExtension.class)
class MaterialsLibraryIT {

    private static final String ENTERPRISE = "91320684MA1X4L8D5J";
    private static final String SHIPPED = "config/notification/materials.csv";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("materials-library-test", AsAdmin.class, AsOfficer.class);
    }

    @Inject
    ServiceFiles files;

    @Inject
    Matters matters;

    @Inject
    Meetings meetings;

    @Inject
    OneTimeNotifications notifications;

    @Inject
    StandardMaterials library;

    @Inject
    Accounts accounts;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @Inject
    Clock clock;

    private LocalDate today;
    private String officerName;

    @BeforeEach
    void anOfficerWithAPhone() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), MeetingInvite.OFFICE_TIME);
        officerName = "officer-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(officerName, "陈晓东", "secret-1", Set.of(Role.OFFICER), null, null,
                "0513-8221 1234", officerName + "@example.test")));
    }

    @AfterEach
    void theShippedLibraryAgain() throws Exception {
        assertEquals(List.of(), admin.call(() -> library.importLibrary(ShippedFiles.read(SHIPPED))).problems());
    }

    private ServiceFileView industrialProjectWithDrcApproved() throws Exception {
        String code = String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1_000_000));
        ServiceFileView file = officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData(
                "江海精密钢丝有限公司", ENTERPRISE, "施工", "0513-8220 0000"), "精密钢丝四期", code, new BigDecimal("52000"),
                "金属制品", ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.HELD, null, null, officerName, today)));
        officer.call(() -> matters.record(file.fileNo(), "DRC-01", new MatterEvent.Accept(today, null, null, true, null)));
        officer.call(() -> matters.record(file.fileNo(), "DRC-01", new MatterEvent.Approve(today, null, "海发改备〔2026〕88号")));
        return file;
    }

    private void threeOpinions(String fileNo) throws Exception {
        MeetingView meeting = officer.call(() -> meetings.schedule(new MeetingRequest(today.atTime(LocalTime.of(0, 0)), null,
                "行政服务中心三楼会议室", List.of(fileNo), null)));
        opinion(meeting.id(), fileNo, "EIC", "企业营业执照复印件", "建设工程规划许可证复印件");
        opinion(meeting.id(), fileNo, "FIRE", "营业执照等合法身份证明文件", "建设工程规划许可证明文件", "用地红线图");
        opinion(meeting.id(), fileNo, "MET", "企业营业执照副本复印件", "建设工程规划许可证及附图");
    }

    private void opinion(long meeting, String fileNo, String department, String... materials) throws Exception {
        officer.call(() -> meetings.recordOpinion(meeting, new OpinionRecord(fileNo, department,
                Verdict.FEASIBLE_WITH_CONDITIONS, List.of(materials), null, "按预审意见补齐材料后受理")));
    }

    private static List<NotificationView.Item> named(NotificationView n, String material) {
        return n.items().stream().filter(i -> i.material().equals(material)).toList();
    }

    @Test
    void threeOpinionsNamingTheLicenceAndThePermitInTheirOwnWordsGiveOneLineEachAndNoPermitWhileThePlanIssuesIt()
            throws Exception {
        ServiceFileView file = industrialProjectWithDrcApproved();
        threeOpinions(file.fileNo());

        NotificationView notification = officer.call(() -> notifications.of(file.fileNo()));
        // The 21 categories still to file ask for 118 wordings and the opinions 7 more: 101 materials by spelling. The
        // library makes the licence's 4 wordings one line, the design institute's qualification's 3 and the land grant
        // contract's 2 too (-6); the documents the plan's own matters issue are left out (-15): the planning permit (6
        // wordings, PLAN-03), the land-use planning permit (3, PLAN-01), the land title (2, LAND-02), the filing notice
        // (DRC-01, decided but issued), the site opinion (LAND-01), the approved design (PLAN-02), the drawing review's
        // certificate (HUD-01).
        assertEquals(80, notification.items().size());
        NotificationView.Item licence = named(notification, "营业执照").get(0);
        assertEquals(Set.of("EIC", "FIRE", "MET", "LAND", "PLAN", "EPB", "CAD", "WATER", "SAFETY", "QUAKE", "TRANS"),
                Set.copyOf(licence.departments()));
        assertEquals(List.of(), notification.items().stream().filter(i -> i.material().contains("营业执照")
                && !i.material().equals("营业执照")).map(NotificationView.Item::material).toList(), "no other wording");
        assertEquals(List.of(), notification.items().stream().filter(i -> i.material().contains("建设工程规划许可证"))
                .map(NotificationView.Item::material).toList(), "PLAN-03 of the plan issues the permit");
        assertEquals(List.of(), named(notification, "项目备案（核准）文件"), "DRC-01 issued the filing notice");
        assertEquals(List.of(), named(notification, "项目备案申请表（核准类项目为项目申请报告）"), "DRC-01 is decided");
        assertEquals(1, named(notification, "用地红线图").size());
        assertEquals("陈晓东", notification.officerName());
        assertEquals("0513-8221 1234", notification.officerPhone());

        officer.call(() -> matters.record(file.fileNo(), "PLAN-03", new MatterEvent.Drop(today, null, "规划许可由市局直接办理")));
        NotificationView withoutPlan03 = officer.call(() -> notifications.of(file.fileNo()));
        // The permit is now the investor's to bring (+1); PLAN-03's own form and drawings are asked no more (-2).
        assertEquals(79, withoutPlan03.items().size());
        List<NotificationView.Item> permit = named(withoutPlan03, "建设工程规划许可证");
        assertEquals(1, permit.size());
        assertEquals(Set.of("EIC", "FIRE", "MET", "HUD", "CAD", "PLAN"), Set.copyOf(permit.get(0).departments()));
    }

    @Test
    void replacingTheLibraryMergesTheNotificationsAlreadyThereAndAnItemReceivedStaysReceived() throws Exception {
        byte[] withoutLicence = csv("code,name,name_en,produced_by,synonyms",
                "PLAN-PERMIT,建设工程规划许可证,Construction-works planning permit,PLAN-03,建设工程规划许可证复印件");
        assertEquals(List.of(), admin.call(() -> library.importLibrary(withoutLicence)).problems());
        ServiceFileView file = industrialProjectWithDrcApproved();
        threeOpinions(file.fileNo());
        NotificationView before = officer.call(() -> notifications.of(file.fileNo()));
        NotificationView.Item copy = named(before, "企业营业执照复印件").get(0);
        officer.call(() -> notifications.receive(file.fileNo(), copy.id(), copy.version(), today));
        assertEquals(1, named(before, "企业营业执照副本复印件").size());

        LibraryImport imported = admin.call(() -> library.importLibrary(ShippedFiles.read(SHIPPED)));

        assertEquals(List.of(), imported.problems());
        assertTrue(imported.notificationsToUpdate() >= 1, "this project's notification among them");
        // The import answered before the merge: it follows in its own transactions, soon after.
        NotificationView after = untilMerged(file.fileNo(), n -> named(n, "企业营业执照复印件").isEmpty());
        assertEquals(List.of(), named(after, "企业营业执照复印件"));
        assertEquals(List.of(), named(after, "企业营业执照副本复印件"));
        NotificationView.Item licence = named(after, "营业执照").get(0);
        assertEquals(copy.id(), licence.id(), "the received item stands for every wording");
        assertEquals(MaterialState.RECEIVED, licence.state());
        assertEquals(today, licence.receivedOn());
        assertEquals(80, after.items().size(), "as if the library had been there from the start");
    }

    @Test
    void anImportWithAProblemChangesNothingAndNamesTheLineAndTheColumn() throws Exception {
        List<String> shippedNames = officer.call(() -> library.all()).stream().map(StandardMaterial::getName).toList();
        byte[] broken = csv("code,name,name_en,produced_by,synonyms",
                "LICENCE,营业执照,Business licence,,企业营业执照复印件",
                "PERMIT,建设工程规划许可证,Planning permit,PLAN-99,建设工程规划许可证复印件",
                "COPY,营业执照复印件,Copy of the licence,,企业营业执照复印件");

        LibraryImport refused = admin.call(() -> library.importLibrary(broken));
        List<ImportProblem> problems = refused.problems();
        assertEquals(0, refused.notificationsToUpdate());

        assertEquals(List.of("3 produced_by: There is no category 'PLAN-99' in the catalogue in force",
                        "4 synonyms: '企业营业执照复印件' is already a wording of 营业执照 (line 2)"),
                problems.stream().map(p -> p.line() + " " + p.column() + ": " + p.message(Locale.ROOT)).toList());
        assertEquals(shippedNames, officer.call(() -> library.all()).stream().map(StandardMaterial::getName).toList());
        assertTrue(shippedNames.contains("建设工程规划许可证"));
    }

    /** The notification once the merge after an import reached it; gives up after a minute (a merge that never comes fails). */
    private NotificationView untilMerged(String fileNo, java.util.function.Predicate<NotificationView> merged) throws Exception {
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        NotificationView n = officer.call(() -> notifications.of(fileNo));
        while (!merged.test(n) && System.nanoTime() < giveUp) {
            Thread.sleep(100);
            n = officer.call(() -> notifications.of(fileNo));
        }
        return n;
    }

    private static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
