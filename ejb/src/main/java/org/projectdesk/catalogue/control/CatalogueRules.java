package org.projectdesk.catalogue.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.projectdesk.catalogue.entity.CategoryTerms;
import org.projectdesk.shared.control.ImportProblem;

/**
 * What makes a catalogue consistent, checked over the whole list of categories at once: unique codes,
 * known departments, limits that only ever shrink (statutory ≥ promised ≥ green channel), on-the-spot
 * items that promise no days, and prerequisites that exist and form no cycle. Used alike for an
 * imported file (problems by line) and an edit made on the page.
 */
public final class CatalogueRules {

    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,19}");

    /** A category with the line it came from (the form's edits use line 0). */
    public record Located(long line, CategoryTerms terms) {
    }

    private CatalogueRules() {
    }

    public static List<ImportProblem> check(List<Located> categories, Set<String> departmentCodes) {
        return check(categories, departmentCodes, Set.of());
    }

    /**
     * As above; {@code otherCodes} are codes of rows refused for their own problems, which a
     * prerequisite may still name without being reported as unknown.
     */
    public static List<ImportProblem> check(List<Located> categories, Set<String> departmentCodes, Set<String> otherCodes) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Long> lineOf = new HashMap<>();
        for (Located located : categories) {
            CategoryTerms c = located.terms();
            long line = located.line();
            if (!CODE.matcher(c.code()).matches()) {
                problems.add(ImportProblem.of(line, "code", "catalogue.code.format", c.code()));
            }
            Long first = lineOf.putIfAbsent(c.code(), line);
            if (first != null) {
                problems.add(ImportProblem.of(line, "code", "import.duplicate", c.code(), first));
            }
            if (!departmentCodes.contains(c.departmentCode())) {
                problems.add(ImportProblem.of(line, "department", "catalogue.department.unknown", c.departmentCode()));
            }
            if (c.promisedDays() > c.statutoryDays()) {
                problems.add(ImportProblem.of(line, "promised_days", "catalogue.promisedOverStatutory",
                        c.promisedDays(), c.statutoryDays()));
            }
            if (c.greenChannelDays() > c.promisedDays()) {
                problems.add(ImportProblem.of(line, "green_channel_days", "catalogue.greenOverPromised",
                        c.greenChannelDays(), c.promisedDays()));
            }
            if (c.immediate() && c.promisedDays() != 0) {
                problems.add(ImportProblem.of(line, "promised_days", "catalogue.immediatePromises", c.promisedDays()));
            }
            if (!c.defaultCaseType().isCategoryDefault()) {
                problems.add(ImportProblem.of(line, "case_type", "import.oneOf", c.defaultCaseType(),
                        "IMMEDIATE, PROMISED, JOINT, FORWARDED"));
            }
        }
        for (Located located : categories) {
            for (String prerequisite : located.terms().prerequisites()) {
                if (prerequisite.equals(located.terms().code())) {
                    problems.add(ImportProblem.of(located.line(), "prerequisites", "catalogue.prerequisite.self", prerequisite));
                } else if (!lineOf.containsKey(prerequisite) && !otherCodes.contains(prerequisite)) {
                    problems.add(ImportProblem.of(located.line(), "prerequisites", "catalogue.prerequisite.unknown", prerequisite));
                }
            }
        }
        cycles(categories).forEach(cycle -> problems.add(ImportProblem.of(lineOf.get(cycle.get(0)), "prerequisites",
                "catalogue.prerequisite.cycle", String.join(" → ", cycle))));
        return problems;
    }

    /** Each cycle of the prerequisite graph once, as the codes around it (first code repeated at the end). */
    static List<List<String>> cycles(List<Located> categories) {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        categories.forEach(l -> edges.putIfAbsent(l.terms().code(), l.terms().prerequisites()));
        List<List<String>> cycles = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String start : edges.keySet()) {
            walk(start, edges, new ArrayDeque<>(), new HashSet<>(), done, cycles);
        }
        return cycles;
    }

    private static void walk(String code, Map<String, List<String>> edges, Deque<String> path, Set<String> onPath,
            Set<String> done, List<List<String>> cycles) {
        if (done.contains(code) || !edges.containsKey(code)) {
            return;
        }
        if (onPath.contains(code)) {
            List<String> cycle = new ArrayList<>();
            boolean inCycle = false;
            for (String step : (Iterable<String>) path::descendingIterator) {
                inCycle |= step.equals(code);
                if (inCycle) {
                    cycle.add(step);
                }
            }
            cycle.add(code);
            cycles.add(cycle);
            return;
        }
        path.push(code);
        onPath.add(code);
        for (String next : edges.get(code)) {
            if (!next.equals(code)) {
                walk(next, edges, path, onPath, done, cycles);
            }
        }
        onPath.remove(code);
        path.pop();
        done.add(code);
    }
}
