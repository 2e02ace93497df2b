package org.projectdesk.supervision.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.projectdesk.shared.control.RuleText;
import org.projectdesk.supervision.entity.NoticeKind;

/** A notice said in the reader's language, for the inbox and for e-mail alike. */
public final class NoticeText {

    /** How many of the projects a ledger import gave an officer its notice names; it counts them all. */
    public static final int LEDGER_FILES_NAMED = 10;

    private NoticeText() {
    }

    public static String of(NoticeView n, Locale locale) {
        if (n.kind() == NoticeKind.DIGEST) {
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
        if (n.kind().isReferral()) {
            String[] lines = referralLines(n.body());
            return RuleText.format("notice." + n.kind(), locale, lines[1], lines[0],
                    n.projectFileNo() == null ? "" : n.projectFileNo(), lines[2]);
        }
        if (n.kind() == NoticeKind.LEDGER_ASSIGNED) {
            Map<String, String> figures = figures(n.body());
            String count = figures.getOrDefault("count", "0");
            String[] named = figures.getOrDefault("files", "").split(",");
            int more = Integer.parseInt(count) - named.length;
            return RuleText.format("notice.LEDGER_ASSIGNED", locale, count,
                    String.join("zh".equals(locale.getLanguage()) ? "、" : ", ", named),
                    more > 0 ? RuleText.format("notice.LEDGER_ASSIGNED.more", locale, String.valueOf(more)) : "");
        }
        if (n.kind() == NoticeKind.OFFICER_ASSIGNED && n.body() == null) {
            return RuleText.format("notice.OFFICER_ASSIGNED.noReason", locale, n.projectFileNo(), n.projectName());
        }
        if (n.kind() == NoticeKind.SUPERVISION_ORDER) {
            String[] order = (n.body() == null ? "" : n.body()).split("\n", 2);
            return RuleText.format("notice.SUPERVISION_ORDER", locale, n.projectFileNo(), n.projectName(), order[0],
                    order.length > 1 ? order[1] : "");
        }
        String subject = n.kind().isAcceptance() ? RuleText.format("acceptance.deadline." + n.body(), locale)
                : n.kind().quotesItsBody() ? (n.body() == null ? "" : n.body()) : matter(n, locale);
        return RuleText.format("notice." + n.kind(), locale, n.projectFileNo(), n.projectName(), subject,
                n.light() == null ? "" : n.light().name());
    }

    /** The matter a matter's notice is about, by its category's name in the reader's language (by its code if it has none). */
    private static String matter(NoticeView n, Locale locale) {
        String name = "zh".equals(locale.getLanguage()) ? n.categoryName() : n.categoryNameEn();
        return name == null || name.isBlank() ? n.categoryCode() : name;
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
        if (n.kind().isReferral()) {
            return RuleText.format("notice.subject." + n.kind(), locale, referralLines(n.body())[1]);
        }
        if (n.kind() == NoticeKind.LEDGER_ASSIGNED) {
            return RuleText.format("notice.subject." + n.kind(), locale, figures(n.body()).getOrDefault("count", "0"));
        }
        return RuleText.format("notice.subject." + n.kind(), locale, n.projectFileNo() == null ? "" : n.projectFileNo());
    }

    /** A ledger import's notice to an officer: how many files it gave them, and the first {@link #LEDGER_FILES_NAMED}. */
    public static String ledgerBody(List<String> fileNos) {
        return "count=" + fileNos.size() + ";files=" + String.join(",", fileNos.subList(0, Math.min(fileNos.size(), LEDGER_FILES_NAMED)));
    }

    /** A referral notice's body: the referral's id, the project's name and the reason, one a line (the reason may run on). */
    public static String referralBody(long referralId, String projectName, String reason) {
        String name = projectName == null ? "" : projectName.replaceAll("[\\r\\n]+", " ");
        return referralId + "\n" + name + (reason == null ? "" : "\n" + reason);
    }

    /** The referral a referral notice is about, for a link to it; null for any other notice. */
    public static Long referralId(NoticeView n) {
        if (!n.kind().isReferral()) {
            return null;
        }
        try {
            return Long.valueOf(referralLines(n.body())[0].strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Always three: id, name, reason (empty when absent). */
    private static String[] referralLines(String body) {
        String[] lines = (body == null ? "" : body).split("\n", 3);
        return new String[] {lines[0], lines.length > 1 ? lines[1] : "", lines.length > 2 ? lines[2] : ""};
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
