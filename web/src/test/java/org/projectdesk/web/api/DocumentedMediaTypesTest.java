package org.projectdesk.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every API call that changes something names the media types it takes (@Consumes on the method or its
 * class), so that a body of any other type is refused (415) instead of read: a form of another site
 * can send only text/plain, form-urlencoded and multipart bodies.
 */
class DocumentedMediaTypesTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> UNSAFE =
            List.of(POST.class, PUT.class, PATCH.class, DELETE.class);

    @Test
    void everyUnsafeMethodOfEveryResourceDeclaresWhatItConsumes() throws Exception {
        List<Class<?>> resources = resources();
        assertTrue(resources.size() >= 15, "the resources were found: " + resources);
        List<String> undeclared = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                boolean unsafe = UNSAFE.stream().anyMatch(method::isAnnotationPresent);
                if (unsafe && !method.isAnnotationPresent(Consumes.class) && !resource.isAnnotationPresent(Consumes.class)) {
                    undeclared.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void theLedgerTakesCsvOnlyAsDocumented() throws Exception {
        Class<?> projects = Class.forName("org.projectdesk.web.project.ProjectsResource", false, getClass().getClassLoader());
        for (String name : List.of("previewLedger", "importLedger")) {
            Method method = Arrays.stream(projects.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
            assertEquals(List.of("text/csv"), List.of(method.getAnnotation(Consumes.class).value()), name);
        }
    }

    private static List<Class<?>> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = Paths.get(RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, DocumentedMediaTypesTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }
}
