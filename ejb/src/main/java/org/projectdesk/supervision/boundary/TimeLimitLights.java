package org.projectdesk.supervision.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.approval.entity.Matter;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.calendar.boundary.WorkingDayCalendar;
import org.projectdesk.calendar.control.YearNotLoaded;
import org.projectdesk.supervision.control.LightRule;
import org.projectdesk.supervision.control.ProjectLightRule;
import org.projectdesk.supervision.entity.Light;
import org.projectdesk.supervision.entity.SupervisionSettings;

/**
 * The light of a matter as of now, by the same rule the scan applies, for pages and the API that
 * must not wait for the next scan. The thresholds are read in the caller's transaction each time
 * (the persistence context keeps them for the rest of it), never cached across requests: a pooled
 * bean holding this one would otherwise keep old thresholds after an administrator's change.
 */
@Dependent
public class TimeLimitLights {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    /** A matter's light now; {@link MatterLight#NONE} while its clock does not run. */
    public MatterLight of(Matter m) {
        if (!m.getStatus().isRunning() || m.getDueOn() == null) {
            return MatterLight.NONE;
        }
        try {
            return rule().judge(LocalDate.now(clock), m.getDueOn(), m.getStatutoryDueOn(), m.limitDays(),
                    calendar::countWorkingDays);
        } catch (YearNotLoaded e) {
            return MatterLight.NONE;
        }
    }

    /**
     * The light now of another time limit that is still open (an acceptance's step, a pledge), due on
     * {@code due} after a limit of {@code limitDays} working days, by the matters' rule.
     */
    public Light ofDeadline(LocalDate due, int limitDays) {
        try {
            return rule().judge(LocalDate.now(clock), due, null, limitDays, calendar::countWorkingDays).light();
        } catch (YearNotLoaded e) {
            return null;
        }
    }

    /**
     * A project's light now from the lights of its parts (running matters, alarms) and, for a
     * green-channel project whose approvals run, its first acceptance and the latest due day of its
     * running matters (both null otherwise); null when there is no light.
     */
    public Light ofProject(List<Light> parts, LocalDate firstAccepted, LocalDate latestRunningDue) {
        int worst = parts.stream().mapToInt(Light::level).max().orElse(ProjectLightRule.NONE);
        ProjectLightRule.Window window = null;
        if (firstAccepted != null) {
            try {
                window = ProjectLightRule.Window.of(firstAccepted, LocalDate.now(clock), latestRunningDue,
                        calendar::countWorkingDays);
            } catch (YearNotLoaded e) {
                // Beyond the calendar the window cannot be judged; the parts still can.
            }
        }
        int level = settings().projectRule().level(worst, ProjectLightRule.NONE, window);
        return level == ProjectLightRule.NONE ? null : Light.ofLevel(level);
    }

    public SupervisionSettings settings() {
        return em.find(SupervisionSettings.class, SupervisionSettings.ID);
    }

    private LightRule rule() {
        return settings().rule();
    }
}
