package org.projectdesk.web.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.CategoryView;
import org.projectdesk.web.shell.Messages;

/**
 * The public "five disclosures" (五公开) page: for each category in force, its service content,
 * procedure, required materials, promised limit and fees. Open to everyone, searchable, printable.
 */
@Named
@ViewScoped
public class DisclosurePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Catalogue catalogue;

    /** The application's clock (a test server's starts on test.today), never the JVM's. */
    @Inject
    Clock clock;

    @Inject
    Messages messages;

    private String search;
    private List<CategoryView> categories;

    @PostConstruct
    void load() {
        categories = catalogue.disclosures(search, LocalDate.now(clock));
    }

    public void find() {
        load();
    }

    public String limit(CategoryView category) {
        return category.immediate() ? messages.text("disclosure.immediate")
                : messages.format("disclosure.promised", category.promisedDays());
    }

    public String statutory(CategoryView category) {
        return messages.format("disclosure.statutory", category.statutoryDays());
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<CategoryView> getCategories() {
        return categories;
    }
}
