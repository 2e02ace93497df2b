package org.projectdesk.approval.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.projectdesk.approval.entity.PlanRule;
import org.projectdesk.project.entity.ProjectType;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.StaleVersion;

/**
 * Which categories a new project of each type is planned with. Loaded from
 * config/catalogue/plan-rules.csv at first start and kept here afterwards; a change applies to
 * projects taken in after it, never to plans already made.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.DIRECTOR_NAME})
public class PlanRules {

    private static final Logger LOG = Logger.getLogger(PlanRules.class.getName());

    @PersistenceContext
    EntityManager em;

    /** Category code to the project types it is planned for. */
    public Map<String, Set<ProjectType>> rules() {
        return rules(LockModeType.NONE);
    }

    /** Replaces the rules with the given ones, as a whole. */
    public void replace(Map<String, Set<ProjectType>> rules) {
        em.createQuery("delete from PlanRule").executeUpdate();
        rules.forEach((code, types) -> types.forEach(type -> em.persist(new PlanRule(code, type))));
        LOG.info(() -> "Plan rules replaced: " + rules);
    }

    /**
     * Replaces the rules as a whole if they are still those the caller read ({@code read}, as
     * {@link #rules()} gave them); otherwise someone changed them meanwhile, and the change would undo
     * theirs unseen: StaleVersion.
     */
    public void replace(Map<String, Set<ProjectType>> read, Map<String, Set<ProjectType>> rules) {
        if (!rules(LockModeType.PESSIMISTIC_WRITE).equals(read)) {
            throw new StaleVersion("The plan rules");
        }
        replace(rules);
    }

    /** Read, then detached: a replace in the same transaction deletes them in bulk and persists new ones. */
    private Map<String, Set<ProjectType>> rules(LockModeType lock) {
        Map<String, Set<ProjectType>> rules = new TreeMap<>();
        for (PlanRule r : em.createQuery("select r from PlanRule r", PlanRule.class).setLockMode(lock).getResultList()) {
            rules.computeIfAbsent(r.getKey().categoryCode(), code -> EnumSet.noneOf(ProjectType.class)).add(r.getKey().projectType());
            em.detach(r);
        }
        return rules;
    }
}
