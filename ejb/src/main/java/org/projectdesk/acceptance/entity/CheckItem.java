package org.projectdesk.acceptance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * One thing the inspectors check on site for an item; a safety- or quality-critical check can never be
 * passed on a pledge.
 */
@Embeddable
public class CheckItem {

    @Size(max = 200)
    @Column(name = "check_text", nullable = false, length = 200)
    private String text;

    @Column(nullable = false)
    private boolean critical;

    protected CheckItem() {
    }

    public CheckItem(String text, boolean critical) {
        this.text = Objects.requireNonNull(text);
        this.critical = critical;
    }

    public String getText() {
        return text;
    }

    public boolean isCritical() {
        return critical;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CheckItem c && text.equals(c.text) && critical == c.critical;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, critical);
    }
}
