package org.projectdesk.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.projectdesk.notification.entity.StandardMaterial;

class MaterialLibraryTest {

    private static final StandardMaterial LICENCE = new StandardMaterial("LICENCE", 1, "营业执照", "Business licence", null,
            List.of("企业营业执照复印件", "营业执照副本"));
    private static final StandardMaterial PERMIT = new StandardMaterial("PERMIT", 2, "建设工程规划许可证", "Planning permit",
            "PLAN-03", List.of("建设工程规划许可证复印件"));

    @Test
    void theSameLibraryChangesNothing() {
        assertTrue(MaterialLibrary.of(List.of(LICENCE, PERMIT)).changesTo(MaterialLibrary.of(List.of(LICENCE, PERMIT))).isEmpty());
    }

    @Test
    void aSynonymDroppedConcernsItsOwnItemAndTheStandardOneItWasMergedInto() {
        StandardMaterial fewerWordings = new StandardMaterial("LICENCE", 1, "营业执照", "Business licence", null,
                List.of("营业执照副本"));

        MaterialLibrary.Change change = MaterialLibrary.of(List.of(LICENCE, PERMIT))
                .changesTo(MaterialLibrary.of(List.of(fewerWordings, PERMIT)));

        assertEquals(Set.of("企业营业执照复印件", "营业执照"), change.itemKeys());
        assertEquals(Set.of(), change.producers(), "nobody issues the licence");
    }

    @Test
    void aDocumentNoLongerIssuedByACategoryConcernsThePlansWithThatCategory() {
        StandardMaterial broughtByTheInvestor = new StandardMaterial("PERMIT", 2, "建设工程规划许可证", "Planning permit", null,
                List.of("建设工程规划许可证复印件"));

        MaterialLibrary.Change change = MaterialLibrary.of(List.of(LICENCE, PERMIT))
                .changesTo(MaterialLibrary.of(List.of(LICENCE, broughtByTheInvestor)));

        assertEquals(Set.of("建设工程规划许可证", "建设工程规划许可证复印件"), change.itemKeys());
        assertEquals(Set.of("PLAN-03"), change.producers());
    }

    @Test
    void aWholeNewLibraryConcernsEveryWordingItKnows() {
        MaterialLibrary.Change change = MaterialLibrary.EMPTY.changesTo(MaterialLibrary.of(List.of(LICENCE)));

        assertEquals(Set.of("营业执照", "企业营业执照复印件", "营业执照副本"), change.itemKeys());
    }
}
