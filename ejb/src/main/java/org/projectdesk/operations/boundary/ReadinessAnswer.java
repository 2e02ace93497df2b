package org.projectdesk.operations.boundary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a readiness check hands the health deployment beside the EAR: whether this node is ready on
 * it (the key) and what a monitor reads beside (the value, in order). JDK types only, because that
 * deployment sees none of the application's classes; it reads a value as a string, a whole number
 * or a boolean.
 */
final class ReadinessAnswer {

    private final boolean ready;
    private final Map<String, Object> data = new LinkedHashMap<>();

    private ReadinessAnswer(boolean ready) {
        this.ready = ready;
    }

    static ReadinessAnswer ready(boolean ready) {
        return new ReadinessAnswer(ready);
    }

    /** Leaves out a value that is not there rather than writing "null" for a monitor to parse. */
    ReadinessAnswer with(String key, Object value) {
        if (value != null) {
            data.put(key, value instanceof Integer i ? Long.valueOf(i) : value);
        }
        return this;
    }

    Map.Entry<Boolean, Map<String, Object>> entry() {
        return Map.entry(ready, Collections.unmodifiableMap(data));
    }
}
