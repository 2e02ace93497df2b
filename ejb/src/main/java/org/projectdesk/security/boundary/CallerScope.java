package org.projectdesk.security.boundary;

import jakarta.ejb.EJBAccessException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;

/**
 * The caller-scope policy: who the caller is and which part of the office's work they act on. It is
 * the one place that decides what a combination of roles means; boundaries, REST resources and pages
 * ask it and never test roles themselves. Which roles may call an operation at all is declared on the
 * boundary method ({@code @RolesAllowed}) and listed in the README's rights table; this record
 * narrows a permitted call to the caller's own department, enterprise or town.
 *
 * <p>Roles with a city-wide view (office staff, leaders, administrators) are never narrowed: an
 * account that is both a department window and an officer acts as an officer. A department window,
 * an investor or a town's staff without a recorded department, enterprise or town is narrowed to
 * nothing ({@value #NOTHING}), never widened to everything. The town is a narrowing of its own: an
 * account that is both a town's staff and a department window is narrowed to its department's matters
 * and to its town.
 */
public record CallerScope(String username, Set<Role> roles, String departmentCode, String enterpriseCode, String townCode) {

    /** The code a narrowed caller without a department, enterprise or town is narrowed to: it matches no row. */
    public static final String NOTHING = "-";

    private static final Set<Role> OFFICE = EnumSet.of(Role.OFFICER, Role.DIRECTOR);
    private static final Set<Role> CITY_WIDE = EnumSet.of(Role.OFFICER, Role.DIRECTOR, Role.LEADER, Role.ADMIN);

