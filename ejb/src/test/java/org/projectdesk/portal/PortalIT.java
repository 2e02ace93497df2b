package org.projectdesk.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.meeting.boundary.MeetingRequest;
import org.projectdesk.meeting.boundary.MeetingView;
import org.projectdesk.meeting.boundary.Meetings;
import org.projectdesk.meeting.boundary.OpinionRecord;
import org.projectdesk.meeting.control.MeetingInvite;
import org.projectdesk.meeting.entity.Verdict;
import org.projectdesk.notification.boundary.NotificationView;
import org.projectdesk.notification.boundary.OneTimeNotifications;
import org.projectdesk.portal.boundary.ComplaintView;
import org.projectdesk.portal.boundary.Complaints;
import org.projectdesk.portal.boundary.MaterialUploads;
import org.projectdesk.portal.boundary.Portal;
import org.projectdesk.portal.boundary.ProjectStatusView;
import org.projectdesk.portal.boundary.Ratings;
import org.projectdesk.portal.boundary.UploadView;
import org.projectdesk.portal.entity.ComplaintStatus;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.UploadStore;
import org.projectdesk.shared.entity.DocumentType;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsDirector;
import org.projectdesk.testing.AsInvestor;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.AsOtherInvestor;
import org.projectdesk.testing.Deployments;

