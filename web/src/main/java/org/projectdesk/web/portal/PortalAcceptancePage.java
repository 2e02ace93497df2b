package org.projectdesk.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;
import org.projectdesk.acceptance.boundary.AcceptanceView;
import org.projectdesk.acceptance.boundary.Acceptances;
import org.projectdesk.acceptance.boundary.Application;
import org.projectdesk.acceptance.boundary.PledgeRecord;
import org.projectdesk.acceptance.entity.AcceptanceScope;
import org.projectdesk.acceptance.entity.PledgeParty;
import org.projectdesk.portal.boundary.FindingEvidences;
import org.projectdesk.portal.boundary.MaterialUploads;
import org.projectdesk.portal.boundary.PortalAcceptanceView;
import org.projectdesk.portal.boundary.PortalAcceptances;
import org.projectdesk.shared.control.NotFound;
import org.projectdesk.shared.control.UploadLimits;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Messages;

/**
 * An investor's joint completion acceptance in plain words (portal/acceptance.xhtml?fileNo=…[&amp;id=…]):
 * the application while the project may apply; then what happens next and by when, what waits for the
 * builder, the time limits, the rectification list with an evidence upload and report for each open
 * finding, the materials told once, the combined form's items and the builder's pledge. A refusal that
 * names a field is shown beside it ({@link #refusal}); another enterprise's project or case is a 404.
 */
@Named
@ViewScoped
public class PortalAcceptancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Fields of the application form, and the field each refusal of the application is shown beside. */
    private static final Map<String, String> APPLICATION_FIELDS = Map.of("scope", "scope", "scopeText", "scopeText",
            "completedOn", "completedOn", "appliedOn", "completedOn", "contact", "contact");
    private static final Map<String, String> PLEDGE_FIELDS = Map.of("itemCode", "pledgeItem", "party", "pledgeItem",
            "text", "pledgeText", "dueOn", "pledgeDueOn");
    private static final Set<String> FINDING_FIELDS = Set.of("note", "file", "fileName");

    @EJB
    PortalAcceptances portal;

    @EJB
    Acceptances acceptances;

    @EJB
    FindingEvidences evidence;

    @EJB
    MaterialUploads uploads;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private String fileNo;
    private Long id;
    private PortalAcceptanceView view;
    private UploadLimits limits;

    private AcceptanceScope scope = AcceptanceScope.WHOLE;
    private String scopeText;
    private LocalDate completedOn;
    private String contact;

    private String pledgeItem;
    private String pledgeText;
    private LocalDate pledgeDueOn;

    /** Per finding (by its id): the file chosen and the note written in its row. */
    private transient Map<Long, UploadedFile> files;
    private final Map<Long, String> notes = new HashMap<>();

    /** The refusals of the last change by the field they are shown beside ({@code note:<finding id>} in a row). */
    private final Map<String, String> refusals = new HashMap<>();

    public void load() {
        Attempt.load(faces, () -> {
            if (fileNo == null || fileNo.isBlank()) {
                throw new NotFound("No project was named");
            }
            reload();
            limits = uploads.limits();
        });
    }

    private void reload() {
        view = portal.status(fileNo, id);
        if (view.acceptance() != null) {
            id = view.acceptance().id();
        }
    }

    /** The builder's application; the new case is shown. */
    public void apply() {
        refusals.clear();
        AcceptanceView[] applied = new AcceptanceView[1];
        if (attempt(APPLICATION_FIELDS::get).run(() -> applied[0] = acceptances.apply(fileNo,
                new Application(null, scope, scopeText, completedOn, contact)), messages.text("portal.acceptance.applied"))) {
            id = applied[0].id();
            reload();
        }
    }

    /** The builder's written pledge on an item still to pass. */
    public void pledge() {
        refusals.clear();
        if (attempt(PLEDGE_FIELDS::get).run(() -> acceptances.pledge(view.acceptance().id(),
                new PledgeRecord(PledgeParty.BUILDER, pledgeItem, pledgeText, pledgeDueOn)),
                messages.text("portal.acceptance.pledge.done"))) {
            pledgeItem = null;
            pledgeText = null;
            pledgeDueOn = null;
            reload();
        }
    }

    /** Uploads the evidence chosen in the finding's row and reports the finding put right with the row's note. */
    public void report(long findingId) {
        refusals.clear();
        UploadedFile file = files().get(findingId);
        boolean chosen = file != null && file.getSize() > 0;
        PortalAcceptanceView.FindingLine finding = view.finding(findingId);
        if (attempt(field -> FINDING_FIELDS.contains(field) ? (field.equals("note") ? "note:" : "file:") + findingId : null)
                .run(() -> {
                    try (InputStream content = chosen ? file.getInputStream() : null) {
                        evidence.report(view.acceptance().id(), findingId, notes.get(findingId),
                                chosen ? file.getFileName() : null, content);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, messages.format("portal.acceptance.reported", finding == null ? "" : finding.text()))) {
            notes.remove(findingId);
            reload();
        }
        files().clear();
    }

    private Attempt attempt(java.util.function.Function<String, String> besideWhich) {
        return Attempt.in(faces, messages).refreshingOnStale(this::reload).besideFields((field, text) -> {
            String beside = besideWhich.apply(field);
            if (beside != null) {
                refusals.put(beside, text);
            }
            return beside != null;
        });
    }

    /** The refusal shown beside the field, or null. */
    public String refusal(String field) {
        return refusals.get(field);
    }

    /** A row's refusal: {@code kind} "note" or "file". */
    public String rowRefusal(String kind, long findingId) {
        return refusals.get(kind + ":" + findingId);
    }

    public Map<Long, UploadedFile> getFiles() {
        return files();
    }

    private Map<Long, UploadedFile> files() {
        if (files == null) {
            files = new HashMap<>();
        }
        return files;
    }

    /** The file types the upload accepts, for the browser's file chooser: ".pdf,.jpg,…". */
    public String getAccept() {
        return limits.types().stream().flatMap(t -> t.extensions().stream()).map(e -> "." + e)
                .collect(Collectors.joining(","));
    }

    /** Whether any date the page shows is provisional: the page then explains the mark in a sentence. */
    public boolean isAnyProvisional() {
        return view != null && view.acceptance() != null && (!view.next().provisional().isEmpty()
                || view.rectification().stream().anyMatch(f -> !f.provisional().isEmpty())
                || view.deadlines().stream().anyMatch(d -> !d.provisional().isEmpty()));
    }

    public AcceptanceScope[] getScopes() {
        return AcceptanceScope.values();
    }

    public Map<Long, String> getNotes() { return notes; }
    public UploadLimits getLimits() { return limits; }
    public PortalAcceptanceView getView() { return view; }
    public String getFileNo() { return fileNo; }
    public void setFileNo(String fileNo) { this.fileNo = fileNo; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public AcceptanceScope getScope() { return scope; }
    public void setScope(AcceptanceScope scope) { this.scope = scope; }
    public String getScopeText() { return scopeText; }
    public void setScopeText(String scopeText) { this.scopeText = scopeText; }
    public LocalDate getCompletedOn() { return completedOn; }
    public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getPledgeItem() { return pledgeItem; }
    public void setPledgeItem(String pledgeItem) { this.pledgeItem = pledgeItem; }
    public String getPledgeText() { return pledgeText; }
    public void setPledgeText(String pledgeText) { this.pledgeText = pledgeText; }
    public LocalDate getPledgeDueOn() { return pledgeDueOn; }
    public void setPledgeDueOn(LocalDate pledgeDueOn) { this.pledgeDueOn = pledgeDueOn; }
}
