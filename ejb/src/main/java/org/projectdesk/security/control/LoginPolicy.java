package org.projectdesk.security.control;

import java.time.Duration;
import org.projectdesk.security.entity.ThrottleRule;
import org.projectdesk.shared.control.Settings;

/** How failed sign-ins from one address are slowed down, and how slowly passwords hash. */
public record LoginPolicy(ThrottleRule throttle, int hashIterations) {

    public static LoginPolicy fromSettings() {
        return new LoginPolicy(
                new ThrottleRule(Settings.getInt("projectdesk.security.max-failed-logins", 5),
                        Duration.ofMinutes(Settings.getInt("projectdesk.security.lock-minutes", 15)),
                        Duration.ofMinutes(Settings.getInt("projectdesk.security.lock-max-minutes", 24 * 60))),
                Settings.getInt("projectdesk.security.pbkdf2.iterations", PasswordHasher.DEFAULT_ITERATIONS));
    }
}
