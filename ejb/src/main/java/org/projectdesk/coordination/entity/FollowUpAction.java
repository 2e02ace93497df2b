package org.projectdesk.coordination.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.projectdesk.shared.control.RuleViolation;

/** A follow-up action agreed on a visit: what is to be done, by whom, by when. Compared by value. */
@Embeddable
public class FollowUpAction {

    @Size(max = 1000)
    @Column(nullable = false, length = 1000)
    private String action;

    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected FollowUpAction() {
    }

    /** {@code line} (from 0) names the action in a refusal: {@code actions[1].owner}. */
    public FollowUpAction(int line, String action, String owner, LocalDate dueOn, LocalDate visitedOn) {
        String field = "actions[" + line + "].";
        if (action == null || action.isBlank()) {
            throw new RuleViolation(field + "action", "visit.action.required");
        }
        if (owner == null || owner.isBlank()) {
            throw new RuleViolation(field + "owner", "visit.action.owner");
        }
        if (dueOn == null) {
            throw new RuleViolation(field + "dueOn", "visit.action.dueOn");
        }
        if (visitedOn != null && dueOn.isBefore(visitedOn)) {
            throw new RuleViolation(field + "dueOn", "visit.action.beforeVisit", dueOn, visitedOn);
        }
        this.action = action.strip();
        this.owner = owner.strip();
        this.dueOn = dueOn;
    }

    public String getAction() {
        return action;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FollowUpAction a && action.equals(a.action) && owner.equals(a.owner) && dueOn.equals(a.dueOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(action, owner, dueOn);
    }
}
