package org.projectdesk.servicefile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.projectdesk.servicefile.boundary.Caseload;
import org.projectdesk.shared.control.CommittedChanges;
import org.projectdesk.shared.control.KeptUntilChange;

/**
 * The officers' caseloads, kept between requests ({@link KeptUntilChange}: until this server commits an entity
 * write, a minute at most). They are one grouped pass over every project and its open matters, 12 s at 100,000
 * projects, and the director's home page, the project list's officer filter, the intake and the handover all
 * show them. The caseload page's ranking adds a second grouped pass over every running matter's light, kept the
 * same way: the time-limit scan's light changes commit with its {@code ScanRun}, an entity write.
 */
@ApplicationScoped
public class KeptCaseloads {

    /** A few days at most are asked for at once (today, and a test server's day). */
    private static final int MAX_KEPT = 8;

    @Inject
    CommittedChanges changes;

    private final KeptUntilChange<LocalDate, List<Caseload>> kept =
            new KeptUntilChange<>(() -> changes, System::nanoTime, MAX_KEPT);

    private final KeptUntilChange<LocalDate, List<Caseload>> byUrgency =
            new KeptUntilChange<>(() -> changes, System::nanoTime, MAX_KEPT);

    /** The caseloads as of {@code today}: kept ones while they hold, else {@code make}'s, then kept. */
    public List<Caseload> of(LocalDate today, Supplier<List<Caseload>> make) {
        return kept.of(today, make);
    }

    /** The caseloads with their lights, most urgent first, as of {@code today}: kept while they hold, else made. */
    public List<Caseload> byUrgency(LocalDate today, Supplier<List<Caseload>> make) {
        return byUrgency.of(today, make);
    }
}
