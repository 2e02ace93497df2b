package org.projectdesk.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.StandardELContext;
import jakarta.el.ExpressionFactory;
import org.junit.jupiter.api.Test;

class RecordElResolverTest {

    record Officer(String username, int projects) {
    }

    record Investor(String enterprise, String username) {
    }

    private final RecordElResolver resolver = new RecordElResolver();

    private ELContext context() {
        return new StandardELContext(ExpressionFactory.newInstance());
    }

    @Test
    void readsARecordComponentByName() {
        ELContext context = context();

        assertEquals("officer1", resolver.getValue(context, new Officer("officer1", 3), "username"));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void eachRecordClassIsReadByItsOwnComponents() {
        ELContext context = context();

        assertEquals("officer2", resolver.getValue(context, new Officer("officer2", 5), "username"));
        assertEquals("investor1", resolver.getValue(context, new Investor("91320684MA1X00001A", "investor1"), "username"));
        assertEquals(5, resolver.getValue(context, new Officer("officer2", 5), "projects"));
        assertNull(resolver.getValue(context(), new Investor("91320684MA1X00001A", "investor1"), "projects"));
    }

    @Test
    void leavesOtherObjectsAndUnknownNamesToTheNextResolver() {
        ELContext context = context();

        assertNull(resolver.getValue(context, "not a record", "length"));
        assertNull(resolver.getValue(context, new Officer("officer1", 3), "phone"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void recordsAreReadOnly() {
        ELContext context = context();
        Officer officer = new Officer("officer1", 3);

        assertTrue(resolver.isReadOnly(context, officer, "projects"));
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(context, officer, "projects", 4));
    }
}
