package org.projectdesk.notification.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.projectdesk.notification.entity.MaterialSource;
import org.projectdesk.shared.control.MaterialNames;

/**
 * Merges the materials a project's departments ask for, from the catalogue and from their opinions,
 * into the one-time notification's items: one item per material, naming every source that asks for
 * it. Two spellings are the same material when {@link MaterialNames} says so; the first spelling is kept.
 */
public final class Checklist {

    /** A material asked for by one source. */
    public record Requirement(String material, MaterialSource source) {
    }

    /** One item: the material's key, its first spelling, and its sources in the order they came. */
    public record Item(String key, String material, List<MaterialSource> sources) {

        public List<String> departments() {
            return sources.stream().map(MaterialSource::getDepartmentCode).distinct().toList();
        }
    }

    private Checklist() {
    }

    public static List<Item> merge(List<Requirement> requirements) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, Set<MaterialSource>> sources = new LinkedHashMap<>();
        for (Requirement r : requirements) {
            String key = key(r.material());
            if (key.isEmpty()) {
                continue;
            }
            spelling.putIfAbsent(key, r.material().strip());
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
