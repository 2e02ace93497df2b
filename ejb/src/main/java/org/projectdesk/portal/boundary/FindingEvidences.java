package org.projectdesk.portal.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.projectdesk.acceptance.boundary.AcceptanceView;
import org.projectdesk.acceptance.boundary.Acceptances;
import org.projectdesk.acceptance.entity.FindingStatus;
import org.projectdesk.audit.boundary.AuditTrail;
import org.projectdesk.audit.boundary.Readers;
import org.projectdesk.portal.entity.FindingEvidence;
import org.projectdesk.project.boundary.VisibleProjects;
import org.projectdesk.security.entity.Role;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.RuleViolation;
import org.projectdesk.shared.control.UploadLimits;
import org.projectdesk.shared.control.UploadStore;
import org.projectdesk.shared.entity.StoredFile;

/**
 * The builder's evidence that a rectification finding of a joint completion acceptance is put right:
 * uploaded (by the investor, or the office for them) while the finding is open, like a material against
 * the one-time notification (the same limits and store), and then reported with a note
 * ({@link Acceptances#reportDone}) in the same transaction, so that a refused report keeps no file. Whoever
 * reads the case reads its evidence; the case is found through {@link Acceptances#acceptance}, so another
 * party's case, finding or evidence is not found.
 */
@Stateless
@RolesAllowed({Role.OFFICER_NAME, Role.DIRECTOR_NAME, Role.DEPARTMENT_NAME, Role.INVESTOR_NAME, Role.LEADER_NAME,
        Role.ADMIN_NAME, Role.TOWN_NAME})
public class FindingEvidences {

    /** The history shows an upload to whom the evidence shows it: the case's departments among them. */
    private static final Readers READERS = Readers.readersOf(FindingEvidences.class, "ofCase");

    private static final Logger LOG = Logger.getLogger(FindingEvidences.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    Acceptances acceptances;

    @EJB
    VisibleProjects projects;

    @EJB
    AuditTrail audit;

    @Inject
    UploadStore store;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Stores the content as evidence for the finding, or refuses it with nothing stored: a finding not
     * open for rectification, an unsupported type, content that is not what its name says, too large.
     */
    @RolesAllowed({Role.INVESTOR_NAME, Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public EvidenceView upload(long acceptanceId, long findingId, String fileName, InputStream content) {
        AcceptanceView acceptance = acceptances.acceptance(acceptanceId);
        return store(acceptance, openFinding(acceptance, findingId), fileName, content);
    }

    /**
     * Reports the finding put right with the builder's note: with the file given (null: none), or with
     * evidence uploaded before; without any evidence it is refused, naming {@code file}.
     */
    @RolesAllowed({Role.INVESTOR_NAME, Role.OFFICER_NAME, Role.DIRECTOR_NAME})
    public AcceptanceView report(long acceptanceId, long findingId, String note, String fileName, InputStream content) {
        AcceptanceView acceptance = acceptances.acceptance(acceptanceId);
        AcceptanceView.FindingView finding = openFinding(acceptance, findingId);
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "acceptance.finding.note");
        }
        if (content != null) {
            store(acceptance, finding, fileName, content);
        } else if (ofFinding(acceptanceId, findingId).isEmpty()) {
            throw new RuleViolation("file", "evidence.required", finding.text());
        }
        return acceptances.reportDone(acceptanceId, findingId, note, null);
    }

    /** Every finding's evidence of the case, by finding. */
    public List<EvidenceView> ofCase(long acceptanceId) {
        acceptances.acceptance(acceptanceId);
        return em.createNamedQuery(FindingEvidence.OF_CASE, FindingEvidence.class).setParameter("acceptance", acceptanceId)
                .getResultList().stream().map(EvidenceView::of).toList();
    }

    /** One finding's evidence. */
    public List<EvidenceView> ofFinding(long acceptanceId, long findingId) {
        finding(acceptances.acceptance(acceptanceId), findingId);
        return em.createNamedQuery(FindingEvidence.OF_FINDING, FindingEvidence.class).setParameter("acceptance", acceptanceId)
                .setParameter("finding", findingId).getResultList().stream().map(EvidenceView::of).toList();
    }

    /** One piece of evidence, to download; not found unless it belongs to that finding of that case. */
    public EvidenceDownload download(long acceptanceId, long findingId, long evidenceId) {
        finding(acceptances.acceptance(acceptanceId), findingId);
        FindingEvidence evidence = em.find(FindingEvidence.class, evidenceId);
        if (evidence == null || evidence.getCaseId() != acceptanceId || evidence.getFindingId() != findingId) {
            throw new NotFound("Finding " + findingId + " of acceptance " + acceptanceId + " has no evidence " + evidenceId);
        }
        var file = store.file(evidence.getFile().getStoredName());
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The stored file of evidence " + evidenceId + " is missing: " + file);
        }
        return new EvidenceDownload(EvidenceView.of(evidence), file);
    }

    private EvidenceView store(AcceptanceView acceptance, AcceptanceView.FindingView finding, String fileName,
            InputStream content) {
        String name = StoredFile.cleanName(fileName);
        UploadStore.Stored stored = store.store(content, name, UploadLimits.configured());
        FindingEvidence evidence = new FindingEvidence(acceptance.id(), finding.id(),
                stored.keptAs(name, caller(), clock.instant()));
        em.persist(evidence);
        audit.record(projects.idOf(acceptance.fileNo()), caller(), "FINDING_EVIDENCE_UPLOADED",
                "acceptance:" + acceptance.id(), null, "finding " + finding.id() + ": " + name + " (" + stored.size()
                        + " bytes, sha256 " + evidence.getFile().getSha256() + ")",
                READERS.forDepartments(acceptance.items().stream().map(AcceptanceView.ItemView::departmentCode).distinct()
                        .toList()));
        em.flush();
        LOG.info(() -> "Evidence " + evidence.getId() + " " + name + " for finding " + finding.id() + " of acceptance "
                + acceptance.id() + " by " + caller());
        return EvidenceView.of(evidence);
    }

    /** The case's finding, open for rectification in its current round; refused naming {@code findingId} otherwise. */
    private static AcceptanceView.FindingView openFinding(AcceptanceView acceptance, long findingId) {
        AcceptanceView.FindingView finding = finding(acceptance, findingId);
        if (finding.status() != FindingStatus.OPEN || !acceptance.rectificationFindings().contains(finding)) {
            throw new RuleViolation("findingId", "evidence.finding.notOpen", finding.text(), finding.status());
        }
        return finding;
    }

    private static AcceptanceView.FindingView finding(AcceptanceView acceptance, long findingId) {
        return acceptance.items().stream().flatMap(i -> i.findings().stream()).filter(f -> f.id() == findingId).findFirst()
                .orElseThrow(() -> new NotFound("Acceptance " + acceptance.id() + " has no finding " + findingId));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
