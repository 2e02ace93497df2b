package org.projectdesk.web.project;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.web.shell.Messages;

/**
 * The service file's step dialog: a matter's row opens it ({@link #start}) and it records one step
 * on that matter (accept, review, suspend with the missing materials, resume, approve, return…) on
 * any past day. It offers only the steps the matter's state allows (the matter says which, {@link
 * MatterView#steps}) and, once a step is chosen, only the fields that step takes ({@link #shows}).
 */
@Named
@ViewScoped
public class MatterStepSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Matters matters;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    @Inject
    ServiceFilePage page;

    @Inject
    Messages messages;

    private String matter;
    private String matterName;
    private List<MatterEvent.Type> types = List.of();
    private long version;
    private MatterEvent.Type type;
    private LocalDate on;
    private String documentNo;
    private String conditions;
    private String pledge;
    private String reason;
    private String result;
    private String materials;
    private Integer procedureType = 2;
    private CaseType caseType;
    private LocalDate externalDueOn;

    public void start(MatterView matter) {
        this.matter = matter.categoryCode();
        matterName = page.categoryName(matter);
        types = matter.steps();
        version = matter.version();
        type = null;
        on = LocalDate.now(clock);
        documentNo = null;
        conditions = null;
        pledge = null;
        reason = null;
        result = null;
        materials = null;
        caseType = null;
        externalDueOn = null;
    }

    public void record() {
        List<String> missing = materials == null ? null : Arrays.stream(materials.split("\\R")).toList();
        String recorded = messages.format("file.recorded", matter, messages.text("event." + type));
        MatterEvent event = type == null ? null : switch (type) {
            case PREPARE_MATERIALS -> new MatterEvent.PrepareMaterials(on, version);
            case ACCEPT -> new MatterEvent.Accept(on, version, caseType, true, externalDueOn);
            case START_REVIEW -> new MatterEvent.StartReview(on, version);
            case REQUEST_SUPPLEMENT -> new MatterEvent.RequestSupplement(on, version, missing);
            case SUPPLEMENT_COMPLETE -> new MatterEvent.SupplementComplete(on, version);
            case SUSPEND -> new MatterEvent.Suspend(on, version, procedureType, reason);
            case RESUME -> new MatterEvent.Resume(on, version, result);
            case APPROVE -> new MatterEvent.Approve(on, version, documentNo);
            case RETURN -> new MatterEvent.Return(on, version, reason);
            case DROP -> new MatterEvent.Drop(on, version, reason);
            case ISSUE_SIMULATED -> new MatterEvent.IssueSimulated(on, version, documentNo, conditions, pledge);
            case CONVERT_SIMULATED -> new MatterEvent.ConvertSimulated(on, version, documentNo);
            case HALT -> new MatterEvent.Halt(on, version, reason);
        };
        page.change(() -> matters.record(page.getFileNo(), matter, event), recorded);
    }

    /** The steps the matter's state allows, in the order a matter takes them. */
    public List<MatterEvent.Type> getTypes() {
        return types;
    }

    /** Whether the chosen step takes this field (a component of its {@link MatterEvent} record). */
    public boolean shows(String field) {
        return type != null && type.fields().contains(field);
    }

    public CaseType[] getCaseTypes() {
        return new CaseType[] {CaseType.IMMEDIATE, CaseType.PROMISED, CaseType.JOINT, CaseType.FORWARDED, CaseType.SPECIAL};
    }

    public String getMatter() { return matter; }
    public String getMatterName() { return matterName; }
    public MatterEvent.Type getType() { return type; }
    public void setType(MatterEvent.Type type) { this.type = type; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
    public String getPledge() { return pledge; }
    public void setPledge(String pledge) { this.pledge = pledge; }
    public String getDocumentNo() { return documentNo; }
    public void setDocumentNo(String documentNo) { this.documentNo = documentNo; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public String getMaterials() { return materials; }
    public void setMaterials(String materials) { this.materials = materials; }
    public Integer getProcedureType() { return procedureType; }
    public void setProcedureType(Integer procedureType) { this.procedureType = procedureType; }
    public CaseType getCaseType() { return caseType; }
    public void setCaseType(CaseType caseType) { this.caseType = caseType; }
    public LocalDate getExternalDueOn() { return externalDueOn; }
    public void setExternalDueOn(LocalDate externalDueOn) { this.externalDueOn = externalDueOn; }
}
