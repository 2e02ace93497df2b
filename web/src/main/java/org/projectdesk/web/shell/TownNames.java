package org.projectdesk.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.projectdesk.project.entity.Town;
import org.projectdesk.servicefile.boundary.ProjectLists;

/**
 * The towns (区镇) in their list's order, and a town's name by code in the page's language, for pages
 * that hold only the code (an account's town, a town account's own). An unknown code stands for itself.
 */
@Named
@RequestScoped
public class TownNames {

    @EJB
    ProjectLists lists;

    @Inject
    FacesContext faces;

    private List<Town> towns;

    public List<Town> getAll() {
        if (towns == null) {
            towns = lists.towns();
        }
        return towns;
    }

    public String name(String code) {
        return getAll().stream().filter(t -> t.getCode().equals(code)).findFirst()
                .map(t -> Language.pick(faces.getViewRoot().getLocale(), t.getName(), t.getNameEn())).orElse(code);
    }
}
