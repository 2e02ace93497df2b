package org.projectdesk.servicefile.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.projectdesk.shared.control.ImportProblem;

/**
 * The problems of a file read as a stream: every one counted, the first {@code listed} by line kept (those
 * of one line in the order found), as if all had been collected and sorted, without holding them all.
 */
public final class ListedProblems {

    private record Found(ImportProblem problem, long order) {
    }

    private static final Comparator<Found> BY_LINE = Comparator.<Found>comparingLong(f -> f.problem().line())
            .thenComparingLong(Found::order);

    private final int listed;
    /** The kept ones, the last by line on top, to be let go when an earlier one comes. */
    private final PriorityQueue<Found> kept;
    private long found;

    public ListedProblems(int listed) {
        this.listed = listed;
        this.kept = new PriorityQueue<>(BY_LINE.reversed());
    }

    public void add(ImportProblem problem) {
        kept.add(new Found(problem, found++));
        if (kept.size() > listed) {
            kept.poll();
        }
    }

    public void addAll(List<ImportProblem> problems) {
        problems.forEach(this::add);
    }

    public boolean isEmpty() {
        return found == 0;
    }

    public long count() {
        return found;
    }

    /** The kept problems by line. */
    public List<ImportProblem> listed() {
        List<Found> sorted = new ArrayList<>(kept);
        sorted.sort(BY_LINE);
        return sorted.stream().map(Found::problem).toList();
    }

    /** How many were found besides those listed. */
    public int more() {
        return Math.toIntExact(found - kept.size());
    }
}
