package org.projectdesk.supervision.boundary;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.projectdesk.security.entity.Role;

/**
 * Who is told: accounts by name, every account of a role, the window accounts (role DEPARTMENT)
 * of departments and the staff accounts (role TOWN) of towns; the union of the four, each account
 * once. Only enabled accounts are told.
 */
public record Recipients(Set<String> users, Set<Role> roles, Set<String> departments, Set<String> towns) {

    public Recipients {
        users = Set.copyOf(users);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        departments = Set.copyOf(departments);
        towns = Set.copyOf(towns);
    }

    /** These accounts, by user name; blank names are left out. */
    public static Recipients users(Collection<String> usernames) {
        Set<String> named = new LinkedHashSet<>();
        usernames.stream().filter(u -> u != null && !u.isBlank()).forEach(named::add);
        return new Recipients(named, Set.of(), Set.of(), Set.of());
    }

    public static Recipients users(String... usernames) {
        return users(List.of(usernames));
    }

    /** Every account that has one of these roles. */
    public static Recipients roles(Role... roles) {
        return new Recipients(Set.of(), Set.of(roles), Set.of(), Set.of());
    }

    /** The window accounts of these departments. */
    public static Recipients departments(Collection<String> departmentCodes) {
        return new Recipients(Set.of(), Set.of(), Set.copyOf(departmentCodes), Set.of());
    }

    /** The staff accounts of these towns (区镇). */
    public static Recipients towns(String... townCodes) {
        return new Recipients(Set.of(), Set.of(), Set.of(), Set.of(townCodes));
    }

    /** These recipients and those. */
    public Recipients and(Recipients others) {
        Set<String> allUsers = new LinkedHashSet<>(users);
        allUsers.addAll(others.users);
        Set<Role> allRoles = EnumSet.noneOf(Role.class);
        allRoles.addAll(roles);
        allRoles.addAll(others.roles);
        Set<String> allDepartments = new LinkedHashSet<>(departments);
        allDepartments.addAll(others.departments);
        Set<String> allTowns = new LinkedHashSet<>(towns);
        allTowns.addAll(others.towns);
        return new Recipients(allUsers, allRoles, allDepartments, allTowns);
    }

    public boolean isEmpty() {
        return users.isEmpty() && roles.isEmpty() && departments.isEmpty() && towns.isEmpty();
    }
}
