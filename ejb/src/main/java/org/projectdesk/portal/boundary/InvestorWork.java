package org.projectdesk.portal.boundary;

import java.time.LocalDate;
import java.util.List;
import org.projectdesk.portal.control.ProjectProgress;

/**
 * An investor's first screen: their enterprise's newest projects ({@code total} in all), each with
 * its stage and progress and what waits for the investor on it: materials to hand in (of which
 * {@code refused} were handed in and refused), open pledges (partial-materials pledges with
 * materials still out, and the builder's pledges of a completion acceptance) and the earliest of
 * their deadlines, and whether the service waits for a rating.
 */
public record InvestorWork(long total, List<ProjectLine> projects) {

    public record ProjectLine(String fileNo, String name, ProjectProgress progress, long materialsToHandIn, long refused,
            long pledges, LocalDate pledgesDue, boolean awaitsRating) {

        public boolean waits() {
            return materialsToHandIn > 0 || pledges > 0 || awaitsRating;
        }
    }

    /** The projects on which something waits for the investor. */
    public List<ProjectLine> waiting() {
        return projects.stream().filter(ProjectLine::waits).toList();
    }
}
