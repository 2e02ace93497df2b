package org.projectdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.security.entity.Role;
import org.projectdesk.testing.AsAdmin;
import org.projectdesk.testing.AsDirector;
import org.projectdesk.testing.AsInvestor;
import org.projectdesk.testing.AsLandWindow;
import org.projectdesk.testing.AsLeader;
import org.projectdesk.testing.AsOfficer;
import org.projectdesk.testing.AsTown;
import org.projectdesk.testing.Deployments;

/**
 * Every cell of the README's rights table that refuses a role, tried on the server as that role: the
 * container answers EJBAccessException (403 on the API) before the method does anything. The cells
 * are read from the README when the archive is built and travel in it as {@value #CELLS}.
 */
@ExtendWith(ArquillianExtension.class)
class RightsIT {

    private static final String CELLS = "rights-refused.txt";

    @Deployment
    static WebArchive deployment() {
        StringBuilder cells = new StringBuilder();
        for (RightsTable.Row row : RightsTable.fromReadme(Path.of("..", "README.md"))) {
            Set<Role> refused = EnumSet.complementOf(EnumSet.copyOf(orNone(row.allowed())));
            for (String method : row.methods()) {
                refused.forEach(role -> cells.append(method).append(' ').append(role).append('\n'));
            }
        }
        return Deployments.application("rights-test", AsAdmin.class, AsDirector.class, AsOfficer.class,
                        AsLandWindow.class, AsInvestor.class, AsLeader.class, AsTown.class, RightsTable.class)
                .addAsResource(new StringAsset(cells.toString()), CELLS);
    }

    private static Set<Role> orNone(Set<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles;
    }

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsDirector asDirector;

    @Inject
    AsOfficer asOfficer;

    @Inject
    AsLandWindow asDepartment;

    @Inject
    AsInvestor asInvestor;

    @Inject
    AsLeader asLeader;

    @Inject
    AsTown asTown;

    @Test
    void everyRefusedCellIsRefusedByTheContainer() throws Exception {
        Map<Role, Caller> callers = new EnumMap<>(Role.class);
        callers.put(Role.ADMIN, asAdmin::call);
        callers.put(Role.DIRECTOR, asDirector::call);
        callers.put(Role.OFFICER, asOfficer::call);
        callers.put(Role.DEPARTMENT, asDepartment::call);
        callers.put(Role.INVESTOR, asInvestor::call);
        callers.put(Role.LEADER, asLeader::call);
        callers.put(Role.TOWN, asTown::call);
        List<String> cells = cells();
        assertTrue(cells.size() > 200, "only " + cells.size() + " refused cells in the table");
        List<String> letThrough = new ArrayList<>();
        for (String cell : cells) {
            String[] parts = cell.split(" ");
            String boundary = parts[0].substring(0, parts[0].indexOf('.'));
            String methodName = parts[0].substring(parts[0].indexOf('.') + 1);
            Role role = Role.valueOf(parts[1]);
            Object bean = InitialContext.doLookup("java:module/" + boundary);
            for (Method method : methods(bean.getClass(), methodName)) {
                Throwable outcome = callers.get(role).call(() -> invoke(bean, method));
                if (!(outcome instanceof EJBAccessException)) {
                    letThrough.add(parts[0] + " as " + role + ": " + (outcome == null ? "returned" : outcome));
                }
            }
        }
        assertEquals(List.of(), letThrough);
    }

    /** What calling the method with empty arguments came to: null when it returned. */
    private static Throwable invoke(Object bean, Method method) {
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(RightsIT::empty).toArray();
        try {
            method.invoke(bean, arguments);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Map<Class<?>, Object> PRIMITIVE_ZEROES = Map.of(boolean.class, false, char.class, '\0',
            byte.class, (byte) 0, short.class, (short) 0, int.class, 0, long.class, 0L, float.class, 0f, double.class, 0d);

    private static Object empty(Class<?> type) {
        return type.isPrimitive() ? PRIMITIVE_ZEROES.get(type) : null;
    }

    /** The bean's public methods of this name, found on the bean class behind the container's view. */
    private static List<Method> methods(Class<?> view, String name) {
        List<Method> found = new ArrayList<>();
        for (Class<?> c = view; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && java.lang.reflect.Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()
                        && found.stream().noneMatch(f -> Arrays.equals(f.getParameterTypes(), m.getParameterTypes()))) {
                    found.add(m);
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException(view + " has no public method " + name);
        }
        return found;
    }

    private static List<String> cells() throws Exception {
        try (var in = RightsIT.class.getClassLoader().getResourceAsStream(CELLS)) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @FunctionalInterface
    interface Caller {
        <T> T call(Callable<T> work) throws Exception;
    }
}
