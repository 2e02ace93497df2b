package org.projectdesk.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * The language of a document the API prints (a PDF, a CSV): {@code lang=en} or a request preferring
 * English gives English; anything else Chinese, the office's language.
 */
public final class DocumentLanguage {

    private DocumentLanguage() {
    }

    public static Locale of(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            return lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
        return headers.getAcceptableLanguages().stream().findFirst()
                .filter(l -> l.getLanguage().equals("en")).map(l -> Locale.ENGLISH).orElse(Locale.SIMPLIFIED_CHINESE);
    }
}
