package org.projectdesk.notification.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.projectdesk.approval.entity.MatterStatus;
import org.projectdesk.notification.entity.MaterialSource;
import org.projectdesk.shared.control.MaterialNames;

/**
 * Merges the materials a project's departments ask for, from the catalogue and from their opinions,
 * into the one-time notification's items: only what the investor must bring for the matters ahead,
 * one item per material under its standard name, naming every source that asks for it. The rule:
 * <ul>
 * <li>the wordings of one material are one item: those the materials library names as synonyms of a
 * standard material print as its standard name; others differ only as {@link MaterialNames} allows,
 * the first spelling kept;</li>
 * <li>a document that a matter of the project's own plan produces (the library's {@code produced_by},
 * e.g. the planning permit by PLAN-03) is no item: the process issues it, the investor cannot bring it;</li>
 * <li>a source of a matter already decided asks for nothing any more: a catalogue list of a decided
 * category, an opinion of a department whose every matter in the plan is decided.</li>
 * </ul>
 */
public final class Checklist {

    /** Decided: nothing is brought for it any more. */
    static final Set<MatterStatus> DECIDED = Set.of(MatterStatus.APPROVED, MatterStatus.RETURNED, MatterStatus.DROPPED,
            MatterStatus.HALTED);

    /** A material asked for by one source. */
    public record Requirement(String material, MaterialSource source) {
    }

    /** One matter of the project's plan, as the merge needs it. */
    public record PlannedMatter(String categoryCode, String departmentCode, MatterStatus status) {
    }

    /** The project's plan: what its matters produce and which of them are decided. */
    public record Plan(List<PlannedMatter> matters) {

        public static final Plan NONE = new Plan(List.of());

        public Plan {
            matters = List.copyOf(matters);
        }

        /** Whether a matter of the plan (not dropped or halted) issues the category's document. */
        boolean produces(String categoryCode) {
            return categoryCode != null && matters.stream().anyMatch(m -> m.categoryCode().equals(categoryCode)
                    && m.status() != MatterStatus.DROPPED && m.status() != MatterStatus.HALTED);
        }

        /** The source's matter is decided: its category's, or every matter of its department (an opinion) when it has any. */
        boolean decided(MaterialSource source) {
            List<PlannedMatter> concerned = matters.stream().filter(m -> source.getCategoryCode() != null
                    ? m.categoryCode().equals(source.getCategoryCode())
                    : m.departmentCode().equals(source.getDepartmentCode())).toList();
            return !concerned.isEmpty() && concerned.stream().allMatch(m -> DECIDED.contains(m.status()));
        }
    }

    /** One item: the material's key, its printed name, and its sources in the order they came. */
    public record Item(String key, String material, List<MaterialSource> sources) {

        public List<String> departments() {
            return sources.stream().map(MaterialSource::getDepartmentCode).distinct().toList();
        }
    }

    private Checklist() {
    }

    /** The merge by spelling alone: no library, no plan. */
    public static List<Item> merge(List<Requirement> requirements) {
        return merge(requirements, MaterialLibrary.EMPTY, Plan.NONE);
    }

    public static List<Item> merge(List<Requirement> requirements, MaterialLibrary library, Plan plan) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, Set<MaterialSource>> sources = new LinkedHashMap<>();
        for (Requirement r : requirements) {
            String key = library.key(r.material());
            boolean produced = library.standardOf(r.material()).map(s -> plan.produces(s.producedBy())).orElse(false);
            if (key.isEmpty() || produced || plan.decided(r.source())) {
                continue;
            }
            spelling.putIfAbsent(key, library.name(r.material()));
            sources.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(r.source());
        }
        List<Item> items = new ArrayList<>();
        spelling.forEach((key, material) -> items.add(new Item(key, material, List.copyOf(sources.get(key)))));
        return items;
    }

    /** The material's name as compared ({@link MaterialNames#key}). */
    public static String key(String material) {
        return MaterialNames.key(material);
    }
}
