package org.projectdesk.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.entity.StoredFile;

/**
 * Evidence the builder uploaded that a rectification finding of a joint completion acceptance is put
 * right: a photo, a drawing, a report. Kept like a {@link MaterialUpload} (the same limits, the same
 * store: the content a file under the upload folder named by {@code storedName}, the row its name,
 * type, size and SHA-256) and as immutable, but on one finding of one case instead of a notification's
 * item, so that each row's foreign keys hold.
 */
@Entity
@Table(name = "finding_evidence")
@NamedQuery(name = FindingEvidence.OF_CASE,
        query = "select e from FindingEvidence e where e.caseId = :acceptance order by e.findingId, e.id")
@NamedQuery(name = FindingEvidence.OF_FINDING,
        query = "select e from FindingEvidence e where e.caseId = :acceptance and e.findingId = :finding order by e.id")
public class FindingEvidence {

    public static final String OF_CASE = "FindingEvidence.ofCase";
    public static final String OF_FINDING = "FindingEvidence.ofFinding";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_evidence_seq")
    @SequenceGenerator(name = "finding_evidence_seq", sequenceName = "finding_evidence_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "finding_id", nullable = false, updatable = false)
    private Long findingId;

    @Embedded
    private StoredFile file;

    protected FindingEvidence() {
    }

    public FindingEvidence(Long caseId, Long findingId, StoredFile file) {
        this.caseId = caseId;
        this.findingId = findingId;
        this.file = file;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getFindingId() { return findingId; }
    public StoredFile getFile() { return file; }
}
