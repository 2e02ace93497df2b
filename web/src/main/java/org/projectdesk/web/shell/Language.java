package org.projectdesk.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language pages are shown in: Chinese unless the user picks English. The choice is kept for
 * the session; it is the same on the login page and after signing in. Whatever picks between the
 * Chinese and the English of something (a name kept in both, a chart's or a document's language)
 * asks {@link #isChinese(Locale)} or {@link #pick}.
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
        return isChinese(locale);
    }

    /** Whether text in the locale is Chinese (else it is English). */
    public static boolean isChinese(Locale locale) {
        return locale.getLanguage().equals("zh");
    }

    /** Of a name kept in Chinese and in English, the one for the locale. */
    public static String pick(Locale locale, String chinese, String english) {
        return isChinese(locale) ? chinese : english;
    }

    /** The locale's language as a two-letter tag, "zh" or "en" (for a chart or a date picker). */
    public static String tag(Locale locale) {
        return isChinese(locale) ? "zh" : "en";
    }

    /**
     * Switches and shows the same page again by redirect, with its view parameters ({@code ?fileNo=}),
     * so that the address bar still names the page the user was on and a copied link opens it.
     */
    public String choose(String languageTag) {
        Locale chosen = Locale.forLanguageTag(languageTag);
        locale = SUPPORTED.stream().filter(l -> l.getLanguage().equals(chosen.getLanguage())).findFirst()
                .orElse(Locale.SIMPLIFIED_CHINESE);
        UIViewRoot view = FacesContext.getCurrentInstance().getViewRoot();
        view.setLocale(locale);
        return view.getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
