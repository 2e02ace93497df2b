package org.projectdesk.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.projectdesk.catalogue.boundary.Catalogue;
import org.projectdesk.catalogue.boundary.DepartmentView;

/**
 * Departments' names by code in the page's language, for pages that hold only the codes (a matter's
 * department, an item's or a visit's departments). An unknown code stands for itself.
 */
@Named
@RequestScoped
public class DepartmentNames {

    @EJB
    Catalogue catalogue;

    @Inject
    FacesContext faces;

    private Map<String, DepartmentView> byCode;

    public String name(String code) {
        if (byCode == null) {
            byCode = catalogue.departments().stream().collect(Collectors.toMap(DepartmentView::code, d -> d));
        }
        DepartmentView d = byCode.get(code);
        return d == null ? code : Language.pick(faces.getViewRoot().getLocale(), d.name(), d.nameEn());
    }

    /** The names one after another as a Chinese list: "国土资源局、规划局". */
    public String names(List<String> codes) {
        return codes.stream().map(this::name).collect(Collectors.joining("、"));
    }
}
