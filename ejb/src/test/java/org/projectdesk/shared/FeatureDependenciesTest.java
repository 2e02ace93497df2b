package org.projectdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's feature table says what each feature builds on; the sources may import no other
 * feature, and what features build on has no cycle (so every feature's boundaries call downward).
 * Reading another feature's entities upward is allowed only where the table names it.
 */
class FeatureDependenciesTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "org", "projectdesk");
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.projectdesk\\.(\\w+)\\.(\\w+)\\.", Pattern.MULTILINE);

    private record Declared(Set<String> buildsOn, Set<String> readsEntitiesOf) {
    }

    @Test
    void everyFeatureImportsOnlyWhatTheReadmeSaysItBuildsOn() throws IOException {
        Map<String, Declared> declared = declared();
        List<String> wrong = new ArrayList<>();
        actual().forEach((feature, imports) -> {
            Declared d = declared.get(feature);
            if (d == null) {
                wrong.add(feature + " is not in the README's feature table");
                return;
            }
            imports.forEach(imported -> {
                String target = imported.split("\\.")[0];
                String layer = imported.split("\\.")[1];
                boolean allowed = d.buildsOn().contains(target)
                        || layer.equals("entity") && d.readsEntitiesOf().contains(target);
                if (!allowed) {
                    wrong.add(feature + " imports " + imported + ", which the README's feature table does not allow");
                }
            });
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void whatFeaturesBuildOnHasNoCycle() throws IOException {
        Map<String, Declared> declared = declared();
        assertTrue(declared.size() >= 15, "the README's feature table has only " + declared.keySet());
        Set<String> done = new HashSet<>();
        for (String feature : declared.keySet()) {
            visit(feature, declared, done, new ArrayList<>());
        }
    }

    private static void visit(String feature, Map<String, Declared> declared, Set<String> done, List<String> path) {
        if (path.contains(feature)) {
            throw new AssertionError("features build on each other in a cycle: " + String.join(" → ", path) + " → " + feature);
        }
        if (!done.add(feature)) {
            return;
        }
        path.add(feature);
        declared.getOrDefault(feature, new Declared(Set.of(), Set.of())).buildsOn().forEach(f -> visit(f, declared, done, path));
        path.remove(path.size() - 1);
        done.add(feature);
    }

    /** For each feature, the "other feature.layer" pairs its sources import. */
    private static Map<String, Set<String>> actual() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String feature = SOURCES.relativize(file).getName(0).toString();
                if (feature.endsWith(".java")) {
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(1).equals(feature)) {
                        imports.computeIfAbsent(feature, f -> new TreeSet<>()).add(m.group(1) + "." + m.group(2));
                    }
                }
                imports.computeIfAbsent(feature, f -> new TreeSet<>());
            }
        }
        return imports;
    }

    /** The README's table under "### Features": | `feature` | owns | builds on | reads the entities of |. */
    private static Map<String, Declared> declared() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf("### Features");
        assertTrue(start >= 0, "the README has no section ### Features");
        Map<String, Declared> declared = new TreeMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
            declared.put(cells[0].strip().replace("`", ""), new Declared(names(cells[2]), names(cells[3])));
        }
        return declared;
    }

    private static Set<String> names(String cell) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(cell.split(",")).map(s -> s.strip().replace("`", "")).filter(s -> !s.isEmpty() && !s.equals("—"))
                .forEach(names::add);
        return names;
    }
}
