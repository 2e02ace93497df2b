package org.projectdesk.worklist.boundary;

import java.util.List;

/**
 * A queue: how many items it holds, and the first of them, most urgent first. A page asks
 * {@code count eq 0}, not {@code empty}: that is a word of EL, not a property.
 */
public record WorkQueue(long count, List<WorkItem> items) {

    public static final WorkQueue EMPTY = new WorkQueue(0, List.of());

    public WorkQueue {
        items = List.copyOf(items);
    }
}
