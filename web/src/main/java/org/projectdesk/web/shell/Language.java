package org.projectdesk.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language pages are shown in: Chinese unless the user picks English. The choice is kept for
 * the session; it is the same on the login page and after signing in.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getTag() {
        return locale.toLanguageTag();
    }

    public boolean isChinese() {
        return locale.getLanguage().equals("zh");
    }

    public void choose(String languageTag) {
        Locale chosen = Locale.forLanguageTag(languageTag);
        locale = SUPPORTED.stream().filter(l -> l.getLanguage().equals(chosen.getLanguage())).findFirst()
                .orElse(Locale.SIMPLIFIED_CHINESE);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
