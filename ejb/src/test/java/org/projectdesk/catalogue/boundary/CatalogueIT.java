package org.projectdesk.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.catalogue.entity.CategoryTerms;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.Deployments;

/**
 * New versions in these tests take effect from 2040 on, after every version already stored, so that
 * the catalogue in force today stays the shipped one for every other test sharing the database.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("catalogue-test", AsAdmin.class, AsOfficer.class);
    }

    @Inject
    Catalogue catalogue;

    @Inject
    CatalogueAdministration administration;

    @Inject
    AsAdmin admin;

    @Inject
    AsOfficer officer;

    private LocalDate nextEffectiveDate() {
        LocalDate latest = catalogue.versions().stream().map(CatalogueView::effectiveFrom).max(LocalDate::compareTo)
                .orElse(TODAY);
        LocalDate base = LocalDate.of(2040, 1, 1);
        return (latest.isBefore(base) ? base : latest).plusDays(1);
    }

    @Test
    void theShippedCatalogueIsInForceWithTheSeedsFigures() {
        CatalogueView inForce = catalogue.inForce(TODAY);

        assertEquals(1, inForce.number());
        assertEquals(LocalDate.of(2011, 9, 1), inForce.effectiveFrom());
        assertEquals(22, inForce.categories().size());
        assertEquals(13, inForce.departmentCount());
        assertEquals(358, inForce.statutoryTotal());
        assertEquals(64, inForce.promisedTotal());
        assertEquals(6, inForce.immediateCount());
        assertEquals(14, catalogue.departments().size(), "the 13 approving departments and the power-supply company");
        assertTrue(catalogue.departments().stream().anyMatch(d -> d.code().equals("POWER")));
        assertTrue(inForce.categories().stream().noneMatch(c -> c.departmentCode().equals("POWER")),
                "the power-supply company takes part in the joint acceptance and approves no category");
    }

    @Test
    void aChangeMakesANewVersionAndTheOldDatesKeepTheOldLimits() throws Exception {
        LocalDate effective = nextEffectiveDate();
        CategoryView permit = category(catalogue.inForce(TODAY), "HUD-03");
        CategoryTerms shorter = new CategoryTerms(permit.code(), permit.name(), permit.nameEn(), permit.departmentCode(),
                permit.stage(), permit.statutoryDays(), permit.promisedDays() - 1, 0, permit.immediate(),
                permit.defaultCaseType(), permit.prerequisites(), permit.simulatable(), permit.materials(),
                permit.serviceContent(), permit.procedure(), permit.fee(), permit.legalBasis());

        CatalogueView created = admin.call(() -> administration.change(shorter, effective, "缩短施工许可承诺时限"));

        assertEquals(permit.promisedDays() - 1, category(catalogue.inForce(effective), "HUD-03").promisedDays());
        assertEquals(permit.promisedDays(), category(catalogue.inForce(effective.minusDays(1)), "HUD-03").promisedDays(),
                "a project planned the day before keeps the earlier version's promised limit");
        assertEquals(permit.promisedDays(), category(catalogue.version(1), "HUD-03").promisedDays());
        assertEquals(created.number(), catalogue.inForce(effective).number());
    }

    /** A version is read once a request; a department renamed in that request shows in the version read after it. */
    @Test
    void aDepartmentRenamedShowsInTheVersionReadRightAfterIt() throws Exception {
        DepartmentView met = catalogue.departments().stream().filter(d -> d.code().equals("MET")).findFirst().orElseThrow();
        try {
            String read = admin.call(() -> {
                category(catalogue.inForce(TODAY), "MET-01");
                DepartmentView renamed = administration.renameDepartment("MET", met.version(), "海门市气象局（更名）", "Renamed");
                return category(catalogue.inForce(TODAY), "MET-01").departmentName() + "|"
                        + category(catalogue.version(1), "MET-01").departmentNameEn() + "|" + renamed.name();
            });

            assertEquals("海门市气象局（更名）|Renamed|海门市气象局（更名）", read);
        } finally {
            DepartmentView now = catalogue.departments().stream().filter(d -> d.code().equals("MET")).findFirst().orElseThrow();
            admin.call(() -> administration.renameDepartment("MET", now.version(), met.name(), met.nameEn()));
        }
    }

    @Test
    void aVersionMayNotTakeEffectBeforeTheVersionItFollows() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> admin.call(() ->
                administration.apply(administration.export(1), LocalDate.of(2011, 1, 1), "backdated")));

        assertEquals("effectiveFrom", refused.field());
    }

    @Test
    void aChangeThatBreaksARuleIsRefusedAndMakesNoVersion() throws Exception {
        int versions = catalogue.versions().size();
        CategoryView permit = category(catalogue.inForce(TODAY), "HUD-03");
        CategoryTerms broken = new CategoryTerms(permit.code(), permit.name(), permit.nameEn(), permit.departmentCode(),
                permit.stage(), 1, 2, 0, false, permit.defaultCaseType(), List.of("HUD-04"), false, List.of("申请表"),
                null, null, null, null);

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> admin.call(() -> administration.change(broken, nextEffectiveDate(), "x")));

        assertEquals("promised_days", refused.field());
        assertEquals(versions, catalogue.versions().size());
    }

    @Test
    void anImportIsPreviewedThenAppliedWholeAndExportsBackTheSame() throws Exception {
        byte[] shipped = admin.call(() -> administration.export(1));
        String withoutQuake = new String(shipped, StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("QUAKE-01")).reduce((a, b) -> a + "\n" + b).orElseThrow();
        byte[] file = withoutQuake.getBytes(StandardCharsets.UTF_8);

        CatalogueImport preview = admin.call(() -> administration.preview(file));
        assertTrue(preview.isApplicable(), () -> preview.problems().toString());
        assertEquals(21, preview.categories());
        assertTrue(preview.removed().contains("QUAKE-01"));

        LocalDate effective = nextEffectiveDate();
        CatalogueView created = admin.call(() -> administration.apply(file, effective, "没有地震局"));
        assertEquals(21, created.categories().size());
        assertFalse(catalogue.inForce(effective).categories().stream().anyMatch(c -> c.code().equals("QUAKE-01")));
        byte[] exported = admin.call(() -> administration.export(created.number()));
        assertEquals(Set.copyOf(List.of(new String(exported, StandardCharsets.UTF_8).substring(1).split("\r\n"))).size(),
                22, "header and 21 categories");

        // Leave the latest version whole again for the suites that share this database.
        admin.call(() -> administration.apply(shipped, nextEffectiveDate(), "完整目录"));
    }

    @Test
    void aBadFileChangesNothing() throws Exception {
        int versions = catalogue.versions().size();
        byte[] gbk = new String(admin.call(() -> administration.export(1)), StandardCharsets.UTF_8).substring(1)
                .getBytes(Charset.forName("GBK"));

        assertFalse(admin.call(() -> administration.preview(gbk)).isApplicable());
        assertThrows(RuleViolation.class, () -> admin.call(() -> administration.apply(gbk, nextEffectiveDate(), "gbk")));
        assertThrows(RuleViolation.class, () -> admin.call(() -> administration.apply(new byte[0], nextEffectiveDate(), "empty")));
        assertEquals(versions, catalogue.versions().size());
    }

    @Test
    void onlyAdministratorsAndTheDirectorKeepTheCatalogue() {
        assertThrows(EJBAccessException.class, () -> officer.call(() -> administration.export(1)));
    }

    @Test
    void theDisclosuresAreSearchable() {
        List<CategoryView> found = catalogue.disclosures("消防", TODAY);

        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(c -> (c.name() + c.departmentName() + String.join("", c.materials())).contains("消防")));
        assertEquals(22, catalogue.disclosures(" ", TODAY).size());
    }

    private static CategoryView category(CatalogueView version, String code) {
        return version.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
