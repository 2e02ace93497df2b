package org.projectdesk.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.projectdesk.security.entity.Role;

/**
 * Who may read a history entry: the roles that may read its source ({@code null}: everyone who may
 * open the file) and, for a department window, the departments whose work it is ({@code null}: any).
 * The roles are taken from the source's own read method ({@link #readersOf}), so the history shows
 * no one what the source refuses them; {@code CallerScope.mayRead} decides.
 */
public record Readers(Set<Role> roles, Set<String> departments) {

    /** Everyone who may open the file. */
    public static final Readers EVERYONE = new Readers(null, null);

    public Readers {
        roles = roles == null ? null : Set.copyOf(roles);
        departments = departments == null ? null : Set.copyOf(new TreeSet<>(departments));
    }

    /**
     * The roles a boundary's read method allows ({@code @RolesAllowed} on the method, else on the
     * class; {@code @PermitAll}: everyone). Fails at class initialisation of the caller when the
     * method does not exist, so a renamed method cannot silently widen the history.
     */
    public static Readers readersOf(Class<?> boundary, String readMethod) {
        Method method = Arrays.stream(boundary.getMethods()).filter(m -> m.getName().equals(readMethod)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(boundary.getSimpleName() + " has no method " + readMethod));
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : method.isAnnotationPresent(PermitAll.class) ? null : boundary.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            return EVERYONE;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(allowed.value()).map(Role::valueOf).forEach(roles::add);
        return new Readers(roles, null);
    }

    /** The same readers, a department window among them only for these departments' work. */
    public Readers forDepartments(Collection<String> codes) {
        return new Readers(roles, Set.copyOf(codes));
    }

    /** The roles as stored: a comma-separated list, or null for everyone. */
    String storedRoles() {
        return roles == null ? null : String.join(",", roles.stream().map(Role::name).sorted().toList());
    }

    /** The departments as stored: a comma-separated list, or null for any. */
    String storedDepartments() {
        return departments == null ? null : String.join(",", new TreeSet<>(departments));
    }

    static Readers stored(String roles, String departments) {
        return new Readers(roles == null ? null : split(roles).stream().map(Role::valueOf).collect(
                java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Role.class))),
                departments == null ? null : split(departments));
    }

    private static Set<String> split(String list) {
        return list.isEmpty() ? Set.of() : Set.of(list.split(","));
    }
}
