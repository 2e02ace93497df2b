package org.projectdesk.it;

import java.time.LocalDate;

/**
 * The day the test server takes for today. The build starts the server's clock on {@code test.today}
 * (root pom, arquillian.xml) and hands the same day to this JVM, so a test computes its dates as the
 * server will, whatever the real date is. Never the real clock: the suite must pass on any real day.
 */
final class TestClock {

    private TestClock() {
    }

    /** {@code test.today}; fails when the build did not set it (run the tests through Maven's failsafe). */
    static LocalDate today() {
        String today = System.getProperty("test.today");
        if (today == null || today.isBlank()) {
            throw new IllegalStateException("The system property test.today is missing: failsafe sets it from the root pom"
                    + " (run `./mvnw verify`, or pass -Dtest.today=YYYY-MM-DD to this JVM)");
        }
        return LocalDate.parse(today.strip());
    }
}
