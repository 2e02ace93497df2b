package org.projectdesk.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.projectdesk.security.entity.Role;

/**
 * The README's rights table ("Who may do what") read as data, and the boundaries' declared rights read
 * from their annotations, for the tests that hold the two together.
 */
public final class RightsTable {

    /** One row: its operation, the boundary methods it names ("Matters.record") and the roles it lets call them. */
    public record Row(String operation, List<String> methods, Set<Role> allowed) {
    }

    private static final String HEADING = "## Who may do what";

    private RightsTable() {
    }

    public static List<Row> fromReadme(Path readme) {
        List<String> lines;
        try {
            lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf(HEADING);
        if (start < 0) {
            throw new IllegalStateException(readme + " has no section " + HEADING);
        }
        List<Role> columns = null;
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                    .map(String::strip).toList();
            if (columns == null) {
                columns = cells.subList(2, cells.size()).stream().map(Role::valueOf).toList();
                continue;
            }
            Set<Role> allowed = EnumSet.noneOf(Role.class);
            for (int i = 0; i < columns.size(); i++) {
                if (!cells.get(i + 2).equals("—")) {
                    allowed.add(columns.get(i));
                }
            }
            rows.add(new Row(cells.get(0), methods(cells.get(1)), allowed));
        }
        return rows;
    }

    /** "`Logins`: authenticate, profile; `Callers`: current" as Logins.authenticate, Logins.profile, Callers.current. */
    private static List<String> methods(String cell) {
        List<String> methods = new ArrayList<>();
        for (String part : cell.split(";")) {
            String[] classAndNames = part.split(":", 2);
            String boundary = classAndNames[0].strip().replace("`", "");
            Arrays.stream(classAndNames[1].split(",")).map(String::strip).forEach(m -> methods.add(boundary + "." + m));
        }
        return methods;
    }

    /** Every public business method of every session bean in a feature's boundary, with the roles it admits. */
    public static Map<String, Set<Role>> declared(Path classes) {
        Map<String, Set<Role>> rights = new TreeMap<>();
        for (Class<?> bean : boundaryBeans(classes)) {
            Set<Role> beanRoles = roles(bean.getAnnotation(RolesAllowed.class), bean.isAnnotationPresent(DenyAll.class));
            for (Method method : bean.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                Set<Role> roles = method.isAnnotationPresent(PermitAll.class) ? EnumSet.allOf(Role.class)
                        : method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(DenyAll.class)
                        ? roles(method.getAnnotation(RolesAllowed.class), method.isAnnotationPresent(DenyAll.class))
                        : beanRoles;
                String name = bean.getSimpleName() + "." + method.getName();
                Set<Role> earlier = rights.put(name, roles);
                if (earlier != null && !earlier.equals(roles)) {
                    throw new IllegalStateException(name + " is overloaded with different rights: " + earlier + " and " + roles);
                }
            }
        }
        return rights;
    }

    /** Roles a {@code @RolesAllowed} admits; every role when the bean declares nothing or permits all. */
    private static Set<Role> roles(RolesAllowed allowed, boolean denyAll) {
        if (denyAll) {
            return EnumSet.noneOf(Role.class);
        }
        if (allowed == null) {
            return EnumSet.allOf(Role.class);
        }
        return Arrays.stream(allowed.value()).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public static List<Class<?>> boundaryBeans(Path classes) {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> p.getParent().getFileName().toString().equals("boundary"))
                    .filter(p -> p.getFileName().toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(RightsTable::load)
                    .filter(c -> c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class))
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RightsTable.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows keyed by boundary method, refusing a method named in two rows. */
    public static Map<String, Row> byMethod(List<Row> rows) {
        Map<String, Row> byMethod = new LinkedHashMap<>();
        for (Row row : rows) {
            for (String method : row.methods()) {
                Row earlier = byMethod.put(method, row);
                if (earlier != null) {
                    throw new IllegalStateException(method + " is in two rows: \"" + earlier.operation() + "\" and \""
                            + row.operation() + "\"");
                }
            }
        }
        return byMethod;
    }
}
