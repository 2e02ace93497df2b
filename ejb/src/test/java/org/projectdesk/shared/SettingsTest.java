package org.projectdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.Settings;

class SettingsTest {

    @Test
    void aSystemPropertyIsReadAndBlankMeansUnset() {
        System.setProperty("projectdesk.test.threads", "7");
        System.setProperty("projectdesk.test.blank", " ");
        try {
            assertEquals(7, Settings.getInt("projectdesk.test.threads", 4));
            assertEquals("fallback", Settings.get("projectdesk.test.blank", "fallback"));
            assertEquals(4, Settings.getInt("projectdesk.test.unset", 4));
        } finally {
            System.clearProperty("projectdesk.test.threads");
            System.clearProperty("projectdesk.test.blank");
        }
    }

    @Test
    void theEnvironmentIsReadUnderTheUpperCaseName() {
        String path = System.getenv("PATH");

        assertEquals(path, Settings.get("path", null));
    }

    @Test
    void aNonNumberNamesTheSetting() {
        System.setProperty("projectdesk.test.threads", "four");
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Settings.getInt("projectdesk.test.threads", 4));
            assertEquals("Setting projectdesk.test.threads must be a whole number, not 'four'", e.getMessage());
        } finally {
            System.clearProperty("projectdesk.test.threads");
        }
    }
}
