package org.projectdesk.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.projectdesk.web.shell.CategoryNames;
import org.projectdesk.web.shell.Language;
import org.projectdesk.web.shell.Messages;
import org.projectdesk.worklist.boundary.WorkItem;
import org.projectdesk.worklist.boundary.WorkQueue;

/**
 * The words of a home page's queue rows, each part made once in Java and written by the page as template text. As a
 * component for each part (an {@code h:outputText} or {@code h:outputFormat}, most of them conditional), the rows took
 * a third of the server's CPU for an officer's home page. Each part is empty or starts with its separator, as the page
 * runs them together; the page escapes them as any text.
 */
@Named
@RequestScoped
public class QueueRows {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String SEPARATOR = " · ";

    /** A row: its item (for the link) and the words after the project's name; {@code lightClass} empty without a light. */
    public record Row(WorkItem item, String subject, String department, String status, String lightClass, String light,
            String limit, String at, String person) {
    }

    @Inject
    Messages messages;

    @Inject
    CategoryNames categoryNames;

    @Inject
    Language language;

    /** The queue's rows; {@code statusPrefix} (the bundle prefix that words a row's state) may be empty. */
    public List<Row> of(WorkQueue queue, String statusPrefix) {
        return queue.items().stream().map(item -> row(item, statusPrefix)).toList();
    }

    private Row row(WorkItem i, String statusPrefix) {
        String subject = isEmpty(i.subject()) ? ""
                : SEPARATOR + (i.categoryCode() != null ? categoryNames.name(i.categoryCode(), i.subject()) : i.subject());
        String department = isEmpty(i.departmentName()) ? ""
                : SEPARATOR + (language.isChinese() ? i.departmentName() : i.departmentNameEn());
        String status = isEmpty(statusPrefix) || i.status() == null ? "" : SEPARATOR + messages.text(statusPrefix + i.status());
        String lightClass = i.light() == null ? "" : "pd-light pd-light-" + i.light();
        String light = i.light() == null ? "" : " " + messages.text("light." + i.light());
        String limit = "";
        if (i.workingDaysLeft() != null) {
            int days = i.workingDaysLeft();
            limit = " " + messages.format(days < 0 ? "home.queue.overdue" : "home.queue.daysLeft", Math.abs(days));
        } else if (i.dueOn() != null) {
            limit = " " + messages.format("home.queue.due", i.dueOn());
        }
        String at = i.at() == null ? "" : SEPARATOR + AT.format(i.at());
        String person = isEmpty(i.person()) ? "" : SEPARATOR + i.person();
        return new Row(i, subject, department, status, lightClass, light, limit, at, person);
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
