package org.projectdesk.shared.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lengths and ranges of what we store, declared once as Bean Validation constraints on the
 * entities (each {@code @Size} equal to its column, {@code @Digits} to its precision; held to the
 * migrations by {@code ColumnLimitsTest}). JPA checks them before every insert and update, so a value
 * that would not fit never reaches the database; this class turns the refusal into the rule
 * violation that pages, the API and the imports already report, naming the field.
 */
public final class Limits {

    /** Ends a text {@link #shortened}: the reader sees that something is left out. */
    public static final String TRUNCATED = "…[truncated]";

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private Limits() {
    }

    public static Validator validator() {
        return FACTORY.getValidator();
    }

    /**
     * Text we write ourselves from what users typed (the history's before and after, a notice):
     * as it is when it fits, else its start and a marker, so that a record within every input limit
     * is never refused because its description is long.
     */
    public static String shortened(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - TRUNCATED.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + TRUNCATED;
    }

    /** The limits {@code bean} breaks, each as a rule violation naming its field; empty when it keeps them. */
    public static List<RuleViolation> brokenBy(Object bean) {
        return violations(validator().validate(bean));
    }

    /**
     * The limits a value would break as the {@code property} of a {@code type}, named {@code field}: an
     * import checks each cell against the column it will be stored in before it reports the file clean.
     */
    public static <T> List<RuleViolation> brokenBy(Class<T> type, String property, Object value, String field) {
        return validator().validateValue(type, property, value).stream().map(v -> violation(v, field))
                .sorted(Comparator.comparing(RuleViolation::key)).toList();
    }

    /** Refuses {@code bean} with its first broken limit; for a check before a write that should not wait for the flush. */
    public static void check(Object bean) {
        brokenBy(bean).stream().findFirst().ifPresent(v -> {
            throw v;
        });
    }

    /** The first broken limit found in a failure's causes (a refused flush or commit), as a rule violation. */
    public static Optional<RuleViolation> brokenIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConstraintViolationException refused) {
                return violations(refused.getConstraintViolations()).stream().findFirst();
            }
        }
        return Optional.empty();
    }

    private static List<RuleViolation> violations(Set<? extends ConstraintViolation<?>> found) {
        return found.stream().map(Limits::violation)
                .sorted(Comparator.comparing(RuleViolation::field).thenComparing(RuleViolation::key)).toList();
    }

    static RuleViolation violation(ConstraintViolation<?> v) {
        return violation(v, field(v));
    }

    private static RuleViolation violation(ConstraintViolation<?> v, String field) {
        RuleText.Field label = new RuleText.Field(field);
        // As text, so that a limit reads 1000, not 1,000, and an import's problem (which keeps its arguments as text) says the same.
        Map<String, String> limit = new java.util.HashMap<>();
        v.getConstraintDescriptor().getAttributes().forEach((attribute, value) -> limit.put(attribute, String.valueOf(value)));
        String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "Size" -> v.getInvalidValue() instanceof Collection<?> || v.getInvalidValue() instanceof Map<?, ?>
                    ? new RuleViolation(field, "input.tooMany", label, limit.get("max"))
                    : new RuleViolation(field, "input.tooLong", label, limit.get("max"));
            case "Digits" -> new RuleViolation(field, "input.digits", label, limit.get("integer"), limit.get("fraction"));
            case "NotNull", "NotBlank", "NotEmpty" -> new RuleViolation(field, "input.required", label);
            case "Min", "DecimalMin", "PositiveOrZero", "Positive" ->
                    new RuleViolation(field, "input.tooSmall", label, limit.getOrDefault("value", "0"));
            case "Max", "DecimalMax" -> new RuleViolation(field, "input.tooLarge", label, limit.get("value"));
            default -> new RuleViolation(field, "input.invalid", label, v.getMessage());
        };
    }

    /**
     * The property as requests name it: the last property of the path (a progress note's {@code text},
     * not {@code progress.text}: a request carries one note), prefixed by the entity's
     * {@link InputName} when it has one.
     */
    private static String field(ConstraintViolation<?> v) {
        String leaf = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                leaf = node.getName();
            }
        }
        InputName nested = v.getRootBeanClass().getAnnotation(InputName.class);
        return nested == null ? leaf : nested.value() + "." + leaf;
    }
}
