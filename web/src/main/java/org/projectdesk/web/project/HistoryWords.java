package org.projectdesk.web.project;

import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.projectdesk.approval.boundary.MatterEvent;
import org.projectdesk.audit.boundary.AuditView;

/**
 * Says an entry of a file's history as one sentence in the bundle's language. The entries are kept as
 * their writers made them (the {@code audit.record} calls of the ejb module: {@code key=value} lists, a
 * matter's summary, "meeting 12", "problem:5", free text), and old entries stay as written; each action
 * known here is read back into its sentence with people's, departments', categories' and towns' names and
 * the bundle's labels. An action not known here, or an entry that does not read as its action writes it,
 * is said plainly ("actor: action target after"): never an exception, never a missing key.
 */
final class HistoryWords {

    /** The names an entry's codes stand for, in the page's language. */
    interface Names {
        /** A person's display name for a user name ("system": the system). */
        String person(String username);

        /** A department's name; an unknown code stands for itself. */
        String department(String code);

        Optional<Category> category(String code);

        /** A town's name; an unknown code stands for itself. */
        String town(String code);

        Optional<Meeting> meeting(long id);
    }

    record Category(String name, String departmentCode) {
    }

    /** A meeting as the history names it: its kind (a {@code MeetingKind} name), when and where. */
    record Meeting(String kind, LocalDateTime startsAt, String place) {
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Set<String> MATTER_EVENTS = Arrays.stream(MatterEvent.Type.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> TRACKING = Set.of("PREPARE_TO_START", "START_CONSTRUCTION", "COMPLETE", "PAUSE",
            "RESUME", "WITHDRAW");
    private static final Set<String> FLAGS = Set.of("greenChannel");
    private static final Pattern ON = Pattern.compile("(\\S+) on (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern SERVICE = Pattern.compile("(\\w+) on (\\S+), (\\S+) h, (.*)", Pattern.DOTALL);
    private static final Pattern AT_PLACE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T[\\d:.]+)(?: (.*))?", Pattern.DOTALL);
    private static final Pattern NUMBERED = Pattern.compile("\\D+[ :](\\d+)");
    private static final Pattern OPINION = Pattern.compile("meeting (\\d+): (\\w+)(?:, materials=(.*))?", Pattern.DOTALL);
    private static final Pattern PROBLEM = Pattern.compile(
            "departments=\\[(.*?)], due=(\\S+), source=(\\w+), (.*)", Pattern.DOTALL);
    private static final Pattern PROBLEM_STEP = Pattern.compile("(\\w+)(?:, (.*))?", Pattern.DOTALL);
    private static final Pattern VISIT = Pattern.compile(
            "on=(\\S+), departments=\\[(.*?)], staff=(.*), actions=\\d+", Pattern.DOTALL);
    private static final Pattern SCHEDULED = Pattern.compile("meeting \\d+ (\\S+)(?:, departments=.*)?", Pattern.DOTALL);
    private static final Pattern VERDICT = Pattern.compile("(\\S+)=(\\w+)(?:, findings=.*)?", Pattern.DOTALL);
    private static final Pattern PLEDGE = Pattern.compile("(\\w+) (\\S+)(?: by (\\S+), .*)?", Pattern.DOTALL);
    private static final Pattern FINDING_DONE = Pattern.compile("finding \\d+, (.*)", Pattern.DOTALL);
    private static final Pattern EVIDENCE = Pattern.compile("finding \\d+: (.*) \\(\\d+ bytes, sha256 \\w+\\)", Pattern.DOTALL);
    private static final Pattern UPLOAD = Pattern.compile("(.*) \\(\\d+ bytes, sha256 \\w+\\)", Pattern.DOTALL);
    private static final Pattern RECOUNT = Pattern.compile("(.+) (\\w+)");
    private static final Pattern WITHDRAWN = Pattern.compile("project withdrawn \\((\\w+)\\)");
    private static final Pattern DEPENDENT = Pattern.compile("(\\S+): .*", Pattern.DOTALL);

    private final ResourceBundle bundle;
    private final Names names;

    HistoryWords(ResourceBundle bundle, Names names) {
        this.bundle = bundle;
        this.names = names;
    }

    /** Who did it, by name. */
    String actor(AuditView entry) {
        return names.person(entry.actor());
    }

    /** The entry as one sentence; plainly when it does not read as its action writes it. */
    String sentence(AuditView entry) {
        try {
            String said = says(entry);
            if (said != null) {
                return said;
            }
        } catch (RuntimeException unreadable) {
            // An entry written in an older or unknown shape: said plainly below.
        }
        return plainly(entry);
    }

    private String says(AuditView e) {
        String action = e.action() == null ? "" : e.action();
        return switch (action) {
            case "INTAKE" -> intake(e);
            case "REASSIGN_OFFICER" -> reassign(e);
            case "PROPOSE_GREEN_CHANNEL", "GRANT_GREEN_CHANNEL", "REFUSE_GREEN_CHANNEL", "RECORD_LAND_HELD" -> green(e);
            case "PROGRESS_NOTE", "PROGRESS_MILESTONE" -> progress(e);
            case "EXTENDED_SERVICE" -> service(e);
            case "MATERIAL_RECEIVED" -> text("history.material.received", e.target(), match(ON, e.after()).group(2));
            case "MATERIAL_REOPENED" -> text("history.material.reopened", e.target());
            case "MATERIAL_UPLOAD_REFUSED" -> text("history.material.refused", actor(e), e.target(), present(e.before()),
                    present(e.after()));
            case "MATERIAL_UPLOADED" -> text("history.material.uploaded", e.target(), match(UPLOAD, e.after()).group(1));
            case "PARTIAL_ACCEPTANCE" -> partial(e);
            case "MEETING_SCHEDULED", "MEETING_RESCHEDULED", "MEETING_CLOSED", "MEETING_CANCELLED" -> meeting(e);
            case "OPINION" -> opinion(e);
            case "PROBLEM_RAISED" -> problem(e);
            case "PROBLEM_START", "PROBLEM_RESOLVE", "PROBLEM_ESCALATE", "PROBLEM_REOPEN" -> problemStep(e);
            case "VISIT_RECORDED", "VISIT_CHANGED" -> visit(e);
            case "REFERRAL_TAKEN_IN" -> referral(e);
            case "FINDING_EVIDENCE_UPLOADED" -> text("history.evidence", match(EVIDENCE, e.after()).group(1));
            case "CALENDAR_RECOUNT" -> recount(e);
            case "JOINT_ACCEPTANCE" -> text("history.joint", category(e.target()), required(fields(e.after()), "on"));
            case "ADD_TO_PLAN" -> text("history.addToPlan", actor(e), category(e.target()),
                    required(fields(e.after()), "reason"));
            case "RATED" -> text("history.rated", actor(e), required(fields(e.after()), "stars"));
            case "RATING_REVISED" -> text("history.rerated", actor(e), required(fields(e.before()), "stars"),
                    required(fields(e.after()), "stars"));
            case "COMPLAINT_FILED" -> text("history.complaint.filed", actor(e), present(e.after()));
            case "COMPLAINT_ANSWERED" -> text("history.complaint.answered", actor(e), present(e.after()));
            case "SUPERVISION_ORDER" -> text("history.supervisionOrder", actor(e), category(e.target()),
                    present(e.after()).replaceFirst("^note=", ""));
            default -> action.startsWith("ACCEPTANCE_") ? acceptance(e)
                    : isMatterStep(e) ? matter(e)
                    : TRACKING.contains(action) ? tracking(e) : null;
        };
    }

    private String intake(AuditView e) {
        Map<String, String> after = fields(e.after());
        String officer = names.person(required(after, "officer"));
        String key = after.containsKey("demo project") ? "history.intake.demo" : "history.intake";
        return text(key, actor(e), e.target(), officer);
    }

    private String reassign(AuditView e) {
        Map<String, String> after = fields(e.after());
        return text("history.reassign", actor(e), names.person(required(fields(e.before()), "officer")),
                names.person(required(after, "officer"))) + reason(after.get("reason"));
    }

    private String green(AuditView e) {
        String reason = fields(e.after()).get("reason");
        return text("history.green." + e.action(), actor(e))
                + (reason == null || reason.isBlank() ? "" : text("history.green.reason", reason));
    }

    /** The project's own steps (tracking): before and after are its status. */
    private String tracking(AuditView e) {
        Map<String, String> after = fields(e.after());
        String stop = after.get("reason");
        return text("history.tracking", label("projectStatus.", required(fields(e.before()), "status")),
                label("projectStatus.", required(after, "status")), date(after.get("on")))
                + (stop == null ? "" : reason(label("stopReason.", stop)));
    }

    private String progress(AuditView e) {
        String[] onAndText = present(e.after()).split(" ", 2);
        return text("history.progress." + e.action().substring("PROGRESS_".length()), date(onAndText[0]),
                onAndText.length > 1 ? onAndText[1] : "");
    }

    private String service(AuditView e) {
        Matcher m = match(SERVICE, e.after());
        return text("history.service", names.department(e.target()), label("serviceKind.", m.group(1)), date(m.group(2)),
                m.group(3), m.group(4));
    }

    private String partial(AuditView e) {
        Map<String, String> after = fields(e.after());
        String outstanding = after.getOrDefault("outstanding", "");
        return outstanding.isBlank() ? text("history.partial.none", category(e.target()), required(after, "deadline"))
                : text("history.partial", category(e.target()), outstanding, required(after, "deadline"));
    }

    private String meeting(AuditView e) {
        long id = number(e.target());
        Optional<Meeting> known = names.meeting(id);
        String kind = known.map(Meeting::kind).map(k -> label("history.meeting.kind.", k))
                .orElseGet(() -> text("history.meeting.kind"));
        return switch (e.action()) {
            case "MEETING_SCHEDULED" -> text("history.meeting.scheduled", named(kind, atPlace(e.after())));
            case "MEETING_RESCHEDULED" -> text("history.meeting.rescheduled", named(kind, atPlace(e.before())),
                    atPlace(e.after()));
            case "MEETING_CLOSED" -> text("history.meeting.closed", named(kind, known));
            default -> text("history.meeting.cancelled", named(kind, known)) + reason(e.after());
        };
    }

    private String named(String kind, Optional<Meeting> meeting) {
        return meeting.filter(m -> m.startsAt() != null)
                .map(m -> named(kind, at(m.startsAt().format(MINUTES), m.place()))).orElse(kind);
    }

    private String named(String kind, String atPlace) {
        return text("history.meeting.named", kind, atPlace);
    }

    /** "2026-06-03T09:30 三楼会议室" as "2026-06-03 09:30，三楼会议室". */
    private String atPlace(String written) {
        Matcher m = match(AT_PLACE, written);
        return at(LocalDateTime.parse(m.group(1)).format(MINUTES), m.group(2));
    }

    private String at(String when, String place) {
        return place == null || place.isBlank() || place.equals("null") ? when : text("history.meeting.at", when, place);
    }

    private String opinion(AuditView e) {
        Matcher m = match(OPINION, e.after());
        String kind = names.meeting(Long.parseLong(m.group(1))).map(Meeting::kind)
                .map(k -> label("history.meeting.kind.", k)).orElseGet(() -> text("history.meeting.kind"));
        return text("history.opinion", names.department(e.target()), kind, label("verdict.", m.group(2)))
                + (m.group(3) == null ? "" : text("history.opinion.materials", m.group(3)));
    }

    private String problem(AuditView e) {
        Matcher m = match(PROBLEM, e.after());
        return text("history.problem.raised", m.group(4), departments(m.group(1)), date(m.group(2)),
                label("problemSource.", m.group(3)));
    }

    private String problemStep(AuditView e) {
        Matcher m = match(PROBLEM_STEP, e.after());
        return text("history.problem.step", label("problemStatus.", present(e.before())), label("problemStatus.", m.group(1)))
                + (m.group(2) == null ? "" : text("history.problem.text", m.group(2)));
    }

    private String visit(AuditView e) {
        Matcher m = match(VISIT, e.after());
        return text("history." + e.action(), date(m.group(1)), departments(m.group(2)), m.group(3));
    }

    private String referral(AuditView e) {
        Map<String, String> after = fields(e.after());
        String days = after.get("workingDays");
        String said = text("history.referral", names.town(required(after, "town")),
                names.person(required(after, "registeredBy")), date(after.get("registeredOn")));
        return days == null || days.equals("null") ? said : said + text("history.referral.days", days);
    }

    private String acceptance(AuditView e) {
        String after = e.after();
        return switch (e.action()) {
            case "ACCEPTANCE_APPLIED" -> text("history.acceptance.applied",
                    label("portal.acceptance.scope.", present(after).split(",", 2)[0]));
            case "ACCEPTANCE_PRE_REVIEW_SCHEDULED" -> text("history.acceptance.preReview", minutes(after));
            case "ACCEPTANCE_INSPECTION_SCHEDULED" -> text("history.acceptance.inspection", minutes(after));
            case "ACCEPTANCE_REINSPECTION_SCHEDULED" -> text("history.acceptance.reinspection", minutes(after));
            case "ACCEPTANCE_MATERIAL_RECEIVED" -> text("history.acceptance.material");
            case "ACCEPTANCE_VERDICT" -> {
                Matcher m = match(VERDICT, after);
                yield text("history.acceptance.verdict", m.group(1), label("portal.acceptance.verdict.", m.group(2)));
            }
            case "ACCEPTANCE_PLEDGE" -> {
                Matcher m = match(PLEDGE, after);
                yield text("history.acceptance.pledge", label("portal.acceptance.party.", m.group(1)), m.group(2))
                        + (m.group(3) == null ? "" : text("history.acceptance.pledge.due", date(m.group(3))));
            }
            case "ACCEPTANCE_PLEDGE_FULFILLED" -> text("history.acceptance.pledgeFulfilled");
            case "ACCEPTANCE_FINDING_DONE" -> text("history.acceptance.findingDone", match(FINDING_DONE, after).group(1));
            case "ACCEPTANCE_OPINION" -> {
                Matcher m = match(ON, after);
                yield text("history.acceptance.opinion", m.group(1), m.group(2));
            }
            case "ACCEPTANCE_WITHDRAWN" -> text("history.acceptance.withdrawn") + reason(after);
            default -> null;
        };
    }

    private String minutes(String after) {
        return LocalDateTime.parse(match(SCHEDULED, after).group(1)).format(MINUTES);
    }

    private String recount(AuditView e) {
        Matcher m = match(RECOUNT, e.target());
        String subject = m.group(1);
        String named = subject.startsWith("problem ") ? text("history.recount.problem", number(subject))
                : subject.startsWith("referral ") ? text("history.recount.referral", number(subject))
                : category(subject);
        return text("history.recount", named, label("calendar.field.", m.group(2)), date(present(e.before())),
                date(present(e.after())));
    }

    /** A step on a matter: its target a category, before and after the matter's summary. */
    private boolean isMatterStep(AuditView e) {
        return MATTER_EVENTS.contains(e.action()) && e.after() != null && e.after().contains("caseType=");
    }

    private String matter(AuditView e) {
        Map<String, String> after = fields(e.after());
        String category = category(e.target());
        if (e.action().equals("HALT")) {
            return text("history.halt", category) + halted(after.get("halted"));
        }
        String department = names.category(e.target()).map(Category::departmentCode).map(names::department).orElse("");
        String said = text("history.matter." + e.action(), department, category, required(after, "on"));
        String document = switch (e.action()) {
            case "APPROVE", "CONVERT_SIMULATED" -> after.get("document");
            case "ISSUE_SIMULATED" -> Optional.ofNullable(after.get("simulated")).map(s -> s.replaceFirst(" on \\S+$", ""))
                    .orElse(null);
            default -> null;
        };
        return document == null ? said : said + text("history.matter.document", document);
    }

    /** Why a matter halted: its project withdrawn, a matter it stands on halted, or the reason given. */
    private String halted(String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        Matcher withdrawn = WITHDRAWN.matcher(reason);
        if (withdrawn.find()) {
            return text("history.halt.withdrawn", label("stopReason.", withdrawn.group(1)));
        }
        Matcher dependent = DEPENDENT.matcher(reason);
        if (dependent.matches() && names.category(dependent.group(1)).isPresent()) {
            return text("history.halt.dependent", category(dependent.group(1)));
        }
        return reason(reason);
    }

    private String plainly(AuditView e) {
        String action = e.action() == null ? "" : e.action();
        String label = Optional.ofNullable(optional("event." + action)).or(() -> Optional.ofNullable(optional("tracking." + action)))
                .orElse(action);
        return text("history.generic", actor(e), label, present(e.target()), present(e.after()))
                .replaceAll("\\s+", " ").strip();
    }

    private String category(String code) {
        return text("history.category", names.category(code).map(Category::name).orElse(code), code);
    }

    private String departments(String codes) {
        List<String> list = codes.isBlank() ? List.of() : List.of(codes.split(",\\s*"));
        return list.isEmpty() ? "-" : list.stream().map(String::strip).map(names::department)
                .collect(Collectors.joining(text("history.separator")));
    }

    private String reason(String reason) {
        return reason == null || reason.isBlank() || reason.equals("null") ? "" : text("history.reason", reason.strip());
    }

    private String label(String prefix, String code) {
        return text(prefix + code);
    }

    private String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    private String optional(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException absent) {
            return null;
        }
    }

