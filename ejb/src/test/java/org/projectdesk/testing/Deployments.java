package org.projectdesk.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The archives the in-container tests deploy: the whole ejb module as built (classes, migrations,
 * config, bundles, persistence.xml), its libraries, and the test's own helper classes. Whole
 * packages, never a hand-kept list of classes.
 */
public final class Deployments {

    private static final String JANDEX_INDEX = "META-INF/jandex.idx";

    private Deployments() {
    }

    public static WebArchive application(String name, Class<?>... testHelpers) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war");
        addDirectory(war, new File("target/classes"), "");
        war.addAsLibraries(Maven.configureResolver().workOffline().loadPomFromFile("pom.xml")
                .importCompileAndRuntimeDependencies().resolve().withTransitivity().asFile());
        war.addClasses(testHelpers);
        return war;
    }

    private static void addDirectory(WebArchive war, File directory, String path) {
        File[] entries = directory.listFiles();
        if (entries == null) {
            throw new IllegalStateException(directory + " is missing: build the module before its integration tests");
        }
        for (File entry : entries) {
            String target = path.isEmpty() ? entry.getName() : path + "/" + entry.getName();
            if (entry.isDirectory()) {
                addDirectory(war, entry, target);
            } else if (!target.equals(JANDEX_INDEX)) {
                // The module's annotation index is left out: it lists the module's classes only, and WildFly would
                // trust it and never see the test classes (nothing injected into them).
                war.addAsWebInfResource(entry, "classes/" + target);
            }
        }
    }
}
