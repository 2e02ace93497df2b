package org.projectdesk.supervision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.supervision.control.LightRule;
import org.projectdesk.supervision.control.ProjectLightRule;

/**
 * The office's supervision thresholds, one row: a matter turns yellow when at most
 * {@code yellowDays} working days or {@code yellowPercent} % of its limit remain, red when overdue,
 * and reaches the leadership when red for more than {@code leadershipAfterDays} working days. A
 * green-channel project aims at {@code greenWindowFrom}–{@code greenWindowTo} working days from
 * its first acceptance; a simulated approval not converted within {@code conversionDays} working
 * days is flagged. Created from the configured defaults at first start, then kept by administrators, who
 * may also ask that the next scan light the never-lit matters silently ({@link BaselineRequest}).
 */
@Entity
@Table(name = "supervision_settings")
public class SupervisionSettings {

    public static final int ID = 1;

    @Id
    private int id = ID;

    @Version
    private long version;

    @Column(name = "yellow_days", nullable = false)
    private int yellowDays;

    @Column(name = "yellow_percent", nullable = false)
    private int yellowPercent;

    @Column(name = "leadership_after_days", nullable = false)
    private int leadershipAfterDays;

    @Column(name = "green_window_from", nullable = false)
    private int greenWindowFrom;

    @Column(name = "green_window_to", nullable = false)
    private int greenWindowTo;

    @Column(name = "conversion_days", nullable = false)
    private int conversionDays;

    /** Null when no administrator asked; all-NULL columns read back as null. */
    @Embedded
    private BaselineRequest baseline;

    protected SupervisionSettings() {
    }

    public SupervisionSettings(int yellowDays, int yellowPercent, int leadershipAfterDays, int greenWindowFrom,
            int greenWindowTo, int conversionDays) {
        change(yellowDays, yellowPercent, leadershipAfterDays, greenWindowFrom, greenWindowTo, conversionDays);
    }

    public final void change(int yellowDays, int yellowPercent, int leadershipAfterDays, int greenWindowFrom,
            int greenWindowTo, int conversionDays) {
        if (yellowDays < 0) {
            throw new RuleViolation("yellowDays", "supervision.settings.negative", yellowDays);
        }
        if (yellowPercent < 0 || yellowPercent > 100) {
            throw new RuleViolation("yellowPercent", "supervision.settings.percent", yellowPercent);
        }
        if (leadershipAfterDays < 0) {
            throw new RuleViolation("leadershipAfterDays", "supervision.settings.negative", leadershipAfterDays);
        }
        if (greenWindowFrom < 1) {
            throw new RuleViolation("greenWindowFrom", "supervision.settings.positive", greenWindowFrom);
        }
        if (greenWindowTo < greenWindowFrom) {
            throw new RuleViolation("greenWindowTo", "supervision.settings.window", greenWindowFrom, greenWindowTo);
        }
        if (conversionDays < 1) {
            throw new RuleViolation("conversionDays", "supervision.settings.positive", conversionDays);
        }
        this.yellowDays = yellowDays;
        this.yellowPercent = yellowPercent;
        this.leadershipAfterDays = leadershipAfterDays;
        this.greenWindowFrom = greenWindowFrom;
        this.greenWindowTo = greenWindowTo;
        this.conversionDays = conversionDays;
    }

    /** The next scan is to light the never-lit matters without notices; asking again keeps the latest asker. */
    public void requestBaseline(BaselineRequest request) {
        this.baseline = request;
    }

    public void withdrawBaseline() {
        this.baseline = null;
    }

    /** The pending request, if any, handed to the scan that carries it out (and no longer pending). */
    public Optional<BaselineRequest> takeBaseline() {
        Optional<BaselineRequest> taken = pendingBaseline();
        this.baseline = null;
        return taken;
    }

    public Optional<BaselineRequest> pendingBaseline() {
        return Optional.ofNullable(baseline);
    }

    public LightRule rule() {
        return new LightRule(yellowDays, yellowPercent, leadershipAfterDays);
    }

    public ProjectLightRule projectRule() {
        return new ProjectLightRule(greenWindowFrom, greenWindowTo);
    }

    public long getVersion() {
        return version;
    }

    public int getYellowDays() {
        return yellowDays;
    }

    public int getYellowPercent() {
        return yellowPercent;
    }

    public int getLeadershipAfterDays() {
        return leadershipAfterDays;
    }

    public int getGreenWindowFrom() {
        return greenWindowFrom;
    }

    public int getGreenWindowTo() {
        return greenWindowTo;
    }

    public int getConversionDays() {
        return conversionDays;
    }
}
