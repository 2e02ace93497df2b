package org.projectdesk.approval.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MatterEventTest {

    /** The JSON's "type" of each step is the name the audit trail gives it: one alias a step, none left out. */
    @Test
    void eachStepIsNamedInJsonAsItsType() throws ReflectiveOperationException {
        Map<String, String> aliases = new TreeMap<>();
        for (JsonbSubtype subtype : MatterEvent.class.getAnnotation(JsonbTypeInfo.class).value()) {
            Class<?> step = subtype.type();
            Object[] nothing = new Object[step.getRecordComponents().length];
            MatterEvent event = (MatterEvent) step.getDeclaredConstructor(Arrays.stream(step.getRecordComponents())
                    .map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(nothing);
            aliases.put(subtype.alias(), event.type().name());
        }
        Map<String, String> types = new TreeMap<>();
        Arrays.stream(MatterEvent.Type.values()).forEach(t -> types.put(t.name(), t.name()));
        assertEquals(types, aliases);
        assertEquals(MatterEvent.Type.values().length, MatterEvent.class.getPermittedSubclasses().length);
    }
}
