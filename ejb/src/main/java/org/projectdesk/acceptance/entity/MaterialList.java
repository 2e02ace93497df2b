package org.projectdesk.acceptance.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The one-time list of materials (手续一次告知) of an application: the materials of every applicable
 * item, one line per material however many items ask for it (two spellings that differ only in
 * width, spaces or trailing punctuation are one), naming the items in form order.
 */
public record MaterialList(List<Line> lines) {

    public record Line(String material, String key, List<String> itemCodes) {
    }

    /** Merges the items' materials; {@code key} says when two spellings are the same material. */
    public static MaterialList of(List<ItemDefinition> items, UnaryOperator<String> key) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, List<String>> askedBy = new LinkedHashMap<>();
        for (ItemDefinition item : items) {
            for (String material : item.getMaterials()) {
                String k = key.apply(material);
                if (k.isEmpty()) {
                    continue;
                }
                spelling.putIfAbsent(k, material.strip());
                List<String> codes = askedBy.computeIfAbsent(k, x -> new ArrayList<>());
                if (!codes.contains(item.getCode())) {
                    codes.add(item.getCode());
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        spelling.forEach((k, material) -> lines.add(new Line(material, k, List.copyOf(askedBy.get(k)))));
        return new MaterialList(List.copyOf(lines));
    }
}
