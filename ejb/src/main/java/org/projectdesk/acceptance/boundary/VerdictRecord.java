package org.projectdesk.acceptance.boundary;

import java.time.LocalDate;
import java.util.List;
import org.projectdesk.acceptance.entity.ItemVerdict;

/**
 * A department's verdict on its item: {@code findings} for a rectification (each with its working days)
 * or a pass on pledge (each naming the check it concerns); {@code on} today when left out;
 * {@code version} the case's version as read, when given.
 */
public record VerdictRecord(ItemVerdict verdict, List<FindingRecord> findings, LocalDate on, Long version) {

    public record FindingRecord(String text, Integer checkNo, Integer withinDays) {
    }
}
