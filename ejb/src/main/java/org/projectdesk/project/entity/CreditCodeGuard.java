package org.projectdesk.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of a fixed set of rows that intakes of a new enterprise lock, chosen by its credit code: two
 * intakes naming the same new enterprise at the same moment take turns, and the second finds the
 * enterprise the first created. Intakes of different enterprises rarely share a row, and never wait on
 * the year's file counter for it. A row lock, so it guards every server sharing the database.
 */
@Entity
@Table(name = "credit_code_guard")
public class CreditCodeGuard {

    /** As many rows as V39 stores. */
    static final int ROWS = 64;

    @Id
    @Column(name = "bucket")
    private int bucket;

    protected CreditCodeGuard() {
    }

    /** The row that guards this credit code's first intake. */
    public static int rowFor(String creditCode) {
        return Math.floorMod(creditCode.hashCode(), ROWS);
    }
}
