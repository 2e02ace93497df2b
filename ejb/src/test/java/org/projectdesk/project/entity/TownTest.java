package org.projectdesk.project.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.RuleViolation;

class TownTest {

    private static Town changle() {
        return new Town("CLZ", "常乐镇", "Changle Town", TownKind.TOWN, 7);
    }

    @Test
    void aNewTownIsOfferedUnderItsStrippedNames() {
        Town town = new Town("CLZ", " 常乐镇 ", "Changle Town ", TownKind.TOWN, 7);
        assertEquals("常乐镇", town.getName());
        assertEquals("Changle Town", town.getNameEn());
        assertTrue(town.isActive());
        assertEquals(7, town.getPosition());
    }

    @Test
    void aCodeIsUpperCaseLettersAndDigitsStartingWithALetter() {
        for (String bad : new String[] {null, "", "c", "clz", "1CLZ", "CL-Z", "ABCDEFGHIJKLMNOPQRSTU"}) {
            assertEquals("code", assertThrows(RuleViolation.class, () -> new Town(bad, "镇", "Town", TownKind.TOWN, 1)).field(),
                    String.valueOf(bad));
        }
        assertEquals("HMKFQ2", new Town("HMKFQ2", "区", "Zone", TownKind.DEVELOPMENT_ZONE, 1).getCode());
    }

    @Test
    void renamingNeedsBothNamesAndARefusedRenameChangesNothing() {
        Town town = changle();
        assertEquals("name", assertThrows(RuleViolation.class, () -> town.rename(" ", "Changle")).field());
        assertEquals("nameEn", assertThrows(RuleViolation.class, () -> town.rename("常乐", null)).field());
        assertEquals("常乐镇", town.getName());
        assertEquals("Changle Town", town.getNameEn());
        town.rename("常乐", "Changle");
        assertEquals("Changle", town.getNameEn());
    }

    @Test
    void aKindIsRequired() {
        Town town = changle();
        assertEquals("kind", assertThrows(RuleViolation.class, () -> town.classify(null)).field());
        assertEquals(TownKind.TOWN, town.getKind());
        town.classify(TownKind.STREET);
        assertEquals(TownKind.STREET, town.getKind());
    }

    @Test
    void anInactiveTownIsRefusedForNewWorkUntilItIsActiveAgain() {
        Town town = changle();
        town.requireOffered("town");
        town.deactivate();
        assertFalse(town.isActive());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> town.requireOffered("townCode"));
        assertEquals("townCode", refused.field());
        assertEquals("town.inactive", refused.key());
        town.activate();
        town.requireOffered("town");
    }

    @Test
    void aPlaceInTheListIsOneOrMore() {
        Town town = changle();
        assertEquals("position", assertThrows(RuleViolation.class, () -> town.moveTo(0)).field());
        assertEquals(7, town.getPosition());
        town.moveTo(2);
        assertEquals(2, town.getPosition());
    }
}
