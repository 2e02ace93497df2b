package org.projectdesk.shared.control;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Ids for an {@code in (...)} as one parameter each, padded to the next power of two by repeating the
 * last. Hibernate 6 translates a query that binds a collection parameter afresh on every call (its
 * plan cache skips multi-valued bindings); written this way, a query is translated once per padded
 * size and then taken from the cache, a few sizes in all.
 */
public final class IdParameters {

    private final String prefix;
    private final List<Long> ids;
    private final int slots;

    private IdParameters(String prefix, List<Long> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("in () needs at least one id");
        }
        this.prefix = prefix;
        this.ids = List.copyOf(ids);
        this.slots = Integer.highestOneBit(ids.size()) == ids.size() ? ids.size() : Integer.highestOneBit(ids.size()) << 1;
    }

    public static IdParameters of(String prefix, List<Long> ids) {
        return new IdParameters(prefix, ids);
    }

    /** {@code (:prefix0, :prefix1, ...)}, as many as the padded size. */
    public String list() {
        StringJoiner list = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < slots; i++) {
            list.add(":" + prefix + i);
        }
        return list.toString();
    }

    /** Each parameter of {@link #list()} with its id; the slots past the last id repeat it. */
    public Map<String, Long> values() {
        Map<String, Long> values = new LinkedHashMap<>();
        for (int i = 0; i < slots; i++) {
            values.put(prefix + i, ids.get(Math.min(i, ids.size() - 1)));
        }
        return values;
    }

    public <Q extends Query> Q bind(Q query) {
        values().forEach(query::setParameter);
        return query;
    }
}
