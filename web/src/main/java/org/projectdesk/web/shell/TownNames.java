package org.projectdesk.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.projectdesk.project.boundary.TownView;
import org.projectdesk.project.boundary.Towns;

/**
 * The towns (区镇) in their list's order, and a town's name by code in the page's language, for pages
 * that hold only the code (an account's town, a town account's own). An unknown code stands for itself.
 * Lists to choose a town for something new offer the active towns only ({@link #offeredWith}).
 */
@Named
@RequestScoped
public class TownNames {

    @EJB
    Towns towns;

    @Inject
    FacesContext faces;

    private List<TownView> all;

    /** Every town, inactive ones too: for filters over what already names them. */
    public List<TownView> getAll() {
        if (all == null) {
            all = towns.list();
        }
        return all;
    }

    /** The towns offered for new work, and the one already chosen ({@code current}) even if it no longer is. */
    public List<TownView> offeredWith(String current) {
        return getAll().stream().filter(t -> t.active() || t.code().equals(current)).toList();
    }

    public String name(String code) {
        return getAll().stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> Language.pick(faces.getViewRoot().getLocale(), t.name(), t.nameEn())).orElse(code);
    }
}
