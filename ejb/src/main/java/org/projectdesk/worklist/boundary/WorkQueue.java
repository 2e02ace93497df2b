package org.projectdesk.worklist.boundary;

import java.util.List;

/**
 * A queue: how many items it holds, and the first of them, most urgent first. A long queue is counted
 * only so far ({@code countedUpTo}): past that, {@code more} says that it holds more than {@code count}, as
 * counting an officer's hundreds of thousands of lit matters on every home page is not worth its seconds.
 * A page asks {@code count eq 0}, not {@code empty}: that is a word of EL, not a property.
 */
public record WorkQueue(long count, boolean more, List<WorkItem> items) {

    public static final WorkQueue EMPTY = new WorkQueue(0, List.of());

    public WorkQueue {
        items = List.copyOf(items);
    }

    /** A queue counted whole. */
    public WorkQueue(long count, List<WorkItem> items) {
        this(count, false, items);
    }

    /** A queue of {@code found} items when counted no further than {@code countedUpTo} + 1. */
    public static WorkQueue counted(long found, long countedUpTo, List<WorkItem> items) {
        return found > countedUpTo ? new WorkQueue(countedUpTo, true, items) : new WorkQueue(found, false, items);
    }
}
