package org.projectdesk.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.projectdesk.calendar.boundary.DateMove;
import org.projectdesk.calendar.boundary.WorkingDayDates;
import org.projectdesk.calendar.control.WorkingDays;
import org.projectdesk.calendar.control.YearNotLoaded;
import org.projectdesk.referral.entity.Referral;
import org.projectdesk.referral.entity.ReferralStatus;

/**
 * Waiting referrals' intake dates (working days from when each was registered) on a changed calendar.
 * A decided referral's date is history and stays as it was.
 */
@ApplicationScoped
public class ReferralDates implements WorkingDayDates {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<DateMove> recount(WorkingDays before, WorkingDays after, boolean apply) {
        LocalDate from = WorkingDays.firstDifference(before, after);
        if (from == null) {
            return List.of();
        }
        List<DateMove> moves = new ArrayList<>();
        List<Referral> waiting = em.createQuery("select r from Referral r where r.status = :waiting and r.dueOn >= :from"
                + " order by r.id", Referral.class).setParameter("waiting", ReferralStatus.WAITING).setParameter("from", from)
                .getResultList();
        for (Referral referral : waiting) {
            try {
                LocalDate due = referral.dueCountedWith(after::dueDate);
                if (!due.equals(referral.getDueOn())) {
                    moves.add(new DateMove(null, null, null, "referral " + referral.getId(), "dueOn", referral.getDueOn(), due,
                            after.isProvisional(due)));
                    if (apply) {
                        referral.recountDue(after::dueDate);
                    }
                }
            } catch (YearNotLoaded beyondTheCalendar) {
                // Stays as it is until that year is there.
            }
        }
        return moves;
    }
}
