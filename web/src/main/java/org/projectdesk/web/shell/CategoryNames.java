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
import org.projectdesk.catalogue.boundary.CatalogueView;
import org.projectdesk.catalogue.boundary.CategoryView;

/**
 * Matters' names in the page's language, for pages that hold a matter's category code and the Chinese name kept
 * on the matter (the board, the investor's status, the notification's choice of matters): in English the newest
 * catalogue's English name of the code, the Chinese name where it has none. (The service file names its matters
 * by its own catalogue version.)
 */
@Named
@RequestScoped
public class CategoryNames {

    @EJB
    Catalogue catalogue;

    @Inject
    FacesContext faces;

    private Map<String, String> english;

    public String name(String code, String chinese) {
        if (Language.isChinese(faces.getViewRoot().getLocale())) {
            return chinese;
        }
        if (english == null) {
            english = catalogue.versions().stream().findFirst().map(v -> catalogue.version(v.number()))
                    .map(CatalogueView::categories).orElse(List.of()).stream()
                    .filter(c -> c.nameEn() != null && !c.nameEn().isBlank())
                    .collect(Collectors.toMap(CategoryView::code, CategoryView::nameEn, (a, b) -> a));
        }
        return english.getOrDefault(code, chinese);
    }
}
