package org.projectdesk.shared.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The clock every bean injects, so that tests and time-dependent rules share one notion of now.
 * <p>
 * Normally the system clock. For tests and demonstrations only, {@code PROJECTDESK_CLOCK_START}
 * ({@code -Dprojectdesk.clock.start=2026-11-18T09:30:00+08:00}) makes the server start at that moment:
 * the clock is the system clock moved by a fixed amount decided once at start, so time runs on from
 * there (jobs, lockouts and timeouts behave as ever) while "today" is the configured day. Days are read
 * in the server's time zone, as always; choose a time that falls on the wanted day there too.
 */
@ApplicationScoped
public class SystemClock {

    static final String START = "projectdesk.clock.start";

    private static final Logger LOG = Logger.getLogger(SystemClock.class.getName());

    private Clock clock;

    @PostConstruct
    void start() {
        Optional<String> start = Settings.get(START);
        clock = of(Clock.systemDefaultZone(), start);
        start.ifPresent(s -> LOG.warning(() -> "The clock starts at " + s + " (" + START
                + "), not at the real time: for tests and demonstrations only, never in production"));
    }

    /** Observing the start creates this bean then, so a moved clock is logged at start, not at first use. */
    void atStartup(@Observes Startup startup) {
        // nothing more: @PostConstruct did the work
    }

    @Produces
    Clock clock() {
        return clock;
    }

    /**
     * The system clock, or with a start ({@code 2026-11-18T09:30:00+08:00}) the system clock moved so
     * that this instant of it reads as the start and later instants run on from there.
     *
     * @throws IllegalStateException naming the setting when the start is not an ISO date-time with an offset
     */
    public static Clock of(Clock system, Optional<String> start) {
        return start.map(SystemClock::parse)
                .map(at -> Clock.offset(system, Duration.between(system.instant(), at.toInstant())))
                .orElse(system);
    }

    private static OffsetDateTime parse(String start) {
        try {
            return OffsetDateTime.parse(start);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Setting " + START + " must be an ISO date-time with an offset such as "
                    + "2026-11-18T09:30:00+08:00, not '" + start + "'", e);
        }
    }
}