    private static String date(String written) {
        if (written == null || written.equals("null")) {
            throw new IllegalArgumentException("No date");
        }
        return java.time.LocalDate.parse(written).toString();
    }

    private static long number(String written) {
        return Long.parseLong(match(NUMBERED, written).group(1));
    }

    private static Matcher match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(present(text));
        if (!m.matches()) {
            throw new IllegalArgumentException("Not as written: " + text);
        }
        return m;
    }

    private static String present(String text) {
        return text == null ? "" : text;
    }

    private static String required(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null || value.isBlank() || value.equals("null")) {
            throw new IllegalArgumentException("No " + key);
        }
        return value;
    }

    /**
     * A {@code key=value, key=value} list as written, in order. A reason is always written last and may hold
     * anything; a part that is neither {@code key=value} nor a known flag continues the value before it.
     */
    static Map<String, String> fields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String rest = present(text);
        int reason = rest.startsWith("reason=") ? 0 : rest.indexOf(", reason=");
        if (reason >= 0) {
            fields.put("reason", rest.substring(rest.indexOf("reason=", reason) + "reason=".length()));
            rest = rest.substring(0, reason);
        }
        String last = null;
        for (String part : rest.isEmpty() ? new String[0] : rest.split(", ")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).matches("[A-Za-z]+")) {
                last = part.substring(0, eq);
                fields.put(last, part.substring(eq + 1));
            } else if (last == null || FLAGS.contains(part)) {
                fields.put(part, "");
            } else {
                fields.put(last, fields.get(last) + ", " + part);
            }
        }
        if (fields.containsKey("reason")) {
            fields.put("reason", fields.remove("reason"));
        }
        return fields;
    }
}
