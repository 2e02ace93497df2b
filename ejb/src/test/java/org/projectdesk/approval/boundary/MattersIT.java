package org.projectdesk.approval.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFileView;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.Deployments;

/**
 * What a step on one matter decides from the rest of its file (are the prerequisites approved, is every matter
 * finished, is this one on the critical path) is what the whole file, read afterwards, says, including what
 * earlier transactions did to the other matters. It holds however a step reads the file: whole, as now, or the
 * others as their plan fields only (tried for speed, see docs/benchmarks.md).
 */
@ExtendWith(ArquillianExtension.class)
class MattersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("matters-test", AsAdmin.class, AsOfficer.class);
    }

    @Inject
    ServiceFiles files;

    @Inject
    Matters matters;

    @Inject
    Accounts accounts;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    /** The server's clock: today is test.today (arquillian.xml), whatever the real date. */
    @Inject
    Clock clock;

    private LocalDate today;
    private String officerName;

    @BeforeEach
    void anOfficer() throws Exception {
        today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        officerName = "officer-" + ThreadLocalRandom.current().nextLong(1_000_000_000_000L);
        admin.call(() -> accounts.open(new NewAccount(officerName, "测试协办员", "secret-1", Set.of(Role.OFFICER), null,
                null, null, officerName + "@example.test")));
    }

    @Test
    void eachStepDecidesFromTheWholeFileAsItStandsNow() throws Exception {
        LocalDate day = today.minusDays(20);
        ServiceFileView file = takeIn(day);
        String fileNo = file.fileNo();
        assertEquals(22, file.matters().size());

        // The matter that decides the finish, dropped before anything is filed: every later answer must
        // schedule without it, as the file does.
        List<String> criticalBefore = file.criticalPath();
        String last = criticalBefore.get(criticalBefore.size() - 1);
        MatterView dropped = step(fileNo, last, new MatterEvent.Drop(day, null, "本项目无需办理"));
        assertEquals(MatterStatus.DROPPED, dropped.status());
        ServiceFileView afterDrop = file(fileNo);
        assertFalse(afterDrop.criticalPath().contains(last), afterDrop.criticalPath().toString());
        assertNotEquals(criticalBefore, afterDrop.criticalPath());

        List<MatterView> inPlan = inPlanOrder(afterDrop.matters());
        MatterView dependent = inPlan.stream().filter(m -> !m.prerequisites().isEmpty()
                && !m.prerequisites().contains(last)).findFirst().orElseThrow();
        String prerequisite = dependent.prerequisites().get(0);
        step(fileNo, dependent.categoryCode(), accept(dependent, day));
        RuleViolation tooEarly = assertThrows(RuleViolation.class,
                () -> step(fileNo, dependent.categoryCode(), approve(day, "早批")));
        assertEquals("matter.approve.prerequisites", tooEarly.key());
        assertTrue(String.valueOf(tooEarly.arguments()[1]).contains(prerequisite),
                "the refusal names the prerequisite read from the file: " + List.of(tooEarly.arguments()));
        assertEquals(ProjectStatus.IN_APPROVAL, file(fileNo).status(), "one matter filed: the project is in approval");

        // The first, every middle and the last matter of the plan, each accepted and approved.
        for (MatterView matter : inPlan) {
            String code = matter.categoryCode();
            if (!code.equals(dependent.categoryCode())) {
                agreesWithTheFile(fileNo, step(fileNo, code, accept(matter, day)));
            }
            MatterView approved = step(fileNo, code, approve(day, code + "-批"));
            assertEquals(MatterStatus.APPROVED, approved.status(), code);
            agreesWithTheFile(fileNo, approved);
            if (matter == inPlan.get(0)) {
                assertEquals(ProjectStatus.IN_APPROVAL, file(fileNo).status(), "one of " + inPlan.size() + " approved");
            }
        }
        ServiceFileView done = file(fileNo);
        assertEquals(ProjectStatus.APPROVALS_COMPLETED, done.status(), "every matter decided or dropped");
        assertEquals(21, done.matters().stream().filter(m -> m.status() == MatterStatus.APPROVED).count());
    }

    /** The matters not dropped, each after its prerequisites (a matter decided on the spot starts the day it ends). */
    private static List<MatterView> inPlanOrder(List<MatterView> file) {
        Set<String> inPlan = file.stream().filter(m -> m.status() != MatterStatus.DROPPED).map(MatterView::categoryCode)
                .collect(Collectors.toSet());
        List<MatterView> remaining = new ArrayList<>(file.stream().filter(m -> inPlan.contains(m.categoryCode()))
                .sorted(Comparator.comparing(MatterView::categoryCode)).toList());
        List<MatterView> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (!remaining.isEmpty()) {
            MatterView next = remaining.stream().filter(m -> m.prerequisites().stream()
                    .allMatch(p -> placed.contains(p) || !inPlan.contains(p))).findFirst().orElseThrow();
            remaining.remove(next);
            placed.add(next.categoryCode());
            ordered.add(next);
        }
        return ordered;
    }

    /** A step's answer marks the critical path as the service file, read whole afterwards, does. */
    private void agreesWithTheFile(String fileNo, MatterView answer) throws Exception {
        MatterView inFile = file(fileNo).matters().stream()
                .filter(m -> m.categoryCode().equals(answer.categoryCode())).findFirst().orElseThrow();
        assertEquals(inFile.critical(), answer.critical(), answer.categoryCode() + " on the critical path");
        assertEquals(inFile.status(), answer.status(), answer.categoryCode());
        assertEquals(inFile.version(), answer.version(), answer.categoryCode());
    }

    private ServiceFileView takeIn(LocalDate on) throws Exception {
        String code = String.format("2026-320684-%02d-03-%06d", ThreadLocalRandom.current().nextInt(100),
                ThreadLocalRandom.current().nextInt(1_000_000));
        return officer.call(() -> files.takeIn(new IntakeRequest(new IntakeRequest.EnterpriseData("江海精密钢丝有限公司",
                "91320684MA1X4L8D5J", "施工", "0513-8220 0000"), "精密钢丝四期", code, new BigDecimal("52000"),
                "金属制品", ProjectType.INDUSTRIAL, "HMKFQ", LandStatus.HELD, null, null, officerName, on)));
    }

    private ServiceFileView file(String fileNo) throws Exception {
        return officer.call(() -> files.file(fileNo));
    }

    private MatterView step(String fileNo, String category, MatterEvent event) throws Exception {
        return officer.call(() -> matters.record(fileNo, category, event));
    }

    /** A matter forwarded to a higher authority is accepted with that authority's due date. */
    private static MatterEvent accept(MatterView matter, LocalDate on) {
        return new MatterEvent.Accept(on, null, null, true,
                matter.caseType() == CaseType.FORWARDED ? on.plusDays(60) : null);
    }

    private static MatterEvent approve(LocalDate on, String document) {
        return new MatterEvent.Approve(on, null, document);
    }
}
