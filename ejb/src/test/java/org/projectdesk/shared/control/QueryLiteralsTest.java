package org.projectdesk.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ids and enum values written so that a query's text, and so its cached plan, stays the same from call to call. */
class QueryLiteralsTest {

    @Test
    void idsArePaddedToTheNextPowerOfTwoByRepeatingTheLast() {
        IdParameters three = IdParameters.of("id", List.of(7L, 3L, 9L));
        assertEquals("(:id0, :id1, :id2, :id3)", three.list());
        assertEquals(Map.of("id0", 7L, "id1", 3L, "id2", 9L, "id3", 9L), three.values());
    }

    @Test
    void aPowerOfTwoIsNotPadded() {
        assertEquals("(:id0)", IdParameters.of("id", List.of(5L)).list());
        assertEquals(16, IdParameters.of("id", java.util.stream.LongStream.rangeClosed(1, 16).boxed().toList()).values().size());
    }

    @Test
    void pagesOfTwentyAndOfSeventeenShareOneQueryText() {
        var twenty = IdParameters.of("id", java.util.stream.LongStream.rangeClosed(1, 20).boxed().toList());
        var seventeen = IdParameters.of("id", java.util.stream.LongStream.rangeClosed(1, 17).boxed().toList());
        assertEquals(twenty.list(), seventeen.list());
        assertEquals(32, twenty.values().size());
        assertEquals(20L, twenty.values().get("id31"));
    }

    @Test
    void noIdsIsRefusedRatherThanWrittenAsAnEmptyList() {
        assertThrows(IllegalArgumentException.class, () -> IdParameters.of("id", List.of()));
    }

    @Test
    void enumValuesAreWrittenQualifiedInDeclarationOrderWhateverTheSetsOrder() {
        String expected = "(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.SUNDAY)";
        assertEquals(expected, EnumLiterals.in(Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
        assertEquals(expected, EnumLiterals.in(List.of(DayOfWeek.FRIDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY)));
        assertThrows(IllegalArgumentException.class, () -> EnumLiterals.in(EnumSet.noneOf(DayOfWeek.class)));
    }
}
