package org.projectdesk.portal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.notification.boundary.ItemUploads;
import org.projectdesk.portal.entity.MaterialUpload;

/** Answers the notification about the uploads against its items (see {@link ItemUploads}), in its transaction. */
@ApplicationScoped
public class UploadedItems implements ItemUploads {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean any(Long itemId) {
        return !em.createNamedQuery(MaterialUpload.OF_ITEM, MaterialUpload.class).setParameter("item", itemId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void move(Long fromItemId, Long toItemId) {
        // A bulk update: an upload is immutable to the application, its item changes only when two items become one.
        em.createQuery("update MaterialUpload u set u.itemId = :to where u.itemId = :from").setParameter("to", toItemId)
                .setParameter("from", fromItemId).executeUpdate();
    }
}
