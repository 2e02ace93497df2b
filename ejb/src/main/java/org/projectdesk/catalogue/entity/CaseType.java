package org.projectdesk.catalogue.entity;

/**
 * The seven case types (七办件). A category's default is one of the first four; SPECIAL, SUPPLEMENT
 * and RETURNED describe what happens to a case on its way.
 */
public enum CaseType {
    /** 即办件: done on the spot. */
    IMMEDIATE,
    /** 承诺件: done within the promised number of working days. */
    PROMISED,
    /** 联办件: several departments, led by the centre. */
    JOINT,
    /** 报批件: forwarded to a higher authority with its own due date. */
    FORWARDED,
    /** 特办件: special or urgent. */
    SPECIAL,
    /** 补办件: materials incomplete, all missing items notified at once. */
    SUPPLEMENT,
    /** 退回件: returned with written reasons. */
    RETURNED;

    /** The types a catalogue category may have as its default. */
    public boolean isCategoryDefault() {
        return this == IMMEDIATE || this == PROMISED || this == JOINT || this == FORWARDED;
    }
}