/**
 * The investor portal on a real server and database: uploads stored with their checksum and
 * refused (type, content, size, a failure after the file was written) leaving neither row nor file;
 * everything scoped to the investor's enterprise; ratings only after the approvals; complaints to
 * the directors and answered back.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("portal-test", AsAdmin.class, AsOfficer.class, AsDirector.class, AsInvestor.class,
                AsOtherInvestor.class);
    }

    @Inject
    ServiceFiles files;

    @Inject
    Meetings meetings;

    @Inject
    OneTimeNotifications notifications;

    @Inject
    MaterialUploads uploads;

    @Inject
    Ratings ratings;

    @Inject
    Complaints complaints;

    @Inject
    Portal portal;

    @Inject
    Accounts accounts;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    @Inject
    AsDirector director;

    @Inject
    AsInvestor investor;

    @Inject
    AsOtherInvestor otherInvestor;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** The server's clock: today (in the office's zone) is test.today (arquillian.xml), whatever the real date. */
    @Inject
    Clock clock;

    private LocalDate today;
    private String officerName;

    @BeforeEach
    void people() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), MeetingInvite.OFFICE_TIME);
        officerName = "officer-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(officerName, "测试专员", "secret-1", Set.of(Role.OFFICER), null, null,
                "0513-8221 0001", null)));
        openInvestor(AsInvestor.USERNAME, AsInvestor.ENTERPRISE);
        openInvestor(AsOtherInvestor.USERNAME, AsOtherInvestor.ENTERPRISE);
    }

    private void openInvestor(String username, String enterprise) throws Exception {
        Long known = em.createQuery("select count(a) from Account a where a.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
        if (known == 0) {
            admin.call(() -> accounts.open(new NewAccount(username, "测试投资方", "secret-1", Set.of(Role.INVESTOR), null,
                    enterprise, null, null)));
        }
    }

    /** A project of the enterprise with a one-time notification of two items (LAND's opinion). */
    private NotificationView projectWithNotification(String enterprise) throws Exception {
        String code = String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(1_000_000));
        ServiceFileView file = officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData(
                "测试企业" + enterprise, enterprise, "施工", "0513-8220 0000"), "门户测试项目", code, new BigDecimal("5000"),
                "金属制品", ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.HELD, null, null, officerName, today)));
        MeetingView meeting = officer.call(() -> meetings.schedule(new MeetingRequest(today.atTime(LocalTime.MIDNIGHT), null,
                "行政服务中心三楼会议室", List.of(file.fileNo()), List.of("LAND"))));
        officer.call(() -> meetings.recordOpinion(meeting.id(), new OpinionRecord(file.fileNo(), "LAND",
                Verdict.FEASIBLE_WITH_CONDITIONS, List.of("用地红线图", "土地出让合同"), null, "须补充")));
        return officer.call(() -> notifications.of(file.fileNo()));
    }

    private static NotificationView.Item item(NotificationView notification, String material) {
        return notification.items().stream().filter(i -> i.material().equals(material)).findFirst().orElseThrow();
    }

    private long uploadRows(String fileNo) {
        return em.createQuery("select count(u) from MaterialUpload u, Project p where p.id = u.projectId and p.fileNo = :f",
                Long.class).setParameter("f", fileNo).getSingleResult();
    }

    private static long storedFiles() throws IOException {
        Path folder = UploadStore.folder();
        long count = 0;
        for (String part : List.of("files", "tmp")) {
            Path dir = folder.resolve(part);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    count += entries.count();
                }
            }
        }
        return count;
    }

    @Test
    void anUploadIsStoredOutsideTheDatabaseWithItsChecksumAndDownloadsAsSent() throws Exception {
        NotificationView notification = projectWithNotification(AsInvestor.ENTERPRISE);
        NotificationView.Item redLine = item(notification, "用地红线图");
        long before = storedFiles();

        UploadView upload = investor.call(() -> uploads.upload(notification.fileNo(), redLine.id(), "D:\\资料\\用地红线图.pdf",
                new ByteArrayInputStream(PDF)));

        assertEquals("用地红线图.pdf", upload.fileName());
        assertEquals(DocumentType.PDF, upload.type());
        assertEquals(PDF.length, upload.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)), upload.sha256());
        assertEquals(AsInvestor.USERNAME, upload.uploadedBy());
        assertEquals(before + 1, storedFiles());
        var download = officer.call(() -> uploads.download(notification.fileNo(), redLine.id(), upload.id()));
        assertArrayEquals(PDF, Files.readAllBytes(download.file()));
        assertTrue(download.file().startsWith(UploadStore.folder()), download.file().toString());
        assertEquals(List.of(upload), officer.call(() -> uploads.ofItem(notification.fileNo(), redLine.id())));
        assertEquals(List.of(upload), investor.call(() -> uploads.ofProject(notification.fileNo())));

        officer.call(() -> notifications.receive(notification.fileNo(), redLine.id(), null, today));
        RuleViolation received = assertThrows(RuleViolation.class, () -> investor.call(() -> uploads.upload(
                notification.fileNo(), redLine.id(), "again.pdf", new ByteArrayInputStream(PDF))));
        assertEquals("upload.item.received", received.key());
    }

    @Test
    void aRefusedUploadLeavesNeitherRowNorFile() throws Exception {
        NotificationView notification = projectWithNotification(AsInvestor.ENTERPRISE);
        long itemId = item(notification, "土地出让合同").id();
        long before = storedFiles();

        RuleViolation type = assertThrows(RuleViolation.class, () -> investor.call(() -> uploads.upload(notification.fileNo(),
                itemId, "合同.exe", new ByteArrayInputStream(PDF))));
        assertEquals("fileName", type.field());
        assertEquals("upload.type.unsupported", type.key());

        RuleViolation content = assertThrows(RuleViolation.class, () -> investor.call(() -> uploads.upload(
                notification.fileNo(), itemId, "合同.pdf", new ByteArrayInputStream("MZ not a pdf".getBytes(StandardCharsets.UTF_8)))));
        assertEquals("upload.type.mismatch", content.key());

        System.setProperty("projectdesk.upload.max-mb", "1");
        try {
            RuleViolation big = assertThrows(RuleViolation.class, () -> investor.call(() -> uploads.upload(
                    notification.fileNo(), itemId, "合同.pdf", pdfOf(1024 * 1024 + 1))));
            assertEquals("upload.tooLarge", big.key());
            assertEquals("The file is larger than 1 MB", big.getMessage());
            UploadView exactly = investor.call(() -> uploads.upload(notification.fileNo(), itemId, "合同.pdf",
                    pdfOf(1024 * 1024)));
            assertEquals(1024 * 1024, exactly.size(), "the limit itself is allowed");
        } finally {
            System.clearProperty("projectdesk.upload.max-mb");
        }
        assertEquals(1, uploadRows(notification.fileNo()));
        assertEquals(before + 1, storedFiles(), "only the accepted upload left a file");
    }

    @Test
    void aFailureAfterTheFileWasWrittenTakesTheFileBackWithTheRow() throws Exception {
        NotificationView notification = projectWithNotification(AsInvestor.ENTERPRISE);
        long itemId = item(notification, "用地红线图").id();
        long before = storedFiles();

        transaction.begin();
        try {
            UploadView upload = investor.call(() -> uploads.upload(notification.fileNo(), itemId, "红线图.pdf",
                    new ByteArrayInputStream(PDF)));
            assertEquals(before + 1, storedFiles(), "written and in place, waiting for the commit");
            assertTrue(Files.exists(UploadStore.folder().resolve("files").resolve(storedName(upload.id()))));
        } finally {
            transaction.rollback();
        }

        assertEquals(0, uploadRows(notification.fileNo()));
        assertEquals(before, storedFiles(), "the rolled-back upload's file is gone");

        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent < PDF.length) {
                    return PDF[sent++];
                }
                throw new IOException("connection reset by the client");
            }
        };
        assertThrows(Exception.class, () -> investor.call(() -> uploads.upload(notification.fileNo(), itemId, "断开.pdf",
                failing)));
        assertEquals(0, uploadRows(notification.fileNo()));
        assertEquals(before, storedFiles(), "a broken stream leaves no half-written file");
    }

    private String storedName(long uploadId) {
        return em.createQuery("select u.file.storedName from MaterialUpload u where u.id = :id", String.class)
                .setParameter("id", uploadId).getSingleResult();
    }

    @Test
    void anotherEnterprisesProjectItemsAndUploadsAreNotFound() throws Exception {
        NotificationView mine = projectWithNotification(AsInvestor.ENTERPRISE);
        NotificationView theirs = projectWithNotification(AsOtherInvestor.ENTERPRISE);
        long theirItem = item(theirs, "用地红线图").id();
        UploadView theirUpload = otherInvestor.call(() -> uploads.upload(theirs.fileNo(), theirItem, "图.pdf",
                new ByteArrayInputStream(PDF)));
        long myItem = item(mine, "用地红线图").id();

        assertThrows(NotFound.class, () -> investor.call(() -> portal.status(theirs.fileNo())));
        assertThrows(NotFound.class, () -> investor.call(() -> uploads.ofProject(theirs.fileNo())));
        assertThrows(NotFound.class, () -> investor.call(() -> uploads.upload(theirs.fileNo(), theirItem, "x.pdf",
                new ByteArrayInputStream(PDF))));
        assertThrows(NotFound.class, () -> investor.call(() -> uploads.download(theirs.fileNo(), theirItem, theirUpload.id())));
        assertThrows(NotFound.class, () -> investor.call(() -> uploads.upload(mine.fileNo(), theirItem, "x.pdf",
                new ByteArrayInputStream(PDF))), "their item under my file number");
        assertThrows(NotFound.class, () -> investor.call(() -> uploads.download(mine.fileNo(), myItem, theirUpload.id())),
                "their upload under my item");
        assertThrows(NotFound.class, () -> investor.call(() -> ratings.rate(theirs.fileNo(), 5, null)));
        assertThrows(NotFound.class, () -> investor.call(() -> complaints.file(theirs.fileNo(), "投诉")));
        ComplaintView theirComplaint = otherInvestor.call(() -> complaints.file(theirs.fileNo(), "国土窗口答复太慢"));
        assertThrows(NotFound.class, () -> investor.call(() -> complaints.complaint(theirComplaint.id())));
        assertTrue(investor.call(() -> complaints.list(null, 0, 100)).items().stream()
                .noneMatch(c -> c.fileNo().equals(theirs.fileNo())));
        assertTrue(investor.call(() -> portal.projects(0, 100)).items().stream()
                .allMatch(p -> p.enterprise().creditCode().equals(AsInvestor.ENTERPRISE)));
        assertEquals(uploadRows(theirs.fileNo()), 1);
    }

    @Test
    void theStatusTellsProgressPendingAndTheOfficer() throws Exception {
        NotificationView notification = projectWithNotification(AsInvestor.ENTERPRISE);
        ProjectStatusView status = investor.call(() -> portal.status(notification.fileNo()));

        assertEquals(notification.fileNo(), status.fileNo());
        assertEquals("测试专员", status.officer().name());
        assertEquals("0513-8221 0001", status.officer().phone());
        assertEquals(0, status.approved());
        assertTrue(status.planned() > 0);
        assertNull(status.workingDaysUsed(), "nothing accepted yet");
        assertEquals(notification.items().size(), status.notification().outstandingCount());
        assertFalse(status.mayRate());
        assertEquals(ProjectStatusView.With.INVESTOR, drc(status).pendingWith(), "DRC's materials are missing");

        for (NotificationView.Item i : notification.items()) {
            if (i.departments().contains("DRC")) {
                officer.call(() -> notifications.receive(notification.fileNo(), i.id(), null, today));
            }
        }
        ProjectStatusView received = investor.call(() -> portal.status(notification.fileNo()));
        assertEquals(ProjectStatusView.With.OFFICE, drc(received).pendingWith(), "in: the office files it");
        assertEquals(ProjectStatusView.With.INVESTOR, received.matters().stream().filter(m -> m.departmentCode().equals("LAND"))
                .findFirst().orElseThrow().pendingWith());
    }

    private static ProjectStatusView.MatterLine drc(ProjectStatusView status) {
        return status.matters().stream().filter(m -> m.departmentCode().equals("DRC")).findFirst().orElseThrow();
    }

    @Test
    void ratingsWaitForTheApprovalsAndAreRevisedNotDoubled() throws Exception {
        NotificationView notification = projectWithNotification(AsInvestor.ENTERPRISE);
        String fileNo = notification.fileNo();
        RuleViolation early = assertThrows(RuleViolation.class, () -> investor.call(() -> ratings.rate(fileNo, 5, "好")));
        assertEquals("rating.notCompleted", early.key());

        transaction.begin();
        em.createQuery("update Project p set p.status = org.projectdesk.project.entity.ProjectStatus.APPROVALS_COMPLETED"
                + " where p.fileNo = :f").setParameter("f", fileNo).executeUpdate();
        transaction.commit();

        assertEquals("stars", assertThrows(RuleViolation.class, () -> investor.call(() -> ratings.rate(fileNo, 6, null))).field());
        assertEquals(3, investor.call(() -> ratings.rate(fileNo, 3, "一般")).stars());
        var revised = investor.call(() -> ratings.rate(fileNo, 5, "专员服务周到"));
        assertEquals(5, revised.stars());
        assertTrue(revised.revisedAt() != null);
        assertEquals(1, em.createQuery("select count(r) from ServiceRating r, Project p where p.id = r.projectId"
                + " and p.fileNo = :f", Long.class).setParameter("f", fileNo).getSingleResult());
        var summary = director.call(() -> ratings.summary(0, 500));
        assertTrue(summary.items().stream().anyMatch(r -> r.fileNo().equals(fileNo) && r.stars() == 5));
        assertEquals(summary.count(), summary.byStars().stream().mapToLong(Long::longValue).sum());
        assertThrows(EJBAccessException.class, () -> investor.call(() -> ratings.summary(0, 10)));
    }

    @Test
    void aComplaintReachesEveryDirectorAndItsAnswerTheInvestor() throws Exception {
        String directorName = "director-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(directorName, "测试主任", "secret-1", Set.of(Role.DIRECTOR), null, null,
                null, null)));
        NotificationView notification = projectWithNotification(AsInvestor.ENTERPRISE);

        ComplaintView filed = investor.call(() -> complaints.file(notification.fileNo(), "  规划窗口超期未答复  "));
        assertEquals(ComplaintStatus.OPEN, filed.status());
        assertEquals("规划窗口超期未答复", filed.text());
        assertEquals("text", assertThrows(RuleViolation.class,
                () -> investor.call(() -> complaints.file(notification.fileNo(), " "))).field());
        assertEquals(1, notices(directorName, "COMPLAINT_FILED", filed.id()));
        assertThrows(EJBAccessException.class, () -> investor.call(() -> complaints.answer(filed.id(), null, "自己答")));

        ComplaintView answered = director.call(() -> complaints.answer(filed.id(), filed.version(), "已督促规划窗口三日内答复"));
        assertEquals(ComplaintStatus.ANSWERED, answered.status());
        assertEquals("已督促规划窗口三日内答复", answered.answer());
        assertTrue(answered.answeredAt() != null);
        assertEquals(1, notices(AsInvestor.USERNAME, "COMPLAINT_ANSWERED", filed.id()));
        assertEquals("complaint.answered.already", assertThrows(RuleViolation.class,
                () -> director.call(() -> complaints.answer(filed.id(), null, "再答"))).key());
        assertEquals(answered, investor.call(() -> complaints.complaint(filed.id())));
        assertTrue(director.call(() -> complaints.list(ComplaintStatus.ANSWERED, 0, 500)).items().contains(answered));
    }

    private long notices(String recipient, String kind, long complaintId) {
        return ((Number) em.createNativeQuery("select count(*) from notification where recipient = ?1 and kind = ?2"
                + " and source_key = ?3").setParameter(1, recipient).setParameter(2, kind)
                .setParameter(3, "complaint:" + complaintId).getSingleResult()).longValue();
    }

    private static InputStream pdfOf(int size) {
        byte[] content = new byte[size];
        System.arraycopy(PDF, 0, content, 0, Math.min(PDF.length, size));
        return new ByteArrayInputStream(content);
    }
}
