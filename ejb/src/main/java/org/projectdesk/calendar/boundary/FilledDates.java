package org.projectdesk.calendar.boundary;

import java.util.List;

/**
 * One transaction's share of filling in the dates left empty for want of a year: the dates it filled,
 * and the project after which the next share starts ({@code null}: nothing is left to look at).
 */
public record FilledDates(List<DateMove> moves, Long nextAfterProject) {

    public static final FilledDates NONE = new FilledDates(List.of(), null);
}
