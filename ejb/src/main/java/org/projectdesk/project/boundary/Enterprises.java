package org.projectdesk.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.projectdesk.project.entity.Enterprise;
import org.projectdesk.security.entity.Role;

/**
 * The enterprises already on file, found by part of their name or the start of their credit code, so
 * that an intake for a known enterprise takes its details instead of typing them again.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME})
public class Enterprises {

    /** At most this many suggestions: enough to pick from while typing. */
    public static final int MAX_FOUND = 10;

    /** Texts shorter than this find nothing: one character would match most of the register. */
    public static final int MIN_TEXT = 2;

    @PersistenceContext
    EntityManager em;

    public List<EnterpriseOnFile> find(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() < MIN_TEXT) {
            return List.of();
        }
        return em.createNamedQuery(Enterprise.FIND, Enterprise.class)
                .setParameter("name", t.toLowerCase(Locale.ROOT)).setParameter("code", t.toUpperCase(Locale.ROOT))
                .setMaxResults(MAX_FOUND).getResultList().stream()
                .map(e -> new EnterpriseOnFile(e.getCreditCode(), e.getName(), e.getContactName(), e.getContactPhone())).toList();
    }
}
