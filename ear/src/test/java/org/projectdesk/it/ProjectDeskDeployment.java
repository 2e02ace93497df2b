package org.projectdesk.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.security.SecureRandom;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** What the integration tests deploy and where they find it: the real EAR built by this module. */
final class ProjectDeskDeployment {

    /** Every demo account has this password (the server runs with -Dprojectdesk.demo=true). */
    static final String DEMO_PASSWORD = "demo123";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private ProjectDeskDeployment() {
    }

    /** target/projectdesk.ear as `mvn package` built it (failsafe passes the absolute path). */
    static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("projectdesk.it.ear", "target/projectdesk.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear.getAbsolutePath() + " is missing: run `mvn verify` in ear/ (it packages first)");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The readiness checks' deployment beside the EAR, as the build put it into the provisioned server's
     * deployments folder (the test server's base directory has no deployments folder: Arquillian deploys it).
     */
    static JavaArchive health() {
        File jar = new File(System.getProperty("projectdesk.it.health.jar", "target/server-extra/standalone/deployments/projectdesk-health.jar"));
        if (!jar.isFile()) {
            throw new IllegalStateException(jar.getAbsolutePath() + " is missing: run `mvn verify` in ear/ (it copies it there)");
        }
        return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
    }

    /**
     * The application's root ("http://127.0.0.1:8180/"), from what Arquillian injected, or from the port
     * the build says the test server listens on when nothing was injected.
     */
    static URI base(URL injected) {
        String base = injected != null ? injected.toExternalForm()
                : "http://127.0.0.1:" + System.getProperty("projectdesk.it.http.port", "8180") + "/";
        return URI.create(base.endsWith("/") ? base : base + "/");
    }

    /** A user name no other test or earlier run has taken: prefix, '-', eight random lower-case letters or digits. */
    static String uniqueUsername(String prefix) {
        StringBuilder name = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            name.append(NAME_CHARS[RANDOM.nextInt(NAME_CHARS.length)]);
        }
        return name.toString();
    }
}
