package org.projectdesk.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments shown in the server's time zone, for pages (f:convertDateTime has no type for Instant in Faces 4.0). */
@Named
@ApplicationScoped
public class Instants {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    public String minutes(Instant at) {
        return at == null ? "" : MINUTES.format(at);
    }

    public String seconds(Instant at) {
        return at == null ? "" : SECONDS.format(at);
    }
}
