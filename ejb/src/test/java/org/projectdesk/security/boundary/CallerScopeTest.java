package org.projectdesk.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.projectdesk.security.entity.Role;

class CallerScopeTest {

    private static CallerScope of(Set<Role> roles) {
        return new CallerScope("someone", roles, "LAND", "91320684MA1X00001A", "HMKFQ");
    }

    @Test
    void aDepartmentWindowIsNarrowedToItsDepartmentAndSeesEveryEnterprise() {
        CallerScope window = of(EnumSet.of(Role.DEPARTMENT));
        assertEquals(Optional.of("LAND"), window.ownDepartment());
        assertEquals(Optional.empty(), window.ownEnterprise());
        assertTrue(window.actsFor("LAND"));
        assertFalse(window.actsFor("FIRE"));
        assertTrue(window.sees("any enterprise"));
        EJBAccessException refused = assertThrows(EJBAccessException.class,
                () -> window.requireOwnDepartment("FIRE", () -> "only LAND's own"));
        assertEquals("only LAND's own", refused.getMessage());
    }

    @Test
    void anInvestorIsNarrowedToTheirEnterprise() {
        CallerScope investor = of(EnumSet.of(Role.INVESTOR));
        assertEquals(Optional.of("91320684MA1X00001A"), investor.ownEnterprise());
        assertTrue(investor.sees("91320684MA1X00001A"));
        assertFalse(investor.sees("91320684MA1X00002B"));
        assertEquals(Optional.empty(), investor.ownDepartment());
        assertFalse(investor.isStaff());
    }

    @Test
    void aCityWideRoleIsNeverNarrowedWhateverElseTheAccountHolds() {
        for (Role cityWide : EnumSet.of(Role.OFFICER, Role.DIRECTOR, Role.LEADER, Role.ADMIN)) {
            CallerScope scope = of(EnumSet.of(cityWide, Role.DEPARTMENT, Role.INVESTOR, Role.TOWN));
            assertEquals(Optional.empty(), scope.ownDepartment(), cityWide.name());
            assertEquals(Optional.empty(), scope.ownEnterprise(), cityWide.name());
            assertFalse(scope.isTown(), cityWide.name());
            assertEquals(Optional.empty(), scope.ownTown(), cityWide.name());
            assertTrue(scope.seesTown("CLZ"), cityWide.name());
            assertTrue(scope.actsFor("FIRE"), cityWide.name());
            assertTrue(scope.sees("91320684MA1X00002B"), cityWide.name());
        }
    }

    @Test
    void aNarrowedCallerWithoutARecordedDepartmentOrEnterpriseIsNarrowedToNothing() {
        CallerScope window = new CallerScope("w", EnumSet.of(Role.DEPARTMENT), null, null, null);
        CallerScope investor = new CallerScope("i", EnumSet.of(Role.INVESTOR), "LAND", " ", "HMKFQ");
        CallerScope town = new CallerScope("t", EnumSet.of(Role.TOWN), "LAND", "91320684MA1X00001A", "");
        assertEquals(Optional.of(CallerScope.NOTHING), window.ownDepartment());
        assertFalse(window.actsFor(null));
        assertEquals(Optional.of(CallerScope.NOTHING), investor.ownEnterprise());
        assertFalse(investor.sees(" "));
        assertEquals(Optional.of(CallerScope.NOTHING), town.ownTown());
        assertFalse(town.seesTown(""));
        assertFalse(town.seesTown(null));
        assertFalse(town.seesTown("HMKFQ"));
    }

    @Test
    void aTownsStaffIsNarrowedToItsTownAndToNothingElse() {
        CallerScope town = of(EnumSet.of(Role.TOWN));
        assertTrue(town.isTown());
        assertEquals(Optional.of("HMKFQ"), town.ownTown());
        assertTrue(town.seesTown("HMKFQ"));
        assertFalse(town.seesTown("CLZ"));
        assertFalse(town.seesTown(null), "a project without a town is not the town's");
        assertEquals(Optional.empty(), town.ownDepartment(), "the department recorded on the scope means nothing to a town");
        assertEquals(Optional.empty(), town.ownEnterprise());
        assertFalse(town.isStaff(), "not the office's, a department's or the leadership's staff");
        assertFalse(town.isCaseworker());
        assertFalse(town.isCityWide());
        assertFalse(town.isInvestor());
        assertFalse(town.isDepartmentWindow());
    }

