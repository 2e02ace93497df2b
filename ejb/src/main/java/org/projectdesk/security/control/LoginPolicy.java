package org.projectdesk.security.control;

import java.time.Duration;
import org.projectdesk.shared.control.Settings;

/** How many wrong passwords in a row lock an account, for how long, and how slowly passwords hash. */
public record LoginPolicy(int maxFailedAttempts, Duration lockPeriod, int hashIterations) {

    public static LoginPolicy fromSettings() {
        return new LoginPolicy(
                Settings.getInt("projectdesk.security.max-failed-logins", 5),
                Duration.ofMinutes(Settings.getInt("projectdesk.security.lock-minutes", 15)),
                Settings.getInt("projectdesk.security.pbkdf2.iterations", PasswordHasher.DEFAULT_ITERATIONS));
    }
}
