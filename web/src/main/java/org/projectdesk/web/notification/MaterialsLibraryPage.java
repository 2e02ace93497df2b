package org.projectdesk.web.notification;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CategoryView;
import org.projectdesk.notification.boundary.LibraryImport;
import org.projectdesk.notification.boundary.StandardMaterials;
import org.projectdesk.notification.entity.StandardMaterial;
import org.projectdesk.shared.control.ImportProblem;
import org.projectdesk.shared.control.MaterialNames;
import org.projectdesk.web.shell.Attempt;
import org.projectdesk.web.shell.Language;
import org.projectdesk.web.shell.Messages;

/**
 * 材料库 (reference/materials.xhtml): the standard materials of the one-time notification with their
 * synonyms and the category whose decision issues each, searched by any wording and paged; the CSV
 * export; and the import of the director or an administrator, which replaces the whole library or,
 * when the file has a problem, nothing, listing each problem by line and column. The library is a few
 * hundred rows read whole, so the search runs here.
 */
@Named
@ViewScoped
public class MaterialsLibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StandardMaterials library;

    @EJB
    Catalogue catalogue;

    @Inject
    Clock clock;

    @Inject
    Language language;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    // Read again after the view is restored from a passivated session: the entities and views are not serializable.
    private transient List<StandardMaterial> all;
    private transient Map<String, CategoryView> categories;
    private transient List<StandardMaterial> shown;
    private String search;
    private transient UploadedFile file;
    private List<ImportProblem> problems = List.of();

    private List<StandardMaterial> all() {
        if (all == null) {
            all = library.all();
        }
        return all;
    }

    /** The materials the search finds (all without one): by code, either name, a synonym or the issuing category. */
    public List<StandardMaterial> getShown() {
        if (shown == null) {
            String term = search == null ? "" : MaterialNames.key(search).toLowerCase(Locale.ROOT);
            shown = term.isEmpty() ? all() : all().stream().filter(m -> Stream.concat(
                            Stream.of(m.getCode(), m.getName(), m.getNameEn(), m.getProducedBy(), categoryName(m.getProducedBy())),
                            m.getSynonyms().stream())
                    .anyMatch(text -> text != null && MaterialNames.key(text).toLowerCase(Locale.ROOT).contains(term))).toList();
        }
        return shown;
    }

    /** The category's name in the page's language, or the code itself when the catalogue in force no longer has it. */
    public String categoryName(String code) {
        if (code == null) {
            return null;
        }
        if (categories == null) {
            categories = catalogue.inForce(LocalDate.now(clock)).categories().stream()
                    .collect(Collectors.toMap(CategoryView::code, Function.identity()));
        }
        CategoryView category = categories.get(code);
        return category == null ? code : language.isChinese() ? category.name() : category.nameEn();
    }

    /** The wordings the library takes for the material, as the page lists them. */
    public String synonyms(StandardMaterial material) {
        return String.join(language.isChinese() ? "、" : "; ", material.getSynonyms());
    }

    public void find() {
        shown = null;
    }

    public int getTotal() {
        return all().size();
    }

    public StreamedContent export() {
        byte[] csv = library.export();
        return DefaultStreamedContent.builder().name("materials.csv").contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /** Imports the chosen file whole, saying how many notifications follow, or lists its problems and changes nothing. */
    public void importFile() {
        if (file == null || file.getContent() == null || file.getContent().length == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text("catalogue.chooseFile"), null));
            return;
        }
        String name = file.getFileName();
        byte[] content = file.getContent();
        AtomicReference<LibraryImport> done = new AtomicReference<>();
        if (Attempt.run(faces, messages, () -> done.set(library.importLibrary(content)), null)) {
            problems = done.get().problems();
            if (problems.isEmpty()) {
                all = null;
                shown = null;
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format("materials.imported",
                        getTotal(), name, done.get().notificationsToUpdate()), null));
            } else {
                faces.validationFailed();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        messages.format("materials.notImported", problems.size(), name), null));
            }
        }
    }

    public String problemText(ImportProblem problem) {
        return problem.message(faces.getViewRoot().getLocale());
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public List<ImportProblem> getProblems() { return problems; }
}
