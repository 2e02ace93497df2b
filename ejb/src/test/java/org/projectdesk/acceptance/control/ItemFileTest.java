package org.projectdesk.acceptance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.projectdesk.acceptance.entity.ItemDefinition;
import org.projectdesk.shared.control.ImportProblem;

class ItemFileTest {

    private static final Set<String> DEPARTMENTS = Set.of("DRC", "EIC", "LAND", "PLAN", "HUD", "EPB", "FIRE", "CAD", "MET",
            "WATER", "SAFETY", "QUAKE", "TRANS", "POWER");
    private static final Set<String> CATEGORIES = Set.of("PLAN-04", "FIRE-01", "FIRE-02", "HUD-04", "CAD-01", "EPB-01",
            "MET-01", "WATER-01", "SAFETY-01", "EIC-01");
    private static final String HEADER = "code,name,name_en,department,category,time_limit_days,project_types,applies_when,"
            + "check_items,materials,legal_basis\n";

    private static byte[] shipped() throws IOException {
        try (InputStream in = ItemFileTest.class.getResourceAsStream("/config/acceptance/items.csv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theShippedItemsAreValidAndWriteBackAsRead() throws IOException {
        ItemFile file = ItemFile.read(shipped(), DEPARTMENTS, CATEGORIES);
        assertEquals(List.of(), file.problems());
        assertEquals(12, file.items().size());
        ItemDefinition fire = file.items().stream().filter(i -> i.getCode().equals("ACC-FIRE")).findFirst().orElseThrow();
        assertEquals("FIRE-02", fire.getCategoryCode());
        assertTrue(fire.getChecks().stream().anyMatch(c -> c.isCritical()), "fire acceptance has safety-critical checks");
        assertTrue(file.items().stream().allMatch(i -> !i.getMaterials().isEmpty() && !i.getChecks().isEmpty()));

        ItemFile again = ItemFile.read(ItemFile.write(file.items()), DEPARTMENTS, CATEGORIES);
        assertEquals(List.of(), again.problems());
        assertEquals(file.items().stream().map(ItemFileTest::written).toList(),
                again.items().stream().map(ItemFileTest::written).toList());
    }

    private static String written(ItemDefinition i) {
        return i.getCode() + i.getDepartmentCode() + i.getCategoryCode() + i.getLimitDays() + i.getProjectTypes()
                + i.getAppliesWhen() + i.getChecks().stream().map(c -> (c.isCritical() ? "!" : "") + c.getText()).toList()
                + i.getMaterials();
    }

    @Test
    void everyProblemIsToldByLineAndColumnAndNothingIsTaken() {
        String csv = HEADER
                + "ACC-A,甲,A,PLAN,PLAN-04,5,INDUSTRIAL,,!核实高度|资料齐全,申请表,\n"
                + "ACC-B,乙,B,NOWHERE,,5,INDUSTRIAL,,检查,申请表,\n"
                + "ACC-A,丙,C,HUD,,0,FACTORY,plan:XX-99|soon,检查,申请表,\n"
                + "ACC-D,丁,D,HUD,,5,INDUSTRIAL,,,,\n";
        ItemFile file = ItemFile.read(csv.getBytes(StandardCharsets.UTF_8), DEPARTMENTS, CATEGORIES);
        assertEquals(List.of(), file.items(), "all or nothing");
        assertEquals(List.of("3:department:catalogue.department.unknown", "4:code:import.duplicate",
                        "4:time_limit_days:acceptance.import.days", "4:project_types:import.oneOf",
                        "4:applies_when:acceptance.import.condition", "4:applies_when:acceptance.import.condition",
                        "5:check_items:import.required", "5:materials:import.required"),
                file.problems().stream().map(p -> p.line() + ":" + p.column() + ":" + p.key()).toList());
        ImportProblem duplicate = file.problems().get(1);
        assertEquals(List.of("ACC-A", "2"), List.of(duplicate.arguments()), "names the line it first appeared on");
    }

    @Test
    void anEmptyFileIsRefused() {
        ItemFile file = ItemFile.read(HEADER.getBytes(StandardCharsets.UTF_8), DEPARTMENTS, CATEGORIES);
        assertEquals(List.of("import.noRows"), file.problems().stream().map(ImportProblem::key).toList());
    }
}