    public CallerScope {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Coordination-office staff: officers and the director, who act on every project. */
    public boolean isOffice() {
        return roles.stream().anyMatch(OFFICE::contains);
    }

    public boolean isDirector() {
        return has(Role.DIRECTOR);
    }

    public boolean isLeader() {
        return has(Role.LEADER);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Sees every project of the city: the office, leaders and administrators. */
    public boolean isCityWide() {
        return roles.stream().anyMatch(CITY_WIDE::contains);
    }

    /** A department's window staff acting only in their own department's matters, meetings and problems. */
    public boolean isDepartmentWindow() {
        return has(Role.DEPARTMENT) && !isCityWide();
    }

    /** An investor seeing only the projects of their own enterprise. */
    public boolean isInvestor() {
        return has(Role.INVESTOR) && !isCityWide() && !has(Role.DEPARTMENT);
    }

    /** A town's (区镇) staff, following only the projects located in their own town. */
    public boolean isTown() {
        return has(Role.TOWN) && !isCityWide();
    }

    /** Staff of the office or a department, or a leader: everyone who reads the service files but investors and administrators. */
    public boolean isStaff() {
        return isOffice() || has(Role.DEPARTMENT) || has(Role.LEADER);
    }

    /**
     * Who follows construction on the ground and writes it down: the office on every project, a town's
     * staff on its town's (progress notes; milestones stay the office's, see {@link #recordsMilestones}).
     */
    public boolean followsOnSite() {
        return isOffice() || isTown();
    }

    /** Who records the tracking file's milestones and moves a project along after its approvals: the office. */
    public boolean recordsMilestones() {
        return isOffice();
    }

    /** Who may export the ledger: those who see every project, and a town's staff its town's rows. */
    public boolean exportsLedger() {
        return isCityWide() || isTown();
    }

    /** Who works the approvals: the office on every matter, a department window on its own department's. */
    public boolean isCaseworker() {
        return isOffice() || has(Role.DEPARTMENT);
    }

    /** The department a department window is narrowed to; empty for everyone else. */
    public Optional<String> ownDepartment() {
        return isDepartmentWindow() ? Optional.of(orNothing(departmentCode)) : Optional.empty();
    }

    /** The enterprise (credit code) an investor is narrowed to; empty for everyone else. */
    public Optional<String> ownEnterprise() {
        return isInvestor() ? Optional.of(orNothing(enterpriseCode)) : Optional.empty();
    }

    /** The town a town's staff is narrowed to; empty for everyone else. */
    public Optional<String> ownTown() {
        return isTown() ? Optional.of(orNothing(townCode)) : Optional.empty();
    }

    /** Whether the caller may act on work of this department: their own, or any when not narrowed. */
    public boolean actsFor(String department) {
        return ownDepartment().map(own -> own.equals(department)).orElse(true);
    }

    /** Whether the caller may act on work shared by these departments: one of them their own, or any when not narrowed. */
    public boolean actsForAny(Collection<String> departments) {
        return ownDepartment().map(departments::contains).orElse(true);
    }

    /** Whether the caller may see a project of this enterprise: their own, or any when not narrowed. */
    public boolean sees(String enterpriseCreditCode) {
        return ownEnterprise().map(own -> own.equals(enterpriseCreditCode)).orElse(true);
    }

    /** Whether the caller may follow a project located in this town: their own, or any when not narrowed. */
    public boolean seesTown(String townCode) {
        return ownTown().map(own -> own.equals(townCode)).orElse(true);
    }

    /**
     * Whose figures by town the caller reads when asking for {@code asked} (null or blank: none in
     * particular): a town's staff its own town's, whatever it asks (another town's are "not found");
     * anyone else the town asked for, or every town's (empty). The city's totals go with either.
     */
    public Optional<String> townFigures(String asked) {
        if (asked == null || asked.isBlank()) {
            return ownTown();
        }
        String town = asked.strip().toUpperCase(Locale.ROOT);
        if (!seesTown(town)) {
            throw new NotFound("There is no town " + asked.strip());
        }
        return Optional.of(town);
    }

    /**
     * Whether the caller may read what only {@code readers} may read (null: everyone who may open the
     * project), as a department window only when one of {@code departments} is its own (null: any). A
     * town's staff reads the entries of its town's files only, which the file itself already ensures;
     * a town's staff that is also a department window stays narrowed to its department's work, as
     * everywhere else.
     */
    public boolean mayRead(Set<Role> readers, Collection<String> departments) {
        if (readers == null) {
            return true;
        }
        return roles.stream().filter(readers::contains)
                .anyMatch(role -> !narrowedByDepartment(role) || departments == null || actsForAny(departments));
    }

    private boolean narrowedByDepartment(Role role) {
        return role == Role.DEPARTMENT || role == Role.TOWN && isDepartmentWindow();
    }

    /** Refuses (403) a department window acting on another department's work. */
    public void requireOwnDepartment(String department, Supplier<String> refusal) {
        if (!actsFor(department)) {
            throw new EJBAccessException(refusal.get());
        }
    }

    /** Refuses (403) anyone but the director. */
    public void requireDirector(String what) {
        if (!isDirector()) {
            throw new EJBAccessException("Only the director " + what);
        }
    }

    /** Who issues a supervision order (督办) on a red or yellow matter from the board: the director. */
    public boolean issuesSupervisionOrders() {
        return isDirector();
    }

    private static String orNothing(String code) {
        return code == null || code.isBlank() ? NOTHING : code;
    }

    /**
     * Whether the caller records steps on a matter of this department (the step button): the office
     * on every matter, a department window on its own department's only ({@code Matters.record} refuses the rest).
     */
    public boolean recordsStepsOf(String department) {
        return isCaseworker() && actsFor(department);
    }

    /**
     * Whether the caller checks what an investor handed in for an item these departments ask for
     * (receives it, or refuses an upload with a reason): the office on every item, a department
     * window on its department's ({@code MaterialUploads.refuse} refuses the rest).
     */
    public boolean checksMaterialsOf(Collection<String> departments) {
        return isCaseworker() && actsForAny(departments);
    }

    /** Who reads the materials library (the notification's standard names): staff and administrators, as {@code StandardMaterials} admits. */
    public boolean readsMaterialsLibrary() {
        return isStaff() || isAdmin();
    }

    /** Who replaces the materials library by an import: administrators and the director, as {@code StandardMaterials.importLibrary} admits. */
    public boolean importsMaterialsLibrary() {
        return isAdmin() || isDirector();
    }
}
