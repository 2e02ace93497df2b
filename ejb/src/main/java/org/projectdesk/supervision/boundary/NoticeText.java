package org.projectdesk.supervision.boundary;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.projectdesk.shared.control.RuleText;

/** A notice said in the reader's language, for the inbox and for e-mail alike. */
public final class NoticeText {

    private NoticeText() {
    }

    public static String of(NoticeView n, Locale locale) {
        if (n.kind() == org.projectdesk.supervision.entity.NoticeKind.DIGEST) {
            Map<String, String> figures = figures(n.body());
            return RuleText.format("notice.DIGEST", locale, figures.getOrDefault("projects", "0"),
                    figures.getOrDefault("yellow", "0"), figures.getOrDefault("red", "0"),
                    figures.getOrDefault("conversion", "0"));
        }
        if (n.kind().isCalendar()) {
            Map<String, String> figures = figures(n.body());
            return RuleText.format("notice." + n.kind(), locale, figures.getOrDefault("year", figures.getOrDefault("years", "")),
                    figures.getOrDefault("count", "0"), figures.getOrDefault("dates", ""));
        }
        if (n.kind().isMeeting()) {
            Map<String, String> figures = figures(n.body());
            return RuleText.format(meetingKey("notice.", n, figures), locale, figures.getOrDefault("startsAt", ""),
                    figures.getOrDefault("place", ""), figures.getOrDefault("projects", "").replace(",", "、"));
        }
        String subject = n.kind().isAcceptance() ? RuleText.format("acceptance.deadline." + n.body(), locale)
                : n.kind().isProblem() || n.kind().isComplaint() ? n.body() : n.categoryCode();
        return RuleText.format("notice." + n.kind(), locale, n.projectFileNo(), n.projectName(), subject,
                n.light() == null ? "" : n.light().name());
    }

    public static String subject(NoticeView n, Locale locale) {
        if (n.kind().isCalendar()) {
            Map<String, String> figures = figures(n.body());
            return RuleText.format("notice.subject." + n.kind(), locale, figures.getOrDefault("year", figures.getOrDefault("years", "")));
        }
        if (n.kind().isMeeting()) {
            Map<String, String> figures = figures(n.body());
            return RuleText.format(meetingKey("notice.subject.", n, figures), locale, figures.getOrDefault("startsAt", ""));
        }
        return RuleText.format("notice.subject." + n.kind(), locale, n.projectFileNo() == null ? "" : n.projectFileNo());
    }

    /**
     * A meeting notice's text by the meeting's kind: the approvals' pre-review under the plain key (and for
     * notices written before meetings had kinds), the completion acceptance's meetings under the key and their kind.
     */
    private static String meetingKey(String prefix, NoticeView n, Map<String, String> figures) {
        String kind = figures.getOrDefault("kind", "PRE_REVIEW");
        return prefix + n.kind() + ("PRE_REVIEW".equals(kind) ? "" : "." + kind);
    }

    /** The meeting a meeting notice is about, for a link to it; null for any other notice. */
    public static Long meetingId(NoticeView n) {
        if (!n.kind().isMeeting()) {
            return null;
        }
        String id = figures(n.body()).get("meeting");
        return id == null ? null : Long.valueOf(id);
    }

    /** A digest's figures, written as {@code name=value;...}. */
    public static String body(Map<String, ?> figures) {
        StringBuilder text = new StringBuilder();
        figures.forEach((k, v) -> text.append(text.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return text.toString();
    }

    private static Map<String, String> figures(String body) {
        Map<String, String> figures = new HashMap<>();
        if (body != null) {
            for (String pair : body.split(";")) {
                int at = pair.indexOf('=');
                if (at > 0) {
                    figures.put(pair.substring(0, at), pair.substring(at + 1));
                }
            }
        }
        return figures;
    }
}