    @Test
    void everyoneButATownsStaffSeesEveryTown() {
        for (Role other : EnumSet.complementOf(EnumSet.of(Role.TOWN))) {
            CallerScope scope = of(EnumSet.of(other));
            assertFalse(scope.isTown(), other.name());
            assertEquals(Optional.empty(), scope.ownTown(), other.name());
            assertTrue(scope.seesTown("CLZ"), other.name());
        }
    }

    @Test
    void theTownIsANarrowingOfItsOwnBesideADepartmentOrAnEnterprise() {
        CallerScope townAndWindow = of(EnumSet.of(Role.TOWN, Role.DEPARTMENT));
        assertTrue(townAndWindow.isTown());
        assertTrue(townAndWindow.isDepartmentWindow());
        assertEquals(Optional.of("HMKFQ"), townAndWindow.ownTown());
        assertEquals(Optional.of("LAND"), townAndWindow.ownDepartment());
        assertFalse(townAndWindow.seesTown("CLZ"));
        assertFalse(townAndWindow.actsFor("FIRE"));

        CallerScope townAndInvestor = of(EnumSet.of(Role.TOWN, Role.INVESTOR));
        assertTrue(townAndInvestor.isTown());
        assertTrue(townAndInvestor.isInvestor());
        assertEquals(Optional.of("HMKFQ"), townAndInvestor.ownTown());
        assertEquals(Optional.of("91320684MA1X00001A"), townAndInvestor.ownEnterprise());
    }

    @Test
    void aTownsStaffReadsNoHistoryEntryThatNamesItsReaders() {
        CallerScope town = of(EnumSet.of(Role.TOWN));
        assertTrue(town.mayRead(null, null), "null readers: everyone on the file");
        assertFalse(town.mayRead(EnumSet.complementOf(EnumSet.of(Role.TOWN)), null));
        assertTrue(town.mayRead(EnumSet.of(Role.TOWN), Set.of("FIRE")), "a department list narrows only department windows");
    }

    @Test
    void aTownsStaffFollowsItsProjectsOnTheGroundButRecordsNoMilestoneAndTakesNoApprovalStep() {
        CallerScope town = of(EnumSet.of(Role.TOWN));
        assertTrue(town.followsOnSite(), "progress notes on its town's projects");
        assertFalse(town.recordsMilestones(), "milestones and tracking stay the office's");
        assertTrue(town.exportsLedger(), "its town's rows");
        assertFalse(town.isCaseworker(), "no matter step");
        assertTrue(town.mayRead(EnumSet.of(Role.OFFICER, Role.TOWN), Set.of("FIRE")), "an entry of its town's file naming TOWN");

        assertTrue(of(EnumSet.of(Role.OFFICER)).followsOnSite());
        assertTrue(of(EnumSet.of(Role.DIRECTOR)).recordsMilestones());
        for (Role other : EnumSet.of(Role.DEPARTMENT, Role.INVESTOR, Role.LEADER, Role.ADMIN)) {
            CallerScope scope = of(EnumSet.of(other));
            assertFalse(scope.followsOnSite(), other.name());
            assertFalse(scope.recordsMilestones(), other.name());
        }
        assertTrue(of(EnumSet.of(Role.LEADER)).exportsLedger());
        assertFalse(of(EnumSet.of(Role.DEPARTMENT)).exportsLedger());
        assertFalse(of(EnumSet.of(Role.INVESTOR)).exportsLedger());
    }

    @Test
    void aTownsStaffThatIsAlsoADepartmentWindowReadsOnlyItsDepartmentsWorkInTheHistory() {
        CallerScope townAndWindow = of(EnumSet.of(Role.TOWN, Role.DEPARTMENT));
        Set<Role> problemReaders = EnumSet.of(Role.OFFICER, Role.DEPARTMENT, Role.TOWN);
        assertTrue(townAndWindow.mayRead(problemReaders, Set.of("LAND")));
        assertFalse(townAndWindow.mayRead(problemReaders, Set.of("FIRE")), "the town does not widen the window's narrowing");
        assertFalse(townAndWindow.mayRead(EnumSet.of(Role.TOWN), Set.of("FIRE")));
        assertTrue(townAndWindow.mayRead(EnumSet.of(Role.TOWN), null), "any department's");
    }

    @Test
    void anAccountThatIsBothWindowAndInvestorActsAsTheWindow() {
        CallerScope both = of(EnumSet.of(Role.DEPARTMENT, Role.INVESTOR));
        assertTrue(both.isDepartmentWindow());
        assertFalse(both.isInvestor());
        assertTrue(both.sees("91320684MA1X00002B"));
    }

