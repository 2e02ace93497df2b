package org.projectdesk.shared.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * A fixed set of enum values written into JPQL as literals, {@code (pkg.Status.A, pkg.Status.B)}, for
 * {@code in} conditions on hot queries: bound as a collection parameter instead, the query would be
 * translated afresh on every call (see {@link IdParameters}).
 */
public final class EnumLiterals {

    private EnumLiterals() {
    }

    public static <E extends Enum<E>> String in(Collection<E> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("in () needs at least one value");
        }
        return values.stream().sorted(Comparator.comparingInt(Enum::ordinal))
                .map(v -> v.getDeclaringClass().getName() + "." + v.name())
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
