package org.projectdesk.web.project;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.projectdesk.approval.boundary.MatterView;
import org.projectdesk.approval.boundary.Matters;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CategoryView;
import org.projectdesk.web.shell.Messages;

/** The service file's form that adds a category of its catalogue version to the plan, with a reason. */
@Named
@ViewScoped
public class AddCategorySection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Matters matters;

    @EJB
    Catalogue catalogue;

    @Inject
    ServiceFilePage page;

    @Inject
    Messages messages;

    private String category;
    private String reason;

    public void add() {
        page.change(() -> matters.addToPlan(page.getFileNo(), category, reason), messages.text("file.added"));
        category = null;
        reason = null;
    }

    /** Categories of the file's catalogue version that its plan does not have. */
    public List<CategoryView> getAddableCategories() {
        Set<String> planned = page.getFile().matters().stream().map(MatterView::categoryCode).collect(Collectors.toSet());
        return catalogue.version(page.getFile().catalogueVersion()).categories().stream()
                .filter(c -> !planned.contains(c.code())).toList();
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
