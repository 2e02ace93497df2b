package org.projectdesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.projectdesk.security.entity.Role;

/** The README's rights table says what the boundaries declare: every method, every role. */
class RightsTableTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void everyBoundaryMethodIsInOneRowWithTheRolesItDeclares() {
        Map<String, RightsTable.Row> table = RightsTable.byMethod(RightsTable.fromReadme(README));
        Map<String, Set<Role>> declared = RightsTable.declared(CLASSES);
        List<String> wrong = new ArrayList<>();
        declared.forEach((method, roles) -> {
            RightsTable.Row row = table.get(method);
            if (row == null) {
                wrong.add(method + " is in no row of the README's rights table (it admits " + roles + ")");
            } else if (!row.allowed().equals(roles)) {
                wrong.add(method + " admits " + roles + " but the row \"" + row.operation() + "\" says " + row.allowed());
            }
        });
        Set<String> unknown = new TreeSet<>(table.keySet());
        unknown.removeAll(declared.keySet());
        unknown.forEach(method -> wrong.add("the rights table names " + method + ", which no boundary has"));
        assertEquals(List.of(), wrong);
    }

    @Test
    void theTableCoversEveryFeaturesBoundaries() {
        List<Class<?>> beans = RightsTable.boundaryBeans(CLASSES);
        assertTrue(beans.size() >= 25, "found only " + beans.size() + " boundary beans under " + CLASSES.toAbsolutePath());
        assertEquals(Set.of("acceptance", "approval", "audit", "backup", "calendar", "catalogue", "coordination", "greenchannel", "meeting",
                        "notification", "operations", "portal", "project", "referral", "report", "scheduling", "security", "servicefile", "supervision",
                        "worklist"),
                new TreeSet<>(beans.stream().map(c -> c.getPackageName().split("\\.")[2]).toList()));
    }
}
