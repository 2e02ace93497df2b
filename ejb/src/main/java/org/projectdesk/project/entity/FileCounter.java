package org.projectdesk.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last service-file number given in a year. Read with a row lock when a project is taken in,
 * so that two intakes at the same moment never get the same number.
 */
@Entity
@Table(name = "file_counter")
public class FileCounter {

    @Id
    @Column(name = "counter_year")
    private int year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected FileCounter() {
    }

    public FileCounter(int year) {
        this.year = year;
    }

    /** The next number of the year, such as {@code XF-2026-0001}. */
    public String next() {
        lastNumber++;
        return String.format("XF-%d-%04d", year, lastNumber);
    }

    public int getYear() {
        return year;
    }

    public int getLastNumber() {
        return lastNumber;
    }
}
