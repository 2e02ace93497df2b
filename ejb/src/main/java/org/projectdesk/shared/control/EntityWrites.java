package org.projectdesk.shared.control;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The default entity listener (META-INF/orm.xml): tells {@link CommittedChanges} of every entity the
 * entity manager writes, whatever the feature, so that no feature has to remember to say it changed something.
 */
public class EntityWrites {

    private CommittedChanges changes;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (changes == null) {
            // Looked up rather than injected: listener injection depends on how the provider was bootstrapped.
            changes = CDI.current().select(CommittedChanges.class).get();
        }
        changes.written();
    }
}
