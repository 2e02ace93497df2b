package org.projectdesk.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.projectdesk.catalogue.control.CategoryFile;
import org.projectdesk.catalogue.entity.CategoryTerms;
import org.projectdesk.notification.entity.StandardMaterial;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.shared.control.MaterialNames;
import org.projectdesk.shared.control.ShippedFiles;

class MaterialFileTest {

    private static final Set<String> CATEGORIES = Set.of("PLAN-01", "PLAN-03");

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyProblemIsReportedByLineAndColumnAndNothingIsTaken() {
        MaterialFile file = MaterialFile.read(csv("""
                code,name,name_en,produced_by,synonyms
                LICENCE,营业执照,Business licence,,企业营业执照复印件|企业营业执照副本复印件
                licence,执照,Licence,,
                PERMIT,建设工程规划许可证,,PLAN-99,建设工程规划许可证复印件
                bad code,营业执照复印件,Copy,,企业营业执照 复印件。
                """), CATEGORIES);

        assertFalse(file.isValid());
        assertEquals(List.of(), file.materials(), "a file with a problem gives no material");
        assertEquals(List.of(
                        ImportProblem.of(3, "code", "import.duplicate", "LICENCE", 2L),
                        ImportProblem.of(4, "produced_by", "catalogue.category.unknown", "PLAN-99"),
                        ImportProblem.of(4, "name_en", "import.required"),
                        ImportProblem.of(5, "code", "materials.import.code", "BAD CODE"),
                        ImportProblem.of(5, "synonyms", "materials.import.wording", "企业营业执照 复印件。", "营业执照", 2L)),
                file.problems().stream().sorted(java.util.Comparator.comparingLong(ImportProblem::line)).toList());
        assertEquals("第5行，synonyms列：“企业营业执照 复印件。”已是“营业执照”的一种写法（第2行）",
                "第5行，synonyms列：" + file.problems().get(4).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        List<StandardMaterial> library = List.of(
                new StandardMaterial("PERMIT", 1, "建设工程规划许可证", "Planning permit, \"the\" permit", "PLAN-03",
                        List.of("建设工程规划许可证复印件", "建设工程规划许可证及附图")),
                new StandardMaterial("LICENCE", 2, "营业执照", "=Business licence", null, List.of()));

        MaterialFile read = MaterialFile.read(MaterialFile.write(library), CATEGORIES);

        assertEquals(List.of(), read.problems());
        assertEquals(List.of("PERMIT 建设工程规划许可证 Planning permit, \"the\" permit PLAN-03 [建设工程规划许可证复印件, 建设工程规划许可证及附图]",
                        "LICENCE 营业执照 =Business licence null []"),
                read.materials().stream().map(m -> m.getCode() + " " + m.getName() + " " + m.getNameEn() + " "
                        + m.getProducedBy() + " " + m.getSynonyms()).toList());
    }

    @Test
    void theShippedLibraryIsValidAndMergesTheCataloguesWordingsOfTheLicenceAndThePlanningPermit() {
        List<CategoryTerms> catalogue = CategoryFile.read(ShippedFiles.read("config/catalogue/categories.csv"),
                Set.of("DRC", "EIC", "LAND", "PLAN", "HUD", "EPB", "FIRE", "CAD", "MET", "WATER", "SAFETY", "QUAKE", "TRANS"))
                .categories();
        Set<String> categories = catalogue.stream().map(CategoryTerms::code).collect(Collectors.toSet());
        MaterialFile shipped = MaterialFile.read(ShippedFiles.read("config/notification/materials.csv"), categories);
        assertEquals(List.of(), shipped.problems());
        MaterialLibrary library = MaterialLibrary.of(shipped.materials());
        List<String> wordings = catalogue.stream().flatMap(c -> c.materials().stream()).toList();

        assertEquals(Set.of("企业营业执照副本复印件", "企业营业执照复印件", "申请人身份证明（营业执照）", "营业执照等合法身份证明文件"),
                wordings.stream().filter(w -> library.name(w).equals("营业执照")).collect(Collectors.toSet()));
        assertEquals(Set.of("建设工程规划许可证", "建设工程规划许可证（或模拟审批文件）", "建设工程规划许可证明文件", "建设工程规划许可证复印件",
                        "建设工程规划许可证及总平面图", "建设工程规划许可证及附图"),
                wordings.stream().filter(w -> library.name(w).equals("建设工程规划许可证")).collect(Collectors.toSet()));
        assertEquals("PLAN-03", library.standardOf("建设工程规划许可证及附图").orElseThrow().producedBy());
        assertEquals(MaterialNames.key("用地红线图"), library.key("用地红线图"), "a wording the library does not know stands for itself");
    }
}
