package org.projectdesk.approval.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Schedules a project's planned approvals as early as their prerequisites allow: an item starts when
 * the last of its planned prerequisites finishes and takes its limit in working days; items without
 * a dependency between them run in parallel. Offsets are working days from the plan's start. The
 * critical path is the chain that decides the finish; the serial sum is what the same items would
 * take one after another.
 */
public final class PlanSchedule {

    /** One planned approval: its category code, its limit in working days, the categories it needs first. */
    public record Item(String code, int days, List<String> prerequisites) {
    }

    /** When an item starts and finishes, in working days after the plan's start. */
    public record Slot(String code, int start, int finish, boolean critical) {
    }

    private final Map<String, Slot> slots;
    private final List<String> criticalPath;
    private final int serialDays;

    private PlanSchedule(Map<String, Slot> slots, List<String> criticalPath, int serialDays) {
        this.slots = slots;
        this.criticalPath = criticalPath;
        this.serialDays = serialDays;
    }

    public static PlanSchedule of(List<Item> items) {
        Map<String, Item> byCode = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparing(Item::code)).forEach(item -> byCode.put(item.code(), item));
        Map<String, Integer> finish = new HashMap<>();
        Map<String, Integer> start = new HashMap<>();
        Map<String, String> decidedBy = new HashMap<>();
        for (String code : topologicalOrder(byCode)) {
            Item item = byCode.get(code);
            int earliest = 0;
            String latestPrerequisite = null;
            for (String prerequisite : item.prerequisites()) {
                Integer done = finish.get(prerequisite);
                if (done != null && (latestPrerequisite == null || done > earliest)) {
                    earliest = done;
                    latestPrerequisite = prerequisite;
                }
            }
            start.put(code, earliest);
            finish.put(code, earliest + item.days());
            if (latestPrerequisite != null) {
                decidedBy.put(code, latestPrerequisite);
            }
        }
        List<String> path = new ArrayList<>();
        // The last to finish; on a tie the one that starts latest, which is further along its chain.
        String last = byCode.keySet().stream()
                .max(Comparator.<String>comparingInt(finish::get).thenComparingInt(start::get)
                        .thenComparing(Comparator.reverseOrder()))
                .orElse(null);
        for (String step = last; step != null; step = decidedBy.get(step)) {
            path.add(0, step);
        }
        Set<String> critical = new HashSet<>(path);
        Map<String, Slot> slots = new LinkedHashMap<>();
        byCode.keySet().forEach(code -> slots.put(code, new Slot(code, start.get(code), finish.get(code), critical.contains(code))));
        int serial = items.stream().mapToInt(Item::days).sum();
        return new PlanSchedule(slots, List.copyOf(path), serial);
    }

    /** Prerequisites before the items that need them; prerequisites outside the plan are ignored. */
    private static List<String> topologicalOrder(Map<String, Item> items) {
        List<String> order = new ArrayList<>();
        Set<String> visiting = new HashSet<>();
        Set<String> done = new HashSet<>();
        for (String code : items.keySet()) {
            visit(code, items, visiting, done, order);
        }
        return order;
    }

    private static void visit(String code, Map<String, Item> items, Set<String> visiting, Set<String> done, List<String> order) {
        if (done.contains(code) || !items.containsKey(code)) {
            return;
        }
        if (!visiting.add(code)) {
            throw new IllegalArgumentException("The plan's prerequisites form a cycle through " + code);
        }
        items.get(code).prerequisites().forEach(prerequisite -> visit(prerequisite, items, visiting, done, order));
        visiting.remove(code);
        done.add(code);
        order.add(code);
    }

    public Slot slot(String code) {
        return slots.get(code);
    }

    public List<Slot> slots() {
        return List.copyOf(slots.values());
    }

    public List<String> criticalPath() {
        return criticalPath;
    }

    /** Working days from the plan's start until the last item finishes. */
    public int elapsedDays() {
        return slots.values().stream().mapToInt(Slot::finish).max().orElse(0);
    }

    /** Working days the same items would take one after another. */
    public int serialDays() {
        return serialDays;
    }
}
