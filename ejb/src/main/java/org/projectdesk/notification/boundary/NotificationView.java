package org.projectdesk.notification.boundary;

import java.time.LocalDate;
import java.util.List;
import org.projectdesk.notification.entity.MaterialState;

/**
 * A project's one-time notification (一次性告知单): every material the investor must bring for the
 * matters ahead, merged under the materials library's standard names, each with the departments asking
 * for it and whether it is in; and the partial-materials acceptances granted. {@code issuedOn}: the day
 * of the meeting that reviewed the project, null while none has closed. The officer who answers for the
 * project, by display name and telephone (null when none is given), is the investor's contact.
 */
public record NotificationView(String fileNo, String projectName, String enterpriseName, LocalDate issuedOn,
        List<Item> items, List<PartialAcceptanceView> partialAcceptances, String officerName, String officerPhone) {

    public record Item(long id, long version, String material, List<String> departments, MaterialState state,
            LocalDate receivedOn, String receivedBy) {
    }

    public record PartialAcceptanceView(String categoryCode, String departmentCode, String pledge, LocalDate deadline,
            List<String> outstanding, boolean overdue, String recordedBy, LocalDate recordedOn) {
    }

    public long outstandingCount() {
        return items.stream().filter(i -> i.state() == MaterialState.OUTSTANDING).count();
    }

    /** The items asked for by one department, for the notification grouped by department. */
    public List<Item> itemsOf(String departmentCode) {
        return items.stream().filter(i -> i.departments().contains(departmentCode)).toList();
    }

    public List<String> departments() {
        return items.stream().flatMap(i -> i.departments().stream()).distinct().toList();
    }
}
