package org.projectdesk.acceptance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Numbers the joint acceptance opinions of a year, {@code YS-<year>-<nnnn>}, one after another. Two
 * opinions issued at the same moment would take the same number: the unique key refuses the second,
 * which answers 409 and is issued again.
 */
@Dependent
public class OpinionNumbers {

    @PersistenceContext
    EntityManager em;

    public String next(int year) {
        String prefix = "YS-" + year + "-";
        String last = em.createQuery("select max(a.opinionNo) from AcceptanceCase a where a.opinionNo like :prefix",
                String.class).setParameter("prefix", prefix + "%").getSingleResult();
        int number = last == null ? 1 : Integer.parseInt(last.substring(prefix.length())) + 1;
        return prefix + String.format("%04d", number);
    }
}
