package org.projectdesk.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.projectdesk.catalogue.entity.ApprovalCategory;
import org.projectdesk.catalogue.entity.Stage;

/**
 * The codes of a catalogue version's categories of one stage, read once per server: a version is never
 * edited (every change makes a new one), so what a version's stage holds never changes, on any node.
 * A matter's every step asks which of its file's categories wait for the completion stage.
 */
@ApplicationScoped
public class StageCodes {

    private record Key(int version, Stage stage) {
    }

    @PersistenceContext
    EntityManager em;

    private final Map<Key, Set<String>> read = new ConcurrentHashMap<>();

    public Set<String> of(int version, Stage stage) {
        Key key = new Key(version, stage);
        Set<String> codes = read.get(key);
        if (codes == null) {
            codes = Set.copyOf(em.createNamedQuery(ApprovalCategory.CODES_OF_STAGE, String.class)
                    .setParameter("number", version).setParameter("stage", stage).getResultList());
            // None is not remembered: a version asked for before it was committed has none yet.
            if (!codes.isEmpty()) {
                read.put(key, codes);
            }
        }
        return codes;
    }
}
