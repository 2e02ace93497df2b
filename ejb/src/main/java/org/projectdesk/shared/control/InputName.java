package org.projectdesk.shared.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name under which requests carry an entity nested in another one (the intake's
 * {@code enterprise}), so that a limit it breaks is reported as {@code enterprise.name}, not as the
 * project's {@code name}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InputName {

    String value();
}
