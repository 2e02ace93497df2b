package org.projectdesk.notification.control;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.projectdesk.notification.entity.StandardMaterial;
import org.projectdesk.shared.control.MaterialNames;

/**
 * The materials library as the notification's merge reads it: any wording of a standard material
 * (its standard name or a synonym, compared as {@link MaterialNames#key} compares) leads to the
 * standard material. A wording the library does not know stands for itself.
 */
public final class MaterialLibrary {

    /** A standard material: the name the notification prints, and the category producing it (null: none). */
    public record Standard(String name, String producedBy) {
    }

    public static final MaterialLibrary EMPTY = new MaterialLibrary(Map.of());

    private final Map<String, Standard> byWording;

    private MaterialLibrary(Map<String, Standard> byWording) {
        this.byWording = Map.copyOf(byWording);
    }

    public static MaterialLibrary of(List<StandardMaterial> materials) {
        Map<String, Standard> byWording = new HashMap<>();
        for (StandardMaterial m : materials) {
            Standard standard = new Standard(m.getName(), m.getProducedBy());
            byWording.put(MaterialNames.key(m.getName()), standard);
            m.getSynonyms().forEach(s -> byWording.putIfAbsent(MaterialNames.key(s), standard));
        }
        return new MaterialLibrary(byWording);
    }

    /**
     * What replacing this library by {@code after} can change in a notification: the keys of the items
     * that may be merged, split, renamed or left out (a wording whose standard material changed, and
     * the standard names before and after), and the categories whose documents start or stop being
     * the process's own (an item may appear where the plan has such a category, though no item names it).
     */
    public Change changesTo(MaterialLibrary after) {
        Set<String> itemKeys = new HashSet<>();
        Set<String> producers = new HashSet<>();
        Set<String> wordings = new HashSet<>(byWording.keySet());
        wordings.addAll(after.byWording.keySet());
        for (String wording : wordings) {
            Standard before = byWording.get(wording);
            Standard now = after.byWording.get(wording);
            if (!Objects.equals(before, now)) {
                itemKeys.add(wording);
                itemKeys.add(key(wording));
                itemKeys.add(after.key(wording));
                Stream.of(before, now).filter(Objects::nonNull).map(Standard::producedBy).filter(Objects::nonNull)
                        .forEach(producers::add);
            }
        }
        return new Change(itemKeys, producers);
    }

    /** See {@link #changesTo}: nothing changes when both are empty. */
    public record Change(Set<String> itemKeys, Set<String> producers) {

        public Change {
            itemKeys = Set.copyOf(itemKeys);
            producers = Set.copyOf(producers);
        }

        public boolean isEmpty() {
            return itemKeys.isEmpty() && producers.isEmpty();
        }
    }

    public Optional<Standard> standardOf(String material) {
        return Optional.ofNullable(byWording.get(MaterialNames.key(material)));
    }

    /** The name the notification prints for the wording: its standard name, or the wording itself. */
    public String name(String material) {
        return standardOf(material).map(Standard::name).orElse(material == null ? "" : material.strip());
    }

    /** The key the notification's items are told apart by: the key of the standard name, or of the wording. */
    public String key(String material) {
        return MaterialNames.key(name(material));
    }
}
