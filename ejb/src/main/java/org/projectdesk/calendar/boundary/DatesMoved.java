package org.projectdesk.calendar.boundary;

import java.util.List;
import java.util.SortedSet;

/**
 * Fired inside the transaction in which a holiday schedule was imported or withdrawn and the
 * working-day dates counted on it moved: for whoever must tell the people whose dates they are.
 */
public record DatesMoved(SortedSet<Integer> years, List<DateMove> moves) {
}