    @Test
    void theOfficeIsOfficersAndTheDirectorAndOnlyTheDirectorDecides() {
        assertTrue(of(EnumSet.of(Role.OFFICER)).isOffice());
        assertTrue(of(EnumSet.of(Role.DIRECTOR)).isOffice());
        assertFalse(of(EnumSet.of(Role.LEADER)).isOffice());
        of(EnumSet.of(Role.DIRECTOR)).requireDirector("decides");
        EJBAccessException refused = assertThrows(EJBAccessException.class,
                () -> of(EnumSet.of(Role.OFFICER)).requireDirector("decides on the green channel"));
        assertEquals("Only the director decides on the green channel", refused.getMessage());
    }

    @Test
    void noRoleIsNoScopeAtAll() {
        CallerScope nobody = of(Set.of());
        assertFalse(nobody.isOffice());
        assertFalse(nobody.isStaff());
        assertEquals(Optional.empty(), nobody.ownDepartment());
        assertEquals(Optional.empty(), nobody.ownTown());
    }

    @Test
    void aHistoryEntryIsReadByItsReadersAndByADepartmentWindowOnlyForItsOwnDepartmentsWork() {
        Set<Role> office = EnumSet.of(Role.OFFICER, Role.DIRECTOR, Role.INVESTOR);
        assertTrue(of(EnumSet.of(Role.OFFICER)).mayRead(office, null));
        assertFalse(of(EnumSet.of(Role.LEADER)).mayRead(office, null), "a complaint is not the leader's");
        assertFalse(of(EnumSet.of(Role.DEPARTMENT)).mayRead(office, null));
        assertTrue(of(EnumSet.of(Role.LEADER)).mayRead(null, Set.of("FIRE")), "null readers: everyone on the file");

        Set<Role> withDepartments = EnumSet.of(Role.OFFICER, Role.DEPARTMENT, Role.LEADER);
        assertTrue(of(EnumSet.of(Role.DEPARTMENT)).mayRead(withDepartments, Set.of("LAND", "FIRE")));
        assertFalse(of(EnumSet.of(Role.DEPARTMENT)).mayRead(withDepartments, Set.of("FIRE")), "another department's problem");
        assertFalse(of(EnumSet.of(Role.DEPARTMENT)).mayRead(withDepartments, Set.of()), "nobody's department");
        assertTrue(of(EnumSet.of(Role.DEPARTMENT)).mayRead(withDepartments, null), "any department's");
        assertTrue(of(EnumSet.of(Role.DEPARTMENT, Role.LEADER)).mayRead(withDepartments, Set.of("FIRE")),
                "a city-wide role is never narrowed");
    }

    @Test
    void aTownsStaffReadsItsOwnTownsFiguresWhateverItAsksAndAnotherTownsAreNotFound() {
        CallerScope town = of(EnumSet.of(Role.TOWN));
        assertEquals(Optional.of("HMKFQ"), town.townFigures(null));
        assertEquals(Optional.of("HMKFQ"), town.townFigures(" hmkfq "));
        assertThrows(org.projectdesk.shared.control.NotFound.class, () -> town.townFigures("CLZ"));
        assertEquals(Optional.of(CallerScope.NOTHING), new CallerScope("t", EnumSet.of(Role.TOWN), null, null, null)
                .townFigures(""), "a town's staff without a town reads no town's row");

        CallerScope leader = of(EnumSet.of(Role.LEADER, Role.TOWN));
        assertEquals(Optional.empty(), leader.townFigures(null), "every town's");
        assertEquals(Optional.of("CLZ"), leader.townFigures("clz"), "the town asked for");
    }

    @Test
    void theStepButtonIsTheOfficesOnEveryMatterAndAWindowsOnItsOwnDepartmentsOnly() {
        CallerScope window = of(EnumSet.of(Role.DEPARTMENT));
        CallerScope officer = of(EnumSet.of(Role.OFFICER));
        assertTrue(window.recordsStepsOf("LAND"));
        assertFalse(window.recordsStepsOf("FIRE"));
        assertTrue(officer.recordsStepsOf("FIRE"));
        for (Role reader : EnumSet.of(Role.LEADER, Role.ADMIN, Role.INVESTOR, Role.TOWN)) {
            assertFalse(of(EnumSet.of(reader)).recordsStepsOf("LAND"), reader.name());
        }
    }
}
