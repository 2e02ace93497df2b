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
        return new CallerScope("someone", roles, "LAND", "91320684MA1X00001A");
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
            CallerScope scope = of(EnumSet.of(cityWide, Role.DEPARTMENT, Role.INVESTOR));
            assertEquals(Optional.empty(), scope.ownDepartment(), cityWide.name());
            assertEquals(Optional.empty(), scope.ownEnterprise(), cityWide.name());
            assertTrue(scope.actsFor("FIRE"), cityWide.name());
            assertTrue(scope.sees("91320684MA1X00002B"), cityWide.name());
        }
    }

    @Test
    void aNarrowedCallerWithoutARecordedDepartmentOrEnterpriseIsNarrowedToNothing() {
        CallerScope window = new CallerScope("w", EnumSet.of(Role.DEPARTMENT), null, null);
        CallerScope investor = new CallerScope("i", EnumSet.of(Role.INVESTOR), "LAND", " ");
        assertEquals(Optional.of(CallerScope.NOTHING), window.ownDepartment());
        assertFalse(window.actsFor(null));
        assertEquals(Optional.of(CallerScope.NOTHING), investor.ownEnterprise());
        assertFalse(investor.sees(" "));
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
}
