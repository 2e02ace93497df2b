package org.projectdesk.servicefile.boundary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An officer's open projects and the nearest due date among their running matters, with how many of
 * those matters are red, yellow (as the last scan left them) and past their promised date;
 * {@code provisional} holds "nextDueOn" when that date is provisional.
 */
public record Caseload(String officer, String displayName, int openProjects, LocalDate nextDueOn,
        List<String> provisional, long red, long yellow, long overdue) {

    /** Most urgent first: the most red matters, then overdue, then yellow, then the soonest due; then by name. */
    public static final Comparator<Caseload> BY_URGENCY = Comparator.comparingLong(Caseload::red).reversed()
            .thenComparing(Comparator.comparingLong(Caseload::overdue).reversed())
            .thenComparing(Comparator.comparingLong(Caseload::yellow).reversed())
            .thenComparing(Caseload::nextDueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Caseload::displayName);

    public Caseload(String officer, String displayName, int openProjects, LocalDate nextDueOn, List<String> provisional) {
        this(officer, displayName, openProjects, nextDueOn, provisional, 0, 0, 0);
    }
}
