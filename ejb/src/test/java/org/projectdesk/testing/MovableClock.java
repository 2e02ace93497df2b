package org.projectdesk.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.projectdesk.shared.control.Settings;
import org.projectdesk.shared.control.SystemClock;

/**
 * The clock of a test deployment that adds this class, instead of {@link SystemClock}'s: the same clock
 * (so today is test.today) until a test moves it whole days to another day, for rules that read the
 * day themselves, such as the morning digest that goes out on working days only. A test that moves it
 * puts it back ({@link #reset()}) in a finally block; time keeps running either way.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableClock {

    private final Clock base = SystemClock.of(Clock.systemDefaultZone(), Settings.get("projectdesk.clock.start"));
    private volatile Duration moved = Duration.ZERO;

    @Produces
    Clock clock() {
        return new Moved(base.getZone());
    }

    /** From now on every bean's today is {@code day}, at the time of day it is. */
    public void moveTo(LocalDate day) {
        moved = Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(base), day));
    }

    public void reset() {
        moved = Duration.ZERO;
    }

    private final class Moved extends Clock {

        private final ZoneId zone;

        Moved(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Moved(other);
        }

        @Override
        public Instant instant() {
            return base.instant().plus(moved);
        }
    }
}
