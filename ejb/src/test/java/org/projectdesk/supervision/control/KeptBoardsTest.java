package org.projectdesk.supervision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.projectdesk.shared.control.CommittedChanges;
import org.projectdesk.supervision.boundary.Board;

class KeptBoardsTest {

    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 28);

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean writtenHere = new AtomicBoolean();
    private final KeptBoards kept = new KeptBoards(nanos::get);
    private final AtomicInteger made = new AtomicInteger();

    {
        kept.changes = new CommittedChanges() {
            @Override
            public long generation() {
                return generation.get();
            }

            @Override
            public boolean writtenInThisTransaction() {
                return writtenHere.get();
            }
        };
    }

    private final Supplier<Board> make = () -> new Board(FROM, TODAY, made.incrementAndGet(), 0, 0, 0, List.of(), List.of(), null);

    @Test
    void theSameFiguresAreHandedOutUntilSomethingIsWritten() {
        Board first = kept.of(FROM, TODAY, TODAY, make);
        assertSame(first, kept.of(FROM, TODAY, TODAY, make));
        generation.incrementAndGet();
        assertEquals(2, kept.of(FROM, TODAY, TODAY, make).green(), "a committed write makes them again");
    }

    @Test
    void anotherPeriodOrAnotherDayHasFiguresOfItsOwn() {
        kept.of(FROM, TODAY, TODAY, make);
        assertEquals(2, kept.of(FROM.minusMonths(1), TODAY, TODAY, make).green());
        assertEquals(3, kept.of(FROM, TODAY, TODAY.plusDays(1), make).green(), "lights and counts are a day's");
        assertEquals(1, kept.of(FROM, TODAY, TODAY, make).green());
    }

    @Test
    void figuresAreMadeAgainAfterTheLongestKept() {
        kept.of(FROM, TODAY, TODAY, make);
        nanos.addAndGet(KeptBoards.LONGEST_KEPT.toNanos() - 1);
        assertEquals(1, kept.of(FROM, TODAY, TODAY, make).green());
        nanos.addAndGet(1);
        assertEquals(2, kept.of(FROM, TODAY, TODAY, make).green(), "another node's changes show by now");
    }

    @Test
    void aWriteWhileTheyAreMadeLeavesThemUnkept() {
        kept.of(FROM, TODAY, TODAY, () -> {
            generation.incrementAndGet();
            return make.get();
        });
        assertEquals(2, kept.of(FROM, TODAY, TODAY, make).green());
    }

    @Test
    void aTransactionThatWroteGetsFiguresOfItsOwnNeitherKeptNorTakenFromThoseKept() {
        Board committed = kept.of(FROM, TODAY, TODAY, make);
        writtenHere.set(true);
        assertEquals(2, kept.of(FROM, TODAY, TODAY, make).green(), "its own uncommitted write is in what it reads");
        assertEquals(3, kept.of(FROM, TODAY, TODAY, make).green());
        writtenHere.set(false);
        assertSame(committed, kept.of(FROM, TODAY, TODAY, make), "nobody else is given them");
    }
}
