package org.projectdesk.web.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CatalogueAdministration;
import org.projectdesk.catalogue.boundary.CatalogueImport;
import org.projectdesk.catalogue.boundary.CatalogueView;
import org.projectdesk.catalogue.boundary.CategoryView;
import org.projectdesk.catalogue.boundary.DepartmentView;
import org.projectdesk.catalogue.entity.CaseType;
import org.projectdesk.catalogue.entity.CategoryTerms;
import org.projectdesk.catalogue.entity.Stage;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Messages;

/**
 * The catalogue for administrators and the director: the versions, one version's categories with
 * the totals, editing a category (a new version), import with a preview, export, and the departments.
 */
@Named
@ViewScoped
public class CataloguePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Catalogue catalogue;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    @EJB
    CatalogueAdministration administration;

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    private List<CatalogueView> versions;
    private int inForceNumber;
    private Integer shownNumber;
    private CatalogueView shown;
    private List<DepartmentView> departments;

    private CategoryForm form;
    private LocalDate effectiveFrom;
    private String note;

    private transient UploadedFile file;
    private byte[] uploaded;
    private String uploadedName;
    private CatalogueImport preview;

    private String newDepartmentCode;
    private String newDepartmentName;
    private String newDepartmentNameEn;

    private DepartmentView editedDepartment;
    private String departmentName;
    private String departmentNameEn;

    @PostConstruct
    void load() {
        if (effectiveFrom == null) {
            effectiveFrom = LocalDate.now(clock);
        }
        versions = catalogue.versions();
        departments = catalogue.departments();
        inForceNumber = versions.isEmpty() ? 0 : catalogue.inForce(LocalDate.now(clock)).number();
        if (shownNumber == null && !versions.isEmpty()) {
            shownNumber = inForceNumber;
        }
        shown = shownNumber == null ? null : catalogue.version(shownNumber);
    }

    public void show() {
        load();
    }

    public String label(CatalogueView version) {
        return messages.format("catalogue.versionLabel", version.number(), version.effectiveFrom().toString())
                + (version.number() == inForceNumber ? messages.text("catalogue.inForceMark") : "");
    }

    public void startEdit(CategoryView category) {
        form = CategoryForm.of(category);
        effectiveFrom = LocalDate.now(clock);
        note = null;
    }

    public void saveCategory() {
        attempt().run(() -> {
            CatalogueView created = administration.change(form.terms(), effectiveFrom, note);
            info("catalogue.versionCreated", created.number(), created.effectiveFrom());
            shownNumber = created.number();
            load();
        }, null);
    }

    public void previewUpload() {
        if (file == null || file.getContent() == null || file.getContent().length == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("catalogue.chooseFile"), null));
            return;
        }
        uploaded = file.getContent();
        uploadedName = file.getFileName();
        preview = administration.preview(uploaded);
        effectiveFrom = LocalDate.now(clock);
        note = uploadedName;
    }

    public void applyUpload() {
        attempt().run(() -> {
            CatalogueView created = administration.apply(uploaded, effectiveFrom, note);
            info("catalogue.versionCreated", created.number(), created.effectiveFrom());
            cancelUpload();
            shownNumber = created.number();
            load();
        }, null);
    }

    public void cancelUpload() {
        preview = null;
        uploaded = null;
        uploadedName = null;
    }

    public StreamedContent export() {
        byte[] csv = administration.export(shown.number());
        return DefaultStreamedContent.builder().name("catalogue-v" + shown.number() + ".csv")
                .contentType("text/csv; charset=UTF-8").stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public void startDepartmentEdit(DepartmentView department) {
        editedDepartment = department;
        departmentName = department.name();
        departmentNameEn = department.nameEn();
    }

    public void saveDepartment() {
        attempt().run(() -> {
            administration.renameDepartment(editedDepartment.code(), editedDepartment.version(), departmentName, departmentNameEn);
            info("catalogue.departmentSaved", editedDepartment.code(), "");
            load();
        }, null);
    }

    public void addDepartment() {
        attempt().run(() -> {
            DepartmentView added = administration.addDepartment(newDepartmentCode, newDepartmentName, newDepartmentNameEn);
            info("catalogue.departmentSaved", added.code(), "");
            newDepartmentCode = null;
            newDepartmentName = null;
            newDepartmentNameEn = null;
            load();
        }, null);
    }

    public String getNewDepartmentCode() {
        return newDepartmentCode;
    }

    public void setNewDepartmentCode(String newDepartmentCode) {
        this.newDepartmentCode = newDepartmentCode;
    }

    public String getNewDepartmentName() {
        return newDepartmentName;
    }

    public void setNewDepartmentName(String newDepartmentName) {
        this.newDepartmentName = newDepartmentName;
    }

    public String getNewDepartmentNameEn() {
        return newDepartmentNameEn;
    }

    public void setNewDepartmentNameEn(String newDepartmentNameEn) {
        this.newDepartmentNameEn = newDepartmentNameEn;
    }

    public String prerequisites(CategoryView category) {
        return String.join(" ", category.prerequisites());
    }

    /** Codes as a list for a sentence: "HUD-03、PLAN-01", or "无"/"none" when there are none. */
    public String codes(java.util.Collection<String> codes) {
        return codes.isEmpty() ? messages.text("catalogue.noCodes") : String.join("、", codes);
    }

    public String problemText(ImportProblem problem) {
        return problem.message(faces.getViewRoot().getLocale());
    }

    public List<Stage> getStages() {
        return Arrays.asList(Stage.values());
    }

    public List<CaseType> getCaseTypes() {
        return Arrays.stream(CaseType.values()).filter(CaseType::isCategoryDefault).toList();
    }

    /** Runs a change that says itself what it did; a stale version reloads the catalogue. */
    private Attempt attempt() {
        return Attempt.in(faces, messages).refreshingOnStale(this::load);
    }

    private void info(String key, Object first, Object second) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format(key, first, second), null));
    }

    public List<CatalogueView> getVersions() {
        return versions;
    }

    public Integer getShownNumber() {
        return shownNumber;
    }

    public void setShownNumber(Integer shownNumber) {
        this.shownNumber = shownNumber;
    }

    public CatalogueView getShown() {
        return shown;
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public CategoryForm getForm() {
        return form;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public CatalogueImport getPreview() {
        return preview;
    }

    public String getUploadedName() {
        return uploadedName;
    }

    public DepartmentView getEditedDepartment() {
        return editedDepartment;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public void setDepartmentName(String departmentName) {
        this.departmentName = departmentName;
    }

    public String getDepartmentNameEn() {
        return departmentNameEn;
    }

    public void setDepartmentNameEn(String departmentNameEn) {
        this.departmentNameEn = departmentNameEn;
    }

    /** The editable fields of one category; lists are edited as one item per line. */
    public static class CategoryForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String name;
        private String nameEn;
        private String departmentCode;
        private Stage stage;
        private int statutoryDays;
        private int promisedDays;
        private int greenChannelDays;
        private boolean immediate;
        private CaseType defaultCaseType;
        private String prerequisites;
        private boolean simulatable;
        private String materials;
        private String serviceContent;
        private String procedure;
        private String fee;
        private String legalBasis;

        static CategoryForm of(CategoryView c) {
            CategoryForm form = new CategoryForm();
            form.code = c.code();
            form.name = c.name();
            form.nameEn = c.nameEn();
            form.departmentCode = c.departmentCode();
            form.stage = c.stage();
            form.statutoryDays = c.statutoryDays();
            form.promisedDays = c.promisedDays();
            form.greenChannelDays = c.greenChannelDays();
            form.immediate = c.immediate();
            form.defaultCaseType = c.defaultCaseType();
            form.prerequisites = String.join(" ", c.prerequisites());
            form.simulatable = c.simulatable();
            form.materials = String.join("\n", c.materials());
            form.serviceContent = c.serviceContent();
            form.procedure = c.procedure();
            form.fee = c.fee();
            form.legalBasis = c.legalBasis();
            return form;
        }

        CategoryTerms terms() {
            return new CategoryTerms(code, name, nameEn, departmentCode, stage, statutoryDays, promisedDays,
                    greenChannelDays, immediate, defaultCaseType, split(prerequisites, "[\\s,|]+", true), simulatable,
                    split(materials, "\\R", false), serviceContent, procedure, fee, legalBasis);
        }

        private static List<String> split(String text, String separator, boolean upperCase) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            return Arrays.stream(text.strip().split(separator)).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> upperCase ? s.toUpperCase(Locale.ROOT) : s).toList();
        }

        public String getCode() { return code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public String getDepartmentCode() { return departmentCode; }
        public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
        public Stage getStage() { return stage; }
        public void setStage(Stage stage) { this.stage = stage; }
        public int getStatutoryDays() { return statutoryDays; }
        public void setStatutoryDays(int statutoryDays) { this.statutoryDays = statutoryDays; }
        public int getPromisedDays() { return promisedDays; }
        public void setPromisedDays(int promisedDays) { this.promisedDays = promisedDays; }
        public int getGreenChannelDays() { return greenChannelDays; }
        public void setGreenChannelDays(int greenChannelDays) { this.greenChannelDays = greenChannelDays; }
        public boolean isImmediate() { return immediate; }
        public void setImmediate(boolean immediate) { this.immediate = immediate; }
        public CaseType getDefaultCaseType() { return defaultCaseType; }
        public void setDefaultCaseType(CaseType defaultCaseType) { this.defaultCaseType = defaultCaseType; }
        public String getPrerequisites() { return prerequisites; }
        public void setPrerequisites(String prerequisites) { this.prerequisites = prerequisites; }
        public boolean isSimulatable() { return simulatable; }
        public void setSimulatable(boolean simulatable) { this.simulatable = simulatable; }
        public String getMaterials() { return materials; }
        public void setMaterials(String materials) { this.materials = materials; }
        public String getServiceContent() { return serviceContent; }
        public void setServiceContent(String serviceContent) { this.serviceContent = serviceContent; }
        public String getProcedure() { return procedure; }
        public void setProcedure(String procedure) { this.procedure = procedure; }
        public String getFee() { return fee; }
        public void setFee(String fee) { this.fee = fee; }
        public String getLegalBasis() { return legalBasis; }
        public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    }
}
