package org.projectdesk.notification.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
