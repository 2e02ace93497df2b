package org.projectdesk.acceptance.boundary;

import java.time.LocalDate;
import org.projectdesk.acceptance.entity.AcceptanceScope;

/**
 * An application for joint completion acceptance: the day it came in (today when left out), the scope
 * (the whole project, or a phase or buildings named in {@code scopeText}), the day construction was
 * completed, and the builder's contact.
 */
public record Application(LocalDate appliedOn, AcceptanceScope scope, String scopeText, LocalDate completedOn,
        String contact) {
}
