package org.projectdesk.calendar.boundary;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;

/**
 * A year the calendar counts with: {@code official} (the State Council's notice, loaded from a file:
 * where and when it came from) or {@code provisional} (the law's holidays only, until the notice is
 * imported), with its holidays, make-up working days and working days.
 */
public record YearSummary(int year, String kind, long holidays, long makeUpDays, int workingDays, String source,
        String loadedBy, Instant loadedAt) {

    public static final String OFFICIAL = "official";
    public static final String PROVISIONAL = "provisional";

    /** For pages; the JSON says it once, in {@code kind}. */
    @JsonbTransient
    public boolean isProvisional() {
        return PROVISIONAL.equals(kind);
    }
}
