package org.projectdesk.project.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.project.entity.LandStatus;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.project.entity.TownKind;
import org.projectdesk.referral.boundary.ReferralRecord;
import org.projectdesk.referral.boundary.Referrals;
import org.projectdesk.security.boundary.Accounts;
import org.projectdesk.security.boundary.NewAccount;
import org.projectdesk.security.entity.Role;
import org.projectdesk.servicefile.boundary.IntakeRequest;
import org.projectdesk.servicefile.boundary.ServiceFiles;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.StaleVersion;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsDirector;
import org.projectdesk.testing.AsTown;
import org.projectdesk.testing.Deployments;

/**
 * The towns as reference data on the server: an import takes the whole file or nothing, an export imports back
 * unchanged, and an inactive town is kept but no longer offered. The towns a test adds stay (towns are never
 * deleted), so each adds its own code once and puts back what it changed.
 */
@ExtendWith(ArquillianExtension.class)
class TownsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("towns-test", AsAdmin.class, AsDirector.class, AsTown.class);
    }

    @Inject
    Towns towns;

    @Inject
    Accounts accounts;

    @Inject
    ServiceFiles serviceFiles;

    @Inject
    Referrals referrals;

    @Inject
    AsAdmin admin;

    @Inject
    AsDirector director;

    @Inject
    AsTown town;

    private List<TownView> list() throws Exception {
        return admin.call(() -> towns.list());
    }

    private List<TownView> offered() throws Exception {
        return admin.call(() -> towns.offered());
    }

    private TownView find(String code) throws Exception {
        return admin.call(() -> towns.town(code));
    }

    private static String text(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    /** Adds the town once: an import of the whole list with one line more. */
    private void ensureTown(String code, String name) throws Exception {
        if (list().stream().noneMatch(t -> t.code().equals(code))) {
            String file = text(admin.call(() -> towns.export())) + code + "," + name + "," + code + " Town,TOWN,true\r\n";
            TownImport added = admin.call(() -> towns.apply(bytes(file)));
            assertEquals(List.of(), added.problems());
            assertEquals(List.of(code), added.added());
        }
    }

    @Test
    void anImportWithOneBadLineChangesNothing() throws Exception {
        List<TownView> before = list();
        String exported = text(admin.call(() -> towns.export()));
        String file = exported.replace("Changle Town", "Changle") + "NEWZ,新镇,New Town,VILLAGE,true\r\n";

        TownImport refused = admin.call(() -> towns.apply(bytes(file)));

        assertFalse(refused.applied());
        assertEquals(1, refused.problems().size());
        assertEquals("kind", refused.problems().get(0).column());
        assertEquals(before.size() + 2, refused.problems().get(0).line(), "the header, every town, then the new line");
        assertEquals(before, list(), "not Changle's new name, not the new town");
    }

    @Test
    void anExportImportsBackUnchangedAndAChangedNameIsTakenIn() throws Exception {
        ensureTown("ITRT", "往返镇");
        byte[] exported = admin.call(() -> towns.export());

        TownImport same = director.call(() -> towns.preview(exported));
        assertEquals(List.of(), same.problems());
        assertEquals(List.of(), same.added());
        assertEquals(List.of(), same.changed());
        assertEquals(list().size(), same.unchanged());

        byte[] renamed = bytes(text(exported).replace("ITRT Town", "Round Trip Town"));
        TownImport preview = director.call(() -> towns.preview(renamed));
        assertEquals(List.of("ITRT"), preview.changed());
        assertEquals("ITRT Town", find("ITRT").nameEn(), "a preview changes nothing");
        assertTrue(director.call(() -> towns.apply(renamed)).applied());
        assertEquals("Round Trip Town", find("ITRT").nameEn());

        assertTrue(admin.call(() -> towns.apply(exported)).applied());
        assertEquals("ITRT Town", find("ITRT").nameEn());
    }

    @Test
    void aFileLeavingATownOutIsRefusedForTownsAreNeverDeleted() throws Exception {
        ensureTown("ITRT", "往返镇");
        String withoutIt = String.join("\r\n", text(admin.call(() -> towns.export())).lines()
                .filter(line -> !line.startsWith("ITRT,")).toList()) + "\r\n";

        TownImport refused = admin.call(() -> towns.apply(bytes(withoutIt)));

        assertEquals(List.of("town.import.missing"), refused.problems().stream().map(p -> p.key()).toList());
        assertEquals("ITRT", find("ITRT").code());
    }

    @Test
    void anInactiveTownIsKeptListedButNotOfferedNorGivenToANewAccountIntakeOrReferral() throws Exception {
        ensureTown("ITOFF", "停用镇");
        TownView current = find("ITOFF");
        TownView off = admin.call(() -> towns.change("ITOFF", current.version(), current.name(), current.nameEn(),
                TownKind.STREET, false));
        try {
            assertFalse(off.active());
            assertEquals(TownKind.STREET, off.kind());
            assertTrue(list().stream().anyMatch(t -> t.code().equals("ITOFF")), "still listed: what names it keeps it");
            assertFalse(offered().stream().anyMatch(t -> t.code().equals("ITOFF")));
            RuleViolation refused = assertThrows(RuleViolation.class, () -> admin.call(() -> accounts.open(new NewAccount(
                    "it-town-off", "停用镇工作人员", "secret-1", Set.of(Role.TOWN), null, null, "ITOFF", null, null))));
            assertEquals("townCode", refused.field());
            assertEquals("town.inactive", refused.key());
            RuleViolation intake = assertThrows(RuleViolation.class, () -> director.call(() -> serviceFiles.takeIn(
                    new IntakeRequest(new IntakeRequest.EnterpriseData("停用镇某公司", "91320684MA1X4L8D5K", null, null),
                            "停用镇新项目", null, new BigDecimal("5000"), null, ProjectType.INDUSTRIAL, "ITOFF", LandStatus.HELD,
                            null, null, null, null))));
            assertEquals("town", intake.field());
            assertEquals("town.inactive", intake.key());
            RuleViolation referral = assertThrows(RuleViolation.class, () -> director.call(() -> referrals.register(
                    new ReferralRecord("ITOFF", null, "停用镇某公司", null, "停用镇推荐项目", new BigDecimal("5000"), null,
                            LandStatus.HELD, null, null, "李", "13800000000", null), List.of())));
            assertEquals("townCode", referral.field());
            assertEquals("town.inactive", referral.key());
        } finally {
            TownView now = find("ITOFF");
            admin.call(() -> towns.change("ITOFF", now.version(), now.name(), now.nameEn(), TownKind.TOWN, true));
        }
        assertTrue(offered().stream().anyMatch(t -> t.code().equals("ITOFF")));
    }

    @Test
    void aStaleEditIsRefusedAndOnlyTheOfficeChangesTowns() throws Exception {
        TownView clz = find("CLZ");
        assertThrows(StaleVersion.class, () -> admin.call(() -> towns.change("CLZ", clz.version() - 1, clz.name(), clz.nameEn(),
                clz.kind(), clz.active())));
        assertThrows(EJBAccessException.class, () -> town.call(() -> towns.change("CLZ", clz.version(), "改名", clz.nameEn(),
                clz.kind(), clz.active())));
        assertThrows(EJBAccessException.class, () -> town.call(() -> towns.apply(new byte[0])));
        assertEquals(clz, find("CLZ"));
        assertEquals(list(), town.call(() -> towns.list()), "everyone reads the towns");
    }
}
