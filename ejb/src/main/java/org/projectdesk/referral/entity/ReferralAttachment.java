package org.projectdesk.referral.entity;

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
 * A file the town (or the office for it) attached to a referral: a project brief, a land sketch, a letter
 * of intent. Kept as the investors' uploads are (the same limits and store: the content a file under the
 * upload folder named by {@code storedName}, the row its name, type, size and SHA-256) and as immutable.
 */
@Entity
@Table(name = "referral_attachment")
@NamedQuery(name = ReferralAttachment.OF_REFERRAL,
        query = "select a from ReferralAttachment a where a.referralId = :referral order by a.id")
public class ReferralAttachment {

    public static final String OF_REFERRAL = "ReferralAttachment.ofReferral";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_attachment_seq")
    @SequenceGenerator(name = "referral_attachment_seq", sequenceName = "referral_attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private Long referralId;

    @Embedded
    private StoredFile file;

    protected ReferralAttachment() {
    }

    /** A file attached to {@code referral}, which must still be waiting for the office. */
    public ReferralAttachment(Referral referral, StoredFile file) {
        if (referral.getStatus() != ReferralStatus.WAITING) {
            throw new RuleViolation("status", "referral.attachment.notWaiting", referral.getStatus());
        }
        this.referralId = referral.getId();
        this.file = file;
    }

    public Long getId() { return id; }
    public Long getReferralId() { return referralId; }
    public StoredFile getFile() { return file; }
}
